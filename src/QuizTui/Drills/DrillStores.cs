namespace QuizTui.Drills;

/// <summary>
/// Opens the drill store that <c>--db</c> / <c>QUIZTUI_DB</c> names: a PostgreSQL connection string
/// ("Host=...;Database=quiztui;...") means PostgreSQL, anything else is a SQLite file path.
/// </summary>
public static class DrillStores
{
    public static bool IsConnectionString(string db) =>
        db.Contains('=', StringComparison.Ordinal) && db.Contains("host", StringComparison.OrdinalIgnoreCase) && !File.Exists(db);

    /// <summary>Opens the store as <paramref name="role"/>; <paramref name="account"/> overrides the SQLite account (test and simulation only).</summary>
    /// <exception cref="Storage.StoreException">The store cannot be used; the message is one line naming it.</exception>
    public static IDrillStore Open(string db, DrillRole role, string? account = null) =>
        IsConnectionString(db)
            ? PostgresDrillStore.Open(db, role)
            : SqliteDrillStore.Open(db, role, account ?? Environment.UserName);
}
