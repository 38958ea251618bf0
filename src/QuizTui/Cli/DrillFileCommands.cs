using System.CommandLine;
using Humanizer;
using QuizTui.Drills;
using QuizTui.Drills.Json;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill export NAME FILE.json</c> and <c>quiztui drill import FILE.json</c>: one self-contained, versioned file.</summary>
internal static class DrillFileCommands
{
    public static Command Export(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var file = new Argument<string>("FILE") { Description = "Where to write the drill (\"-\": standard output)." };
        var db = DbOption.Create();
        var command = new Command("export", "Write the drill, with its articles and keys, to one JSON file.") { name, file, db };
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            if (DrillCli.Load(store, result.GetValue(name)!, error) is not { } drill)
            {
                return ExitCodes.InputError;
            }

            var json = DrillDocuments.Serialize(drill) + "\n";
            var path = result.GetValue(file)!;
            if (path == "-")
            {
                output.Write(json);
            }
            else
            {
                File.WriteAllText(path, json, new System.Text.UTF8Encoding(false));
                error.WriteLine(TerminalText.Clean($"Exported drill {drill.Name} ({"question".ToQuantity(drill.Questions.Count)}) to {path}."));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Import(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "A file written by 'quiztui drill export'." };
        var rename = new Option<string?>("--as") { Description = "Store it under another name.", HelpName = "NAME" };
        var db = DbOption.Create();
        var command = new Command("import", "Add a drill from a file written by 'drill export'.") { file, rename, db };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            Core.Drills.Drill drill;
            try
            {
                drill = DrillDocuments.Deserialize(File.ReadAllText(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                return DrillCli.Fail(error, $"{path}: {e.Message}");
            }

            if (result.GetValue(rename) is { Length: > 0 } newName)
            {
                drill = drill with { Name = newName };
            }

            return DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
            {
                if (store.LoadPaper(drill.Name) is not null)
                {
                    return DrillCli.Fail(error, $"a drill named {drill.Name} already exists in {store.Location} (use --as NAME)");
                }

                store.SaveDrill(drill);
                output.WriteLine(TerminalText.Clean($"Imported drill {drill.Name} ({"question".ToQuantity(drill.Questions.Count)}) into {store.Location}."));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
