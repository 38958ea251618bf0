using System.CommandLine;
using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

/// <summary><c>quiztui parse FILE... [--date YYYY-MM-DD] [--json]</c>: the parsed article, readable or as JSON Lines.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = ArticleOptions.Files();
        var date = ArticleOptions.Date();
        var json = ArticleOptions.Json();
        var command = new Command("parse", "Parse articles and show title, date, sections, sentences, quotes and removed site furniture.");
        command.Arguments.Add(files);
        command.Options.Add(date);
        command.Options.Add(json);
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(date), result.GetValue(json), output, error));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string? date, bool json, TextWriter output, TextWriter error)
    {
        return DateOption.TryParse("parse", date, error, out var given)
            ? ArticleBatch.Run(
                files,
                given,
                json,
                output,
                error,
                ArticleJson.Serialize,
                (file, article) => $"== {file}\n{ArticleFormatter.Format(article)}")
            : ExitCodes.Usage;
    }
}
