using System.CommandLine;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill take NAME [--name DISPLAY]</c>: a student takes a live drill in the terminal, as their OS account.</summary>
internal static class DrillTakeCommand
{
    public static Command Create(TextWriter error)
    {
        var name = DrillCommand.Name();
        var display = new Option<string?>("--name") { Description = "The name the class sees (your account stays your identity).", HelpName = "DISPLAY" };
        var noColor = new Option<bool>("--no-color") { Description = "Monochrome screens (also when NO_COLOR is set)." };
        var db = DbOption.Create();
        var command = new Command("take", "Take a live drill: wait for the teacher, answer each question once.") { name, display, noColor, db };
        command.SetAction(result => DrillScreenLauncher.Launch("take", result.GetValue(db), DrillRole.Student, error, store =>
        {
            var drill = result.GetValue(name)!;
            var session = DrillSession.Join(store, drill, result.GetValue(display), DateTimeOffset.UtcNow);
            return session is null
                ? DrillCli.Fail(error, $"no drill named {drill} in {store.Location}")
                : DrillScreenLauncher.Take(session, result.GetValue(noColor));
        }));
        return command;
    }
}
