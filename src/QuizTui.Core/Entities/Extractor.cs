using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Core.Entities;

/// <summary>
/// Who, where, when and how many in one call: the people, places, organisations and nationalities of
/// <see cref="EntityRecognizer"/>, with the article's time expressions and quantities. Built once
/// (models load lazily on first use); thread-safe.
/// </summary>
/// <example>
/// <c>Extractor.Default.Extract(ArticleParser.Parse(text))</c> → an <see cref="Extraction"/> whose lists are each in text order.
/// </example>
public sealed class Extractor
{
    private static readonly Lazy<Extractor> Shared = new(() => new Extractor(EntityRecognizer.Default));

    private readonly EntityRecognizer _entities;

    /// <summary>An extractor over the given recognizer.</summary>
    public Extractor(EntityRecognizer entities) => _entities = entities;

    /// <summary>The extractor with the shipped models and lists.</summary>
    public static Extractor Default => Shared.Value;

    /// <summary>Everything found in the article's kept text (title, byline, standfirst, caption, dateline, body).</summary>
    public Extraction Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Each region is tokenized once and its times found once, for names, times and quantities alike.
        var regions = ArticleRegions.Of(article);
        var tokens = regions.Select(r => Tokenizer.Tokenize(article.Text, r.Span.Start, r.Span.End)).ToList();
        var mentions = _entities.Recognize(article.Text, regions, tokens, article.Dateline);
        var times = TimeTagger.Default.Find(article.Text, tokens, article.Date);
        var quantities = QuantityFinder.Find(article.Text, tokens, times);
        return new Extraction(article, mentions, times, quantities);
    }
}
