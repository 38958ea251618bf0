using System.CommandLine;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill edit NAME</c>: review and edit a drill's questions, then lock it.</summary>
internal static class DrillEditCommand
{
    public static Command Create(TextWriter error)
    {
        var name = DrillCommand.Name();
        var noColor = new Option<bool>("--no-color") { Description = "Monochrome screens (also when NO_COLOR is set)." };
        var db = DbOption.Create();
        var command = new Command("edit", "Review and edit a drill: drop, reorder, edit, regenerate, add your own, lock.") { name, noColor, db };
        command.SetAction(result => DrillScreenLauncher.Launch("edit", result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            var drill = DrillCli.Load(store, result.GetValue(name)!, error);
            return drill is null ? ExitCodes.InputError : DrillScreenLauncher.Edit(store, drill, result.GetValue(noColor));
        }));
        return command;
    }
}
