using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Entities;
using QuizTui.Core.Summaries;

namespace QuizTui.Cli;

/// <summary>
/// <c>quiztui summarize FILE... [--sentences N | --words N | --ratio R] [--date YYYY-MM-DD] [--json]</c>:
/// headline, summary and key facts, readable or as JSON Lines.
/// </summary>
internal static class SummarizeCommand
{
    private static readonly SummaryJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = ArticleOptions.Files();
        var sentences = new Option<int?>("--sentences") { Description = "Summary length in sentences (default 3)." };
        var words = new Option<int?>("--words") { Description = "Word budget: the summary never has more words." };
        var ratio = new Option<double?>("--ratio") { Description = "Summary length as a fraction of the article's words, in (0, 1]." };
        var date = ArticleOptions.Date();
        var json = ArticleOptions.Json();
        var command = new Command("summarize", "Summarise articles: a one-sentence headline, a short summary and key facts (who, what, where, when).");
        command.Arguments.Add(files);
        foreach (var option in new Option[] { sentences, words, ratio, date, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Run(
            result.GetValue(files) ?? [],
            new Request(result.GetValue(sentences), result.GetValue(words), result.GetValue(ratio), result.GetValue(date), result.GetValue(json)),
            output,
            error));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, Request request, TextWriter output, TextWriter error)
    {
        if (!TryOptions(request, out var options, out var problem))
        {
            error.WriteLine(TerminalText.Clean($"quiztui summarize: {problem}"));
            return ExitCodes.Usage;
        }

        if (!DateOption.TryParse("summarize", request.Date, error, out var given))
        {
            return ExitCodes.Usage;
        }

        return ArticleBatch.Run(
            files,
            given,
            request.Json,
            output,
            error,
            (file, article) =>
            {
                var (summary, facts) = Summarize(article, options);
                return JsonSerializer.Serialize(SummaryJson.From(file, summary, facts), Json.SummaryJson);
            },
            (file, article) =>
            {
                var (summary, facts) = Summarize(article, options);
                return $"== {file}\n{SummaryFormatter.Format(summary, facts)}";
            });
    }

    private static (Summary Summary, KeyFacts Facts) Summarize(Core.Parsing.Article article, SummaryOptions options)
    {
        var summary = Summarizer.Default.Summarize(article, options);
        return (summary, KeyFactsBuilder.Build(Extractor.Default.Extract(article), summary));
    }

    private static bool TryOptions(Request request, out SummaryOptions options, out string problem)
    {
        options = SummaryOptions.Default;
        problem = "";
        var given = new[] { request.Sentences is not null, request.Words is not null, request.Ratio is not null }.Count(b => b);
        if (given > 1)
        {
            problem = "give only one of --sentences, --words and --ratio";
            return false;
        }

        if (request.Sentences is { } n)
        {
            if (n < 1)
            {
                problem = $"--sentences must be at least 1 (got {n})";
                return false;
            }

            options = SummaryOptions.WithSentences(n);
        }
        else if (request.Words is { } w)
        {
            if (w < 1)
            {
                problem = $"--words must be at least 1 (got {w})";
                return false;
            }

            options = SummaryOptions.WithWords(w);
        }
        else if (request.Ratio is { } r)
        {
            if (r is not (> 0 and <= 1))
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"--ratio must be above 0 and at most 1 (got {r})");
                return false;
            }

            options = SummaryOptions.WithRatio(r);
        }

        return true;
    }

    /// <summary>The command's options as given.</summary>
    internal sealed record Request(int? Sentences = null, int? Words = null, double? Ratio = null, string? Date = null, bool Json = false);
}
