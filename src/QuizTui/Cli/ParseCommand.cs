using System.CommandLine;
using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

/// <summary><c>quiztui parse FILE... [--date YYYY-MM-DD] [--json]</c>: the parsed article, readable or as JSON Lines.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Article files (plain text, Markdown or HTML); - reads standard input." };
        var date = new Option<string?>("--date") { Description = "The article's reference date (YYYY-MM-DD), overriding any date in the text." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file (JSON Lines)." };
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
