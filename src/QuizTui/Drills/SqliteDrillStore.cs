using Microsoft.Data.Sqlite;
using QuizTui.Storage;

namespace QuizTui.Drills;

/// <summary>
/// Drills in SQLite, for a class on one machine. Two files: the shared one (<c>--db</c>), which every student opens
/// to read questions and write their answers, and the teacher's key file beside it (<c>PATH.keys</c>, mode 0600,
/// attached only on the teacher's side), which holds the keys and the whole drill. WAL, a busy timeout and foreign
/// keys as in the progress store; the tables are created on open.
/// Limits (said in the README): the students' file is writable by every student, so the account on an answer is
/// what the student's process says (the OS user); a student who edits the file with other tools can forge answers,
/// though never read a key. For a class that must not be trusted that far, use PostgreSQL.
/// </summary>
public sealed class SqliteDrillStore : SqlDrillStore
{
    private readonly SqliteConnection connection;

    private SqliteDrillStore(SqliteConnection connection, string path, DrillRole role, string account)
        : base(new Sql(connection), path, role, account, role == DrillRole.Teacher ? "keys." : "")
    {
        this.connection = connection;
    }

    /// <summary>The teacher's key file for the shared file at <paramref name="path"/>.</summary>
    public static string KeyFile(string path) => Path.GetFullPath(path) + ".keys";

    /// <summary>Opens (creating if needed) the shared file; as the teacher also the key file.</summary>
    /// <exception cref="StoreException">The file cannot be used; the message names it.</exception>
    public static SqliteDrillStore Open(string path, DrillRole role, string account)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"{full}: is a directory, not a database file");
        }

        if (role == DrillRole.Student && !File.Exists(full))
        {
            throw new StoreException($"{full}: no drill database here (ask your teacher for the path)");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteDrillStore(connection, full, role, account);
            store.Prepare(full);
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(SqliteErrors.Describe(full, e), e);
        }
    }

    public override void Dispose() => connection.Dispose();

    // SQLite has one writer at a time, so a row committed later has a larger rowid than every row committed before it
    // (answers are never deleted while a drill runs). Changed verdicts are not seen; the host grades again in memory.
    private protected override string ChangedAnswers =>
        $"SELECT {DrillRows.AnswerColumns}, rowid FROM drill_answers WHERE drill = @drill AND rowid > @cursor";

    private void Prepare(string path)
    {
        // Not PRAGMA busy_timeout (which would replace it): short, even waits for the class's one writer lock.
        SqliteBusy.Install(connection);
        Sql.Scalar("PRAGMA journal_mode = WAL");
        Sql.Execute("PRAGMA synchronous = NORMAL");
        // A checkpoint copies the log into the file and syncs it: in a student's commit it made that answer slow. The
        // teacher's process checkpoints after its own writes instead; a student's
        // process only if the log grows past 40 MB, e.g. with no teacher's process running for a long drill.
        Sql.Execute(Role == DrillRole.Teacher ? "PRAGMA wal_autocheckpoint = 0" : "PRAGMA wal_autocheckpoint = 10000");
        if (Role == DrillRole.Teacher)
        {
            Sql.Execute(DrillSchema.Shared);
            var keyFile = KeyFile(path);
            if (!File.Exists(keyFile))
            {
                CreatePrivate(keyFile);
            }

            Sql.Execute("ATTACH DATABASE @file AS keys", ("@file", keyFile));
            Sql.Scalar("PRAGMA keys.journal_mode = WAL");
            Sql.Execute(string.Format(System.Globalization.CultureInfo.InvariantCulture, DrillSchema.Keys, "keys."));
        }
    }

    private protected override T Write<T>(Func<T> work)
    {
        var result = work();
        if (Role == DrillRole.Teacher)
        {
            // PASSIVE: never waits for, nor blocks, the students' writes.
            Sql.Query(_ => 0, "PRAGMA wal_checkpoint(PASSIVE)");
        }

        return result;
    }

    /// <summary>An empty file only its owner can read; SQLite gives its -wal and -shm files the same mode.</summary>
    private static void CreatePrivate(string file)
    {
        using (File.Create(file))
        {
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private protected override T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw new StoreException(SqliteErrors.Describe(Location, e), e);
        }
    }
}
