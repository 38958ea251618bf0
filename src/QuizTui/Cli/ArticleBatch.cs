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
                exit = Math.Max(exit, ExitCodes.InputError);
                continue;
            }

            // A fault of ours on one article is reported in one line, and the others still go through.
            string result;
            try
            {
                result = json ? toJson(file, article) : toText(file, article);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                error.WriteLine($"quiztui: {file}: could not be processed ({e.GetType().Name}: {e.Message}); this is a bug in QuizTui, please report it with the article");
                exit = ExitCodes.InternalError;
                continue;
            }

            if (json)
            {
                output.WriteLine(result);
                continue;
            }

            output.Write(TerminalText.Clean($"{(first ? "" : "\n")}{result}"));
            first = false;
        }

        return exit;
    }
}
