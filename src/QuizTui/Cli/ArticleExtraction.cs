using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Times;

namespace QuizTui.Cli;

/// <summary>
/// The extraction the questions command works from. Until the entity extractor is on main this has
/// the times and quantities only (so no who or where questions); then it becomes <c>Extractor.Extract</c>.
/// </summary>
internal static class ArticleExtraction
{
    public static Extraction Extract(Article article)
    {
        var regions = article.Sentences.Select(s => s.Span).ToList();
        return new Extraction(article, [], TimeTagger.Default.Find(article.Text, regions, article.Date), QuantityFinder.Find(article.Text, regions));
    }
}
