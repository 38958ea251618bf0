using System.CommandLine;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill host NAME [--top N] [--no-speed-points]</c>: the teacher's live view and controls.</summary>
internal static class DrillHostCommand
{
    public static Command Create(TextWriter error)
    {
        var name = DrillCommand.Name();
        var top = new Option<int>("--top") { Description = "How many students the leaderboard shows.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var noSpeed = new Option<bool>("--no-speed-points") { Description = "Leaderboard by right answers only, even when the drill has speed points." };
        var noColor = new Option<bool>("--no-color") { Description = "Monochrome screens (also when NO_COLOR is set)." };
        var db = DbOption.Create();
        var command = new Command("host", "Run a drill live: start, pause, next, end; see the class's answers as they come.") { name, top, noSpeed, noColor, db };
        command.SetAction(result => DrillScreenLauncher.Launch("host", result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            var drill = result.GetValue(name)!;
            if (result.GetValue(top) < 1)
            {
                return DrillCli.Fail(error, "--top must be at least 1");
            }

            return DrillHost.Open(store, drill) is { } host
                ? DrillScreenLauncher.Host(store, host, result.GetValue(top), !result.GetValue(noSpeed), result.GetValue(noColor))
                : DrillCli.Fail(error, $"no drill named {drill} in {store.Location}");
        }));
        return command;
    }
}
