using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Times;

namespace QuizTui.Evaluation;

/// <summary>Where evaluations get an article's extraction from (as <c>ArticleQuestions</c> does).</summary>
internal static class ExtractionSource
{
    public static Extraction Extract(Article article)
    {
        var extraction = Extractor.Default.Extract(article);
        if (extraction.Times.Count == 0 && extraction.Quantities.Count == 0)
        {
            var regions = article.Sentences.Select(s => s.Span).ToList();
            extraction = extraction with { Times = TimeTagger.Default.Find(article.Text, regions, article.Date), Quantities = QuantityFinder.Find(article.Text, regions) };
        }

        return extraction;
    }
}
