using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

/// <summary>Reads and parses one article for a subcommand, reporting bad input as one line on stderr.</summary>
internal static class ArticleLoader
{
    /// <summary>The parsed article, or null after writing the reason to <paramref name="error"/>.</summary>
    public static Article? Load(string file, DateOnly? date, TextWriter error, Func<Stream>? stdin = null)
    {
        var input = InputReader.Read(file, stdin);
        if (!input.Ok)
        {
            error.WriteLine(TerminalText.Clean(input.Error!));
            return null;
        }

        return ArticleParser.Parse(input.Text!, new ParseOptions(Date: date));
    }
}
