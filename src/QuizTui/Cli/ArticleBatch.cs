namespace QuizTui.Cli;

/// <summary>
/// The loop every article subcommand shares: load each file, report a bad one in one line and go on,
/// print a JSON line or a readable block per article, and exit non-zero when any file failed.
/// </summary>
internal static class ArticleBatch
{
    public static int Run(
        IReadOnlyList<string> files,
        DateOnly? date,
        bool json,
        TextWriter output,
        TextWriter error,
        Func<string, Core.Parsing.Article, string> toJson,
        Func<string, Core.Parsing.Article, string> toText)
    {
        var exit = ExitCodes.Ok;
        var first = true;
        foreach (var file in files)
        {
            if (ArticleLoader.Load(file, date, error) is not { } article)
            {
                exit = ExitCodes.InputError;
                continue;
            }

            if (json)
            {
                output.WriteLine(toJson(file, article));
                continue;
            }

            output.Write(TerminalText.Clean($"{(first ? "" : "\n")}{toText(file, article)}"));
            first = false;
        }

        return exit;
    }
}
