using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>
/// The progress store in one SQLite file: WAL (readers never block the writer, two processes can share it),
/// a busy timeout, foreign keys, and migrations applied on open. A file that is not a QuizTui database,
/// or that comes from a newer QuizTui, is refused and left as it was.
/// </summary>
public sealed partial class SqliteQuizStore : IQuizStore
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();
    private readonly SqliteConnection connection;
    private Sql? plain;

    private SqliteQuizStore(string path, SqliteConnection connection)
    {
        Location = path;
        this.connection = connection;
    }

    public string Location { get; }

    /// <summary>Opens the database at <paramref name="path"/>, creating it and its folder if missing.</summary>
    /// <exception cref="StoreException">The file cannot be used; the message names it.</exception>
    public static SqliteQuizStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        var exists = CheckExistingFile(full);
        if (!exists)
        {
            CreateFolder(full);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        SqliteConnection connection;
        try
        {
            connection = new SqliteConnection(builder.ToString());
        }
        catch (TypeInitializationException e)
        {
            // A published binary copied without its native libraries: say so in one line instead of a stack trace.
            throw new StoreException($"SQLite cannot be loaded (is libe_sqlite3 installed beside the quiztui binary?), so {full} cannot be opened", e);
        }

        try
        {
            connection.Open();
            var store = new SqliteQuizStore(full, connection);
            store.Prepare(exists);
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(SqliteErrors.Describe(full, e), e);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => connection.Dispose();

    /// <summary>Tests simulate a full disk by capping the file's size in pages.</summary>
    internal void LimitPages(long pages) => Scalar($"PRAGMA max_page_count = {pages.ToString(CultureInfo.InvariantCulture)}");

    private void Prepare(bool existed)
    {
        // Everything up to the version check only reads, so a foreign or newer file is left byte for byte.
        Execute("PRAGMA busy_timeout = 10000");
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > SqliteSchema.Latest)
        {
            throw new StoreException($"{Location}: written by a newer QuizTui (schema version {version}; this one knows up to {SqliteSchema.Latest}); not opened, nothing changed");
        }

        // A current database in WAL mode is not written on open; anything else is checked before the first write,
        // so a damaged file is refused untouched. (A current one that is damaged fails on the first read instead.)
        var writes = version < SqliteSchema.Latest || !string.Equals((string?)Scalar("PRAGMA journal_mode"), "wal", StringComparison.OrdinalIgnoreCase);
        if (existed && writes && (string?)Scalar("PRAGMA quick_check(1)") != "ok")
        {
            throw new StoreException($"{Location}: the database is damaged (integrity check failed); not opened, nothing changed");
        }

        Scalar("PRAGMA journal_mode = WAL");
        // In WAL mode NORMAL syncs at checkpoints, not at each commit: a killed process loses nothing committed,
        // a power cut may lose the last answers but never corrupts the file.
        Execute("PRAGMA synchronous = NORMAL");
        Migrate();
    }

    private void Migrate()
    {
        if (Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture) >= SqliteSchema.Latest)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        // Another process may have migrated while this one waited for the write lock.
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
        for (var step = version; step < SqliteSchema.Latest; step++)
        {
            Execute(SqliteSchema.Steps[step]);
        }

        if (version < 2)
        {
            RebuildCards(null, Core.Scheduling.FsrsScheduler.Default);
        }

        Execute($"PRAGMA user_version = {SqliteSchema.Latest.ToString(CultureInfo.InvariantCulture)}");
        transaction.Commit();
    }

    private static bool CheckExistingFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path}: is a directory, not a database file");
        }

        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        var head = new byte[Header.Length];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot be read ({e.Message})", e);
        }

        return head.AsSpan().SequenceEqual(Header)
            ? true
            : throw new StoreException($"{path}: not a QuizTui database (not a SQLite file); left untouched");
    }

    private static void CreateFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot create the database there ({folder} is not a writable folder)", e);
        }
    }
}
