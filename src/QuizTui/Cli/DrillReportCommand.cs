using System.CommandLine;
using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Drills;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill report NAME [--csv FILE] [--json]</c>: per student, per question, and a few lines in words.</summary>
internal static class DrillReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var csv = new Option<string?>("--csv") { Description = "Also write one row per student (score, percent, time, each question) for a grade book.", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "The figures as one JSON object." };
        var db = DbOption.Create();
        var command = new Command("report", "Report a drill's results: students, questions, summary.") { name, csv, json, db };
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            if (DrillHost.Open(store, result.GetValue(name)!) is not { } host)
            {
                return DrillCli.Fail(error, $"no drill named {result.GetValue(name)} in {store.Location}");
            }

            var answers = host.GradeAll();
            var results = host.Refresh(DateTimeOffset.UtcNow).Results;
            if (result.GetValue(csv) is { } path)
            {
                using var writer = path == "-" ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
                DrillReportCsv.Write(results, answers, writer ?? output);
            }

            if (result.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(results, DrillReportJsonContext.Default.DrillResults));
            }
            else if (result.GetValue(csv) is not "-")
            {
                output.Write(TerminalText.Clean(DrillReportFormatter.Format(results)));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
