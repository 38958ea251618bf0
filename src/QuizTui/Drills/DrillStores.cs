namespace QuizTui.Drills;

/// <summary>
/// Opens the drill store that <c>--db</c> / <c>QUIZTUI_DRILLS</c> / <c>QUIZTUI_DB</c> names: a PostgreSQL connection
/// string ("Host=...;Database=quiztui;...") means PostgreSQL, anything else is a SQLite file path.
/// </summary>
public static class DrillStores
{
    /// <summary>Names the class's drill store for the drill commands alone, so <c>QUIZTUI_DB</c> can stay each user's own progress file.</summary>
    public const string Variable = "QUIZTUI_DRILLS";

    /// <summary>The drill store: <c>--db</c>, else <c>QUIZTUI_DRILLS</c>, else where the progress database is (<c>QUIZTUI_DB</c>, the default).</summary>
    public static string Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return string.IsNullOrWhiteSpace(option) && environment(Variable) is { Length: > 0 } drills
            ? drills
            : Storage.DatabaseLocation.Resolve(option, environment);
    }

    public static bool IsConnectionString(string db) =>
        db.Contains('=', StringComparison.Ordinal) && db.Contains("host", StringComparison.OrdinalIgnoreCase) && !File.Exists(db);

    /// <summary>Opens the store as <paramref name="role"/>; <paramref name="account"/> overrides the SQLite account (test and simulation only).</summary>
    /// <exception cref="Storage.StoreException">The store cannot be used; the message is one line naming it.</exception>
    public static IDrillStore Open(string db, DrillRole role, string? account = null) =>
        IsConnectionString(db)
            ? PostgresDrillStore.Open(db, role)
            : SqliteDrillStore.Open(db, role, account ?? Environment.UserName);
}
