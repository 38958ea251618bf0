using System.CommandLine;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill take NAME [--name DISPLAY] [--progress PATH]</c>: a student takes a live drill in the terminal, as their OS account; once it ends, their results go into their own progress.</summary>
internal static class DrillTakeCommand
{
    public static Command Create(TextWriter error)
    {
        var name = DrillCommand.Name();
        var display = new Option<string?>("--name") { Description = "The name the class sees (your account stays your identity).", HelpName = "DISPLAY" };
        var noColor = new Option<bool>("--no-color") { Description = "Monochrome screens (also when NO_COLOR is set)." };
        var progress = DrillSyncCommand.ProgressOption();
        var db = DbOption.Create();
        var command = new Command("take", "Take a live drill: wait for the teacher, answer each question once; at the end, keep your results for review.") { name, display, noColor, progress, db };
        command.SetAction(result => DrillScreenLauncher.Launch("take", result.GetValue(db), DrillRole.Student, error, store =>
        {
            var drill = result.GetValue(name)!;
            var own = DrillSyncCommand.ProgressPath(result.GetValue(progress), DrillStores.Resolve(result.GetValue(db)));
            var session = DrillSession.Join(store, drill, result.GetValue(display), DateTimeOffset.UtcNow);
            return session is null
                ? DrillCli.Fail(error, $"no drill named {drill} in {store.Location}")
                : DrillScreenLauncher.Take(session, own, result.GetValue(noColor));
        }));
        return command;
    }
}
