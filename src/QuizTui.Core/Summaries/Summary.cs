namespace QuizTui.Core.Summaries;

/// <summary>An extractive summary: a one-sentence headline and the summary sentences in article order.</summary>
/// <param name="Headline">The best sentence that stands on its own, or null for an empty article.</param>
/// <param name="Sentences">The chosen sentences in article order.</param>
public sealed record Summary(SummarySentence? Headline, IReadOnlyList<SummarySentence> Sentences)
{
    /// <summary>The summary sentences joined by spaces.</summary>
    public string Text => string.Join(' ', Sentences.Select(s => s.Text));
}
