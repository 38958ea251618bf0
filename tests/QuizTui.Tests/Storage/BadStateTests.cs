using Microsoft.Data.Sqlite;
using QuizTui.Core.Questions;
using QuizTui.Storage;
using static QuizTui.Tests.Storage.Samples;

namespace QuizTui.Tests.Storage;

public sealed class BadStateTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Refuses_a_file_that_is_not_sqlite_and_leaves_it_untouched()
    {
        var path = temp.File("notes.db");
        File.WriteAllText(path, "my shopping list: eggs, milk\n");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => SqliteQuizStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite file", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["notes.db"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Refuses_a_damaged_database_and_leaves_it_untouched()
    {
        var path = temp.File("damaged.db");
        using (var progress = Seeded(path, 50))
        {
            Answer(progress, null, "a1-q0", AnswerResult.Correct, Now);
        }

        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8192, "the database should span several pages");
        for (var i = 4096 + 100; i < bytes.Length; i += 7)
        {
            bytes[i] = (byte)(bytes[i] ^ 0x5A);
        }

        File.WriteAllBytes(path, bytes);

        // Open does not read every page (that would slow every start); the damage shows on the first read.
        var error = Assert.Throws<StoreException>(() =>
        {
            using var store = SqliteQuizStore.Open(path);
            store.Export();
        });

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Refuses_a_damaged_database_that_would_need_migrating_before_writing_to_it()
    {
        var path = temp.File("old-damaged.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size = 1024; CREATE TABLE filler (x); " +
                string.Concat(Enumerable.Range(0, 200).Select(i => $"INSERT INTO filler VALUES (randomblob(200));")) + "PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        var bytes = File.ReadAllBytes(path);
        for (var i = 2048 + 8; i < bytes.Length; i += 5)
        {
            bytes[i] = 0xFF;
        }

        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<StoreException>(() => SqliteQuizStore.Open(path));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Refuses_a_database_from_a_newer_schema_without_downgrading_it()
    {
        var path = temp.File("future.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE future (x); PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => SqliteQuizStore.Open(path));

        Assert.Contains("newer QuizTui (schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Names_the_path_when_the_location_cannot_be_written()
    {
        // A parent that is a file is unwritable even for root, unlike permission bits.
        var blocker = temp.File("blocker");
        File.WriteAllText(blocker, "a file, not a folder");
        var path = Path.Combine(blocker, "quiztui", "quiztui.db");

        var error = Assert.Throws<StoreException>(() => SqliteQuizStore.Open(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Refuses_a_folder_given_as_the_database()
    {
        var error = Assert.Throws<StoreException>(() => SqliteQuizStore.Open(temp.Path));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_the_answer_in_hand_as_not_saved_when_the_disk_is_full()
    {
        using var progress = Seeded(temp.File("full.db"));
        var store = (SqliteQuizStore)progress.Store;
        using var reader = Connection(temp.File("full.db"));
        using var count = new SqliteCommand("PRAGMA page_count", reader);
        var pages = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        store.LimitPages(pages);
        var lastSaved = 0;
        SaveResult result;
        do
        {
            // Long answers fill the last free pages quickly.
            result = progress.RecordAttempt(null, Question("a1-q0"), new string('x', 3000), AnswerResult.Wrong, TimeSpan.FromSeconds(2), Now.AddMinutes(lastSaved));
            lastSaved += result.Saved ? 1 : 0;
        }
        while (result.Saved && lastSaved < 1000);

        Assert.False(result.Saved);
        Assert.Contains("full", result.Error, StringComparison.Ordinal);
        Assert.Null(result.AttemptId);
        Assert.Equal(lastSaved, progress.Store.Export().Attempts.Count);
    }

    private static SqliteConnection Connection(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
