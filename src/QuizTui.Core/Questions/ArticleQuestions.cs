using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Summaries;

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

    /// <summary>Questions for an article, reusing an extraction the caller already has.</summary>
    public static QuestionSet Generate(Article article, QuestionOptions? options = null, Extraction? extraction = null)
    {
        extraction ??= Extractor.Default.Extract(article);
        var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithRatio(CentralRatio));
        return QuestionGenerator.Default.Generate(extraction, summary, options);
    }
}
