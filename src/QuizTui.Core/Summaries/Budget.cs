namespace QuizTui.Core.Summaries;

/// <summary>A resolved summary budget: at most so many sentences, or at most so many words.</summary>
internal readonly record struct Budget(int? MaxSentences, int? MaxWords)
{
    public bool CountsWords => MaxWords is not null;

    public bool Fits(int sentences, int words) =>
        (MaxSentences is null || sentences <= MaxSentences) && (MaxWords is null || words <= MaxWords);

    public static Budget From(SummaryOptions options, int articleWords) =>
        options switch
        {
            { Words: { } words } => new Budget(null, words),
            { Ratio: { } ratio } => new Budget(null, Math.Max(1, (int)Math.Round(ratio * articleWords))),
            _ => new Budget(options.Sentences ?? 3, null),
        };
}
