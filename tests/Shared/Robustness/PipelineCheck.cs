using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Questions;
using QuizTui.Core.Summaries;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Testing.Robustness;

/// <summary>
/// Runs the whole pipeline on one input the way the exe does and checks every stage's invariants,
/// throwing <see cref="InvariantException"/> on a violation. Shared by the fuzz target, the regression
/// tests and the property tests, so a found input is replayed by exactly the code that found it.
/// </summary>
public static class PipelineCheck
{
    /// <summary>Decodes like the exe (lenient, CRLF to LF); inputs the exe refuses are skipped.</summary>
    public static void RunBytes(byte[] bytes, bool questions = true)
    {
        if (bytes.Length == 0 || TextDecoding.Decode(bytes) is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        Run(text, questions);
    }

    /// <summary>Every stage on <paramref name="text"/> (questions optional); the answer matcher gets a slice of the text as the typed answer.</summary>
    public static void Run(string text, bool questions = true)
    {
        var article = ArticleParser.Parse(text);
        ArticleInvariants.Check(article);
        var regions = article.Paragraphs.Select(p => p.Span).ToList();
        var times = TimeTagger.Default.Find(text, regions, article.Date);
        ExtractionInvariants.CheckTimes(text, times);
        var quantities = QuantityFinder.Find(text, regions);
        ExtractionInvariants.CheckQuantities(text, quantities);
        _ = ArticleFormatter.Format(article);
        var extraction = Extractor.Default.Extract(article);
        ExtractionInvariants.CheckMentions(extraction);
        _ = ExtractionFormatter.Format(extraction);
        var summary = Summarizer.Default.Summarize(article);
        SummaryInvariants.Check(article, summary, SummaryOptions.Default.Sentences ?? int.MaxValue);
        _ = SummaryFormatter.Format(summary, KeyFactsBuilder.Build(extraction, summary));
        if (!questions)
        {
            return;
        }

        var set = QuestionGenerator.Default.Generate(extraction, summary);
        QuestionInvariants.Check(text, set);
        foreach (var question in set.Questions)
        {
            // The typed answer is any piece of the input: the matcher must answer, never throw.
            var typedStart = text.Length / 3;
            _ = AnswerMatcher.Match(question, text[typedStart..Math.Min(text.Length, typedStart + 40)]);
            _ = AnswerMatcher.Match(question, question.Answer);
        }
    }
}
