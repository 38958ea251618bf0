using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;

namespace QuizTui.Evaluation.Ner;

/// <summary>The path a CoNLL text takes: the same as a real article's (parser, then extractor).</summary>
public static class NerPipeline
{
    public const string Description = "ArticleParser + Extractor";

    private static int _parserFailures;

    /// <summary>Documents the parser threw on; they were fed one region a line instead (reported, not hidden).</summary>
    public static int ParserFailures => _parserFailures;

    public static IReadOnlyList<Mention> Run(ConllDocument document)
    {
        Article article;
        try
        {
            article = ArticleParser.Parse(document.Text);
        }
#pragma warning disable CA1031 // A parser bug must not stop the measurement; it is counted and printed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (Interlocked.Increment(ref _parserFailures) <= 3)
            {
                Console.Error.WriteLine($"parser failed ({e.GetType().Name}: {e.Message.Split('\n')[0]}) on the document starting \"{document.Text.Split('\n')[0]}\"");
            }

            return EntityRecognizer.Default.Recognize(document.Text, document.Lines);
        }

        return Extractor.Default.Extract(article).Mentions;
    }
}
