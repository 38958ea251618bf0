namespace QuizTui.Core.Summaries;

/// <summary>
/// How long a summary may be: a number of sentences (default 3), a word budget that is never exceeded,
/// or a ratio of the article's words. Exactly one applies.
/// </summary>
/// <example><c>SummaryOptions.WithWords(60)</c> → sentences totalling at most 60 words</example>
public sealed record SummaryOptions
{
    /// <summary>Three sentences.</summary>
    public static SummaryOptions Default { get; } = new();

    /// <summary>The number of sentences, when the budget is counted in sentences.</summary>
    public int? Sentences { get; private init; } = 3;

    /// <summary>The most words the summary may have, when the budget is counted in words.</summary>
    public int? Words { get; private init; }

    /// <summary>The fraction of the article's words the summary may have, in (0, 1].</summary>
    public double? Ratio { get; private init; }

    public static SummaryOptions WithSentences(int count) =>
        new() { Sentences = count > 0 ? count : throw new ArgumentOutOfRangeException(nameof(count)) };

    public static SummaryOptions WithWords(int count) =>
        new() { Sentences = null, Words = count > 0 ? count : throw new ArgumentOutOfRangeException(nameof(count)) };

    public static SummaryOptions WithRatio(double ratio) =>
        new() { Sentences = null, Ratio = ratio is > 0 and <= 1 ? ratio : throw new ArgumentOutOfRangeException(nameof(ratio)) };
}
