using System.CommandLine;
using QuizTui.Drills;
using QuizTui.Storage;

namespace QuizTui.Cli;

/// <summary>
/// <c>quiztui drill sync [NAME] [--progress PATH]</c>: after the drill has ended, a student keeps their graded answers in
/// their own progress database, so missed questions come back in the trainer's review. Safe to run again: a ruling
/// since the last sync changes the kept verdict; nothing is added twice.
/// </summary>
internal static class DrillSyncCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string?>("NAME") { Description = "The drill's name; without it, every ended drill with results of yours.", Arity = ArgumentArity.ZeroOrOne };
        var progress = ProgressOption();
        var db = DbOption.Create();
        var command = new Command("sync", "After a drill: keep your graded answers in your own progress, for review.") { name, progress, db };
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Student, error, store =>
        {
            var path = ProgressPath(result.GetValue(progress), DrillStores.Resolve(result.GetValue(db)));
            using var own = ProgressService.OpenOrCreate(path);
            var now = DateTimeOffset.UtcNow;
            if (result.GetValue(name) is not { } drill)
            {
                var all = DrillSync.All(store, own, now);
                Print(output, all.Count == 0 ? [$"No ended drill in {store.Location} has results of yours released yet."] : all.SelectMany(r => r.Lines().Append("")));
                return ExitCodes.Ok;
            }

            var synced = DrillSync.Run(store, own, drill, now);
            if (synced.Status == DrillSyncStatus.NoSuchDrill)
            {
                return DrillCli.Fail(error, $"no drill named {synced.Drill} in {store.Location}");
            }

            Print(output, synced.Lines());
            return synced.Status == DrillSyncStatus.Synced ? ExitCodes.Ok : ExitCodes.InputError;
        }));
        return command;
    }

    private static void Print(TextWriter output, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            output.WriteLine(TerminalText.Clean(line));
        }
    }

    public static Option<string?> ProgressOption() => new("--progress")
    {
        Description = "Your own progress database (default: $QUIZTUI_DB unless it names the drill database, else $XDG_DATA_HOME/quiztui/quiztui.db).",
        HelpName = "PATH",
    };

    /// <summary>
    /// The student's own progress database: <c>--progress</c>; else <c>QUIZTUI_DB</c> when it is not the class's drill
    /// database (a class that sets <c>QUIZTUI_DB</c> to its shared file, or to PostgreSQL, must not get everyone's
    /// progress in it); else the default location, where <c>quiztui</c> without <c>--db</c> keeps it.
    /// </summary>
    /// <exception cref="StoreException">The only candidate is the drill database itself.</exception>
    public static string ProgressPath(string? option, string drillDb, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var variable = environment(DatabaseLocation.Variable);
        var own = string.IsNullOrWhiteSpace(variable) || DrillStores.IsConnectionString(variable) || Same(variable, drillDb) ? null : variable;
        var path = DatabaseLocation.Resolve(
            string.IsNullOrWhiteSpace(option) ? own : option,
            key => key == DatabaseLocation.Variable ? null : environment(key));
        return DrillStores.IsConnectionString(path) || Same(path, drillDb)
            ? throw new StoreException($"{path}: that is the drill database; your progress needs your own file (--progress PATH)")
            : path;
    }

    private static bool Same(string a, string b) =>
        !DrillStores.IsConnectionString(b) && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
