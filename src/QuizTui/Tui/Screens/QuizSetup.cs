using QuizTui.Core.Questions;

namespace QuizTui.Tui.Screens;

/// <summary>The choices of the quiz set-up screen; the defaults start a sensible quiz at once.</summary>
/// <param name="Format">Null means mixed.</param>
/// <param name="TimeLimit">Per question; null for none.</param>
internal sealed record QuizSetup(
    int Count,
    IReadOnlySet<QuestionType> Types,
    QuestionFormat? Format,
    bool OpenBook,
    TimeSpan? TimeLimit,
    int Seed)
{
    public static QuizSetup Default { get; } = new(
        10,
        new HashSet<QuestionType>(Enum.GetValues<QuestionType>()),
        null,
        true,
        null,
        1);
}
