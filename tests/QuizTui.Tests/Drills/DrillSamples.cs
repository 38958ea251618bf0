using QuizTui.Core.Drills;
using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;
using QuizTui.Testing;

namespace QuizTui.Tests.Drills;

/// <summary>Drills built once from the Wikinews seeds, with a fixed creation time so outputs are reproducible.</summary>
internal static class DrillSamples
{
    public static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(() =>
        [.. new[] { "02-nasa-shuttle-anniversary.txt", "09-indonesia-asylum-seekers-rescued.txt", "12-canadian-document-found-on-street.txt" }
            .Select(f => ArticleParser.Parse(File.ReadAllText(Path.Combine(Locations.Seeds, "wikinews", f))))]);

    private static readonly Lazy<Drill> Twenty = new(() => Build("class-20", 20, QuestionFormat.MultipleChoice));

    private static readonly Lazy<Drill> Mixed = new(() => Build("mixed-6", 6, null));

    /// <summary>20 multiple-choice questions from three seed articles.</summary>
    public static Drill Class20 => Twenty.Value;

    /// <summary>6 questions in mixed formats (multiple choice, short answer, true/false).</summary>
    public static Drill Mixed6 => Mixed.Value;

    public static Drill Build(string name, int count, QuestionFormat? format, DrillSettings? settings = null) =>
        DrillBuilder.Build(name, Articles.Value, new QuestionOptions(count, Format: format, Seed: 3), settings ?? new DrillSettings(TimeLimitSeconds: 20, Seed: 3, SpeedPoints: true), Created);
}
