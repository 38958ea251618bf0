using System.CommandLine;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill edit NAME</c>: review and edit a drill's questions, then lock it.</summary>
internal static class DrillEditCommand
{
    public static Command Create(TextWriter error)
    {
        var name = new Argument<string>("NAME") { Description = "The drill's name." };
        var noColor = new Option<bool>("--no-color") { Description = "Monochrome screens (also when NO_COLOR is set)." };
        var db = DbOption.Create();
        var command = new Command("edit", "Review and edit a drill: drop, reorder, edit, regenerate, add your own, lock.") { name, noColor, db };
        command.SetAction(result => DrillScreenLauncher.Launch("edit", result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            var drill = result.GetValue(name)!;
            return store.LoadDrill(drill) is { } loaded
                ? DrillScreenLauncher.Edit(store, loaded, result.GetValue(noColor))
                : DrillScreenLauncher.Fail(error, "edit", $"no drill named {drill} in {store.Location}");
        }));
        return command;
    }
}
