using System.Text.Json;
using QuizTui.Drills;
using QuizTui.Storage;

namespace QuizTui.Cli;

/// <summary>Opens the drill store for a <c>drill</c> subcommand and turns failures into one line on stderr.</summary>
internal static class DrillCli
{
    public static int Run(string? db, DrillRole role, TextWriter error, Func<IDrillStore, int> action, string? account = null)
    {
        var location = DrillStores.Resolve(db);
        try
        {
            using var store = DrillStores.Open(location, role, account);
            return action(store);
        }
        catch (Exception e) when (e is StoreException or DrillAccessException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException or IOException or UnauthorizedAccessException or JsonException)
        {
            return Fail(error, e is KeyNotFoundException ? e.Message.Trim('\'') : e.Message);
        }
    }

    /// <summary>The drill by name, or null after saying there is none.</summary>
    public static Core.Drills.Drill? Load(IDrillStore store, string name, TextWriter error)
    {
        var drill = store.LoadDrill(name);
        if (drill is null)
        {
            Fail(error, $"no drill named {name} in {store.Location}");
        }

        return drill;
    }

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"quiztui drill: {TerminalText.Clean(message.Split('\n')[0])}");
        return ExitCodes.InputError;
    }
}
