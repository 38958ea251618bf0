using System.CommandLine;
using QuizTui.Cli.Json;
using QuizTui.Core.Entities;

namespace QuizTui.Cli;

/// <summary><c>quiztui extract FILE... [--date YYYY-MM-DD] [--json]</c>: people, places, organisations, times and quantities.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = ArticleOptions.Files();
        var date = ArticleOptions.Date();
        var json = ArticleOptions.Json();
        var command = new Command("extract", "List the people, places, organisations, nationalities, dates and quantities of articles.");
        command.Arguments.Add(files);
        command.Options.Add(date);
        command.Options.Add(json);
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(date), result.GetValue(json), output, error));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string? date, bool json, TextWriter output, TextWriter error)
    {
        if (!DateOption.TryParse("extract", date, error, out var given))
        {
            return ExitCodes.Usage;
        }

        return ArticleBatch.Run(
            files,
            given,
            json,
            output,
            error,
            (file, article) => ExtractionJson.Serialize(file, Extractor.Default.Extract(article)),
            (file, article) => $"== {file}\n{ExtractionFormatter.Format(Extractor.Default.Extract(article))}");
    }
}
