using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>One-line messages for SQLite's result codes.</summary>
internal static class SqliteErrors
{
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    public static string Describe(string path, SqliteException e) => (e.SqliteErrorCode & 0xFF) switch
    {
        Corrupt or NotADatabase => $"{path}: the database is damaged or not a SQLite file; left untouched",
        ReadOnly => $"{path}: the database or its folder is read-only",
        CannotOpen => $"{path}: cannot open or create the database there (missing or unwritable folder?)",
        Full => $"{path}: the disk or database is full",
        _ => $"{path}: {e.Message}",
    };

    public static bool IsFull(SqliteException e) => (e.SqliteErrorCode & 0xFF) == Full;
}
