using System.Text.Json;
using QuizTui.Core.Questions;
using QuizTui.Tui.Screens;

namespace QuizTui.Tui;

/// <summary>
/// A quiz's set-up and its questions in order, kept as the session's settings so an unfinished quiz can be
/// resumed exactly: the same questions in the same order, open or closed book, the same time limit.
/// </summary>
/// <param name="Format">Null for mixed.</param>
internal sealed record QuizSettings(
    int Count,
    IReadOnlyList<string> Types,
    string? Format,
    bool OpenBook,
    double? TimeLimitSeconds,
    int Seed,
    IReadOnlyList<string> Questions)
{
    public static QuizSettings From(QuizSetup setup, IEnumerable<Question> questions) => new(
        setup.Count,
        [.. setup.Types.Order().Select(t => t.ToString())],
        setup.Format?.ToString(),
        setup.OpenBook,
        setup.TimeLimit?.TotalSeconds,
        setup.Seed,
        [.. questions.Select(q => q.Id)]);

    /// <summary>The settings of a session, or null when they are not a trainer's (a CLI or an older session).</summary>
    public static QuizSettings? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TrainerJsonContext.Default.QuizSettings) is { Questions.Count: > 0 } settings ? settings : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, TrainerJsonContext.Default.QuizSettings);

    public QuizSetup ToSetup() => new(
        Count,
        Types.Select(t => Enum.TryParse<QuestionType>(t, out var type) ? type : (QuestionType?)null).OfType<QuestionType>().ToHashSet(),
        Enum.TryParse<QuestionFormat>(Format, out var format) ? format : null,
        OpenBook,
        TimeLimitSeconds is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null,
        Seed);
}
