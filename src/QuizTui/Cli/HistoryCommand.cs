using System.CommandLine;
using System.Text.Json;
using Humanizer;
using QuizTui.Storage;

namespace QuizTui.Cli;

/// <summary><c>quiztui history export|import|forget</c>: move the progress history between machines, or delete it.</summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("history", "Export, import (merge) or forget the progress history.");
        command.Subcommands.Add(Export(output, error));
        command.Subcommands.Add(Import(output, error));
        command.Subcommands.Add(HistoryForgetCommand.Create(output, error));
        return command;
    }

    private static Command Export(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "csv (one row per answer) or json (the whole history).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "Where to write (default: standard output)." };
        var db = DbOption.Create();
        var command = new Command("export", "Write every answer with its question, article and session.") { format, file, db };
        command.SetAction(result => ProgressCli.Run(result.GetValue(db), error, create: false, (progress, _) =>
        {
            var history = progress?.Store.Export() ?? new HistoryDocument([], [], [], []);
            var path = result.GetValue(file);
            try
            {
                using var writer = path is null or "-" ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
                var target = writer ?? output;
                if (result.GetValue(format) == "csv")
                {
                    HistoryCsv.Write(history, target);
                }
                else
                {
                    target.Write(HistoryJson.Write(history) + "\n");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ProgressCli.Fail(error, $"{path}: cannot write ({e.Message})");
            }

            if (path is not null and not "-")
            {
                error.WriteLine($"Exported {"answer".ToQuantity(history.Attempts.Count)} to {path}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "A file written by 'quiztui history export' (CSV or JSON)." };
        var db = DbOption.Create();
        var command = new Command("import", "Merge an exported history; answers already present are not added twice.") { file, db };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            HistoryDocument history;
            try
            {
                var text = File.ReadAllText(path);
                history = text.TrimStart().StartsWith('{') ? HistoryJson.Read(text) : HistoryCsv.Read(new StringReader(text));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or KeyNotFoundException)
            {
                return ProgressCli.Fail(error, $"{path}: cannot import ({e.Message.Split('\n')[0]})");
            }

            return ProgressCli.Run(result.GetValue(db), error, create: true, (progress, _) =>
            {
                var imported = progress!.Store.Import(history, Core.Scheduling.FsrsScheduler.Default);
                output.WriteLine(
                    $"Imported {"answer".ToQuantity(imported.Attempts)} ({imported.SkippedAttempts} already there), " +
                    $"{"question".ToQuantity(imported.Questions)}, {"article".ToQuantity(imported.Articles)}, {"session".ToQuantity(imported.Sessions)}.");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
