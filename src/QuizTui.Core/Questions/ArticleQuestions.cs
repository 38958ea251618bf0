using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Summaries;
using QuizTui.Core.Times;

namespace QuizTui.Core.Questions;

/// <summary>
/// The whole path from a parsed article to its questions with the shipped extractor, summarizer and
/// generator; shared by the CLI, the trainer, the snapshots and the evaluations.
/// </summary>
/// <example><c>ArticleQuestions.Generate(ArticleParser.Parse(text), new QuestionOptions(Count: 5))</c></example>
public static class ArticleQuestions
{
    /// <summary>The share of the article the summary keeps as "central" sentences for ranking.</summary>
    private const double CentralRatio = 0.3;

    public static QuestionSet Generate(Article article, QuestionOptions? options = null)
    {
        var extraction = Extractor.Default.Extract(article);
        if (extraction.Times.Count == 0 && extraction.Quantities.Count == 0)
        {
            // The extractor on main does not yet fill times and quantities; the taggers that do are shipped.
            var regions = article.Sentences.Select(s => s.Span).ToList();
            extraction = extraction with { Times = TimeTagger.Default.Find(article.Text, regions, article.Date), Quantities = QuantityFinder.Find(article.Text, regions) };
        }

        var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithRatio(CentralRatio));
        return QuestionGenerator.Default.Generate(extraction, summary, options);
    }
}
