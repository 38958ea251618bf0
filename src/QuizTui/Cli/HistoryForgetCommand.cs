using System.CommandLine;
using Humanizer;
using QuizTui.Storage;

namespace QuizTui.Cli;

/// <summary><c>quiztui history forget [--article HASH-or-title] [--yes]</c>: deletes history; asks only at a terminal.</summary>
internal static class HistoryForgetCommand
{
    private const int MinimumHashPrefix = 6;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var article = new Option<string?>("--article") { Description = "One article, by content hash (or a prefix of 6+ characters) or exact title; default: everything.", HelpName = "HASH-or-title" };
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation." };
        var db = DbOption.Create();
        var command = new Command("forget", "Delete the history of one article, or all history.") { article, yes, db };
        command.SetAction(result => ProgressCli.Run(result.GetValue(db), error, create: false, (progress, path) =>
        {
            if (progress is null)
            {
                output.WriteLine($"No history at {path}; nothing deleted.");
                return ExitCodes.Ok;
            }

            string? hash = null;
            var what = "all history";
            if (result.GetValue(article) is { } wanted)
            {
                var matches = Match(progress.Store.Articles(), wanted);
                if (matches.Count != 1)
                {
                    return ProgressCli.Fail(error, matches.Count == 0
                        ? $"no article matches '{wanted}' in {path}"
                        : $"'{wanted}' matches {matches.Count} articles; give more of the hash");
                }

                hash = matches[0].Hash;
                what = $"the history of \"{matches[0].Title}\"";
            }

            if (!result.GetValue(yes) && !Console.IsInputRedirected && !Confirm(error, $"Delete {what} from {path}?"))
            {
                output.WriteLine("Nothing deleted.");
                return ExitCodes.Ok;
            }

            var deleted = progress.Store.Forget(hash);
            output.WriteLine(
                $"Deleted {"article".ToQuantity(deleted.Articles)}, {"question".ToQuantity(deleted.Questions)}, " +
                $"{"session".ToQuantity(deleted.Sessions)} and {"answer".ToQuantity(deleted.Attempts)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static List<ArticleRecord> Match(IReadOnlyList<ArticleRecord> articles, string wanted)
    {
        var exact = articles.Where(a => a.Hash == wanted).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var byTitle = articles.Where(a => string.Equals(a.Title, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        return byTitle.Count > 0 || wanted.Length < MinimumHashPrefix
            ? byTitle
            : [.. articles.Where(a => a.Hash.StartsWith(wanted, StringComparison.OrdinalIgnoreCase))];
    }

    private static bool Confirm(TextWriter error, string question)
    {
        error.Write($"{question} [y/N] ");
        return Console.ReadLine()?.Trim().ToUpperInvariant() is "Y" or "YES";
    }
}
