using QuizTui.Core.Parsing;

namespace QuizTui.Core.Summaries;

/// <summary>
/// Extractive summaries of parsed articles: TextRank centrality over TF-IDF similarities of stemmed
/// content words, a news position prior and title similarity, then MMR selection within the budget,
/// in article order. A sentence that leans on the one before it ("But", "He said", a bare quotation) is
/// only used together with it. Immutable and thread-safe: build once, reuse.
/// </summary>
/// <example>
/// <code>
/// var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithSentences(2));
/// // summary.Headline.Text → "After months of sharp differences, Russia and the United States have agreed ..."
/// </code>
/// </example>
public sealed class Summarizer(SummarizerSettings settings)
{
    /// <summary>The summarizer with the tuned settings.</summary>
    public static Summarizer Default { get; } = new(new SummarizerSettings());

    public SummarizerSettings Settings { get; } = settings;

    public Summary Summarize(Article article, SummaryOptions? options = null)
    {
        var sentences = article.Sentences;
        if (sentences.Count == 0)
        {
            return new Summary(null, []);
        }

        var texts = sentences.Select(s => s.Text).ToArray();
        var words = texts.Select(WordCounter.Count).ToArray();
        var budget = Budget.From(options ?? SummaryOptions.Default, words.Sum());
        var coverage = budget.MaxWords is { } maxWords ? maxWords / (double)Math.Max(1, words.Sum()) : budget.MaxSentences!.Value / (double)texts.Length;
        var ranked = RankedSentences.Rank(texts, words, article.Title, Dependencies(article), coverage, Settings);
        var chosen = new SentenceSelector(ranked, Settings).Select(budget);
        return new Summary(Headline(article, ranked), [.. chosen.Select(i => ToSummarySentence(sentences, i))]);
    }

    /// <summary>Which sentences lean on the previous one: by their opening words, or a quote the parser found without a named speaker.</summary>
    private static bool[] Dependencies(Article article)
    {
        var needs = article.Sentences.Select(s => Openers.NeedsPrevious(s.Text)).ToArray();
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            byStart[article.Sentences[i].Span.Start] = i;
        }

        foreach (var quote in article.Quotes)
        {
            if ((quote.Speaker is null || Openers.IsPronoun(quote.Speaker))
                && byStart.TryGetValue(quote.Sentence.Span.Start, out var index))
            {
                needs[index] = true;
            }
        }

        return needs;
    }

    /// <summary>
    /// The best sentence that stands alone and reads as a headline: not too short or long, no quotation
    /// when another will do, and with the full news position prior (a one-sentence summary is a lead).
    /// </summary>
    private SummarySentence Headline(Article article, RankedSentences ranked)
    {
        var best = Enumerable.Range(0, ranked.Count)
            .Where(i => !ranked.NeedsPrevious[i] && ranked.Words[i] is >= 8 and <= 70)
            .OrderBy(i => Openers.MostlyQuotation(article.Sentences[i].Text))
            .ThenByDescending(i => ranked.Score[i] + (Settings.PositionWeight / (1 + (i / Settings.PositionScale))))
            .DefaultIfEmpty(0)
            .First();
        return ToSummarySentence(article.Sentences, best);
    }

    private static SummarySentence ToSummarySentence(IReadOnlyList<Sentence> sentences, int index)
    {
        var s = sentences[index];
        return new SummarySentence(s.Text, s.Span, s.Paragraph, index);
    }
}
