using System.CommandLine;
using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Progress;

namespace QuizTui.Cli;

/// <summary><c>quiztui stats [--json] [--db PATH]</c>: answered, accuracy by type, streak, due forecast, weakest articles.</summary>
internal static class StatsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Print the statistics as JSON." };
        var db = DbOption.Create();
        var command = new Command("stats", "Show progress: questions answered, accuracy by type, streak, reviews due, weakest articles.") { json, db };
        command.SetAction(result => ProgressCli.Run(result.GetValue(db), error, create: false, (progress, _) =>
        {
            var facts = progress?.Store.LoadProgressFacts() ?? new ProgressFacts([], []);
            var stats = ProgressStatistics.Compute(facts, DateTimeOffset.UtcNow, TimeZoneInfo.Local);
            output.Write(result.GetValue(json)
                ? JsonSerializer.Serialize(stats, ProgressJsonContext.Default.ProgressStats) + "\n"
                : StatsFormatter.Format(stats));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
