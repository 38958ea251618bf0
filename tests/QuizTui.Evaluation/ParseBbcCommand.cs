using System.Diagnostics;
using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Evaluation;

/// <summary>
/// parse-bbc: parses the 500 BBC development articles (and the Wikinews seeds) in one process; reports the
/// time after a warm-up pass, articles that break an invariant, and every line removed as furniture (the
/// target for both sets is zero: they carry no site chrome).
/// </summary>
public static class ParseBbcCommand
{
    public static int Run(EvaluationContext context)
    {
        var folder = Path.Combine(context.DataDirectory, "bbc-news-summary", "articles");
        var bbc = Load(Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories));
        var wikinews = Load(Directory.EnumerateFiles(Path.Combine(context.RepositoryRoot, "seeds", "wikinews"), "*.txt"));

        ParseAll(bbc); // warm-up: JIT and regex construction
        var rounds = int.Parse(context.Option("--rounds", "5"));
        var times = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            ParseAll(bbc);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var errors = 0;
        var removed = 0;
        var sentences = 0;
        var stats = new ParseStatistics();
        foreach (var (name, text) in bbc.Concat(wikinews))
        {
            var (article, problem) = Check(text);
            sentences += article?.Sentences.Count ?? 0;
            if (problem is not null)
            {
                errors++;
                Console.WriteLine($"ERROR {name}: {problem}");
                continue;
            }

            stats.Add(name, article!, context.Flag("--list"));
            foreach (var line in article!.Removed)
            {
                removed++;
                Console.WriteLine($"REMOVED {name}: [{line.Reason}] {line.Text}");
            }
        }

        times.Sort();
        Console.WriteLine($"articles: {bbc.Count} BBC + {wikinews.Count} Wikinews, {sentences} sentences");
        Console.WriteLine($"time for the {bbc.Count} BBC articles after warm-up: median {times[times.Count / 2]:0.0} ms, best {times[0]:0.0} ms over {rounds} rounds");
        stats.Print();
        Console.WriteLine($"errors: {errors}");
        Console.WriteLine($"removed lines: {removed}");
        return errors == 0 && removed == 0 ? 0 : 1;
    }

    private static List<(string Name, string Text)> Load(IEnumerable<string> files) =>
        files.Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(f))!, f), TextDecoding.Decode(File.ReadAllBytes(f)) ?? ""))
            .ToList();

    private static void ParseAll(List<(string Name, string Text)> articles)
    {
        foreach (var (_, text) in articles)
        {
            ArticleParser.Parse(text);
        }
    }

    private static (Article? Article, string? Problem) Check(string text)
    {
        Article article;
        try
        {
            article = ArticleParser.Parse(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, e.GetType().Name + ": " + e.Message);
        }

        if (article.Title.Length == 0)
        {
            return (article, "no title");
        }

        if (article.Paragraphs.Count == 0)
        {
            return (article, "no paragraphs");
        }

        foreach (var sentence in article.Sentences)
        {
            var paragraph = article.Paragraphs[sentence.Paragraph];
            if (sentence.Span.Slice(article.Text) != sentence.Text || !paragraph.Span.Contains(sentence.Span))
            {
                return (article, $"sentence offsets wrong: {sentence.Text}");
            }
        }

        return (article, null);
    }
}
