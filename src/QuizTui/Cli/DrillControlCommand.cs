using System.CommandLine;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill control NAME start|pause|next|end</c>: the host's controls without the host screen.</summary>
internal static class DrillControlCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var action = new Argument<string>("ACTION") { Description = "start, pause, next or end." };
        action.AcceptOnlyFromAmong("start", "pause", "next", "end");
        var db = DbOption.Create();
        var command = new Command("control", "Start, pause, release the next question of, or end a live drill.") { name, action, db };
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            if (DrillHost.Open(store, result.GetValue(name)!) is not { } host)
            {
                return DrillCli.Fail(error, $"no drill named {result.GetValue(name)} in {store.Location}");
            }

            var control = host.Apply(Enum.Parse<Core.Drills.DrillCommand>(result.GetValue(action)!, ignoreCase: true), DateTimeOffset.UtcNow);
            output.WriteLine($"Drill {host.Drill.Name}: {control.Phase.ToString().ToLowerInvariant()}, {control.Released} of {host.Drill.Questions.Count} questions open.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
