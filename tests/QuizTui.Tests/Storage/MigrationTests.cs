using Microsoft.Data.Sqlite;
using QuizTui.Core.Scheduling;
using QuizTui.Storage;

namespace QuizTui.Tests.Storage;

public sealed class MigrationTests : IDisposable
{
    /// <summary>Schema version 1 as first shipped, kept here verbatim so later edits to the code cannot change it.</summary>
    private const string SchemaVersion1 = """
        CREATE TABLE articles (hash TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT, date TEXT, first_seen INTEGER NOT NULL);
        CREATE TABLE questions (id TEXT PRIMARY KEY, article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
            type TEXT NOT NULL, prompt TEXT NOT NULL, answer TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE INDEX questions_by_article ON questions(article_hash);
        CREATE TABLE sessions (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('article', 'review')),
            article_hash TEXT REFERENCES articles(hash) ON DELETE CASCADE, started INTEGER NOT NULL, finished INTEGER,
            settings TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX sessions_by_article ON sessions(article_hash, started);
        CREATE TABLE attempts (id TEXT PRIMARY KEY, question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL, answer TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('correct', 'close', 'wrong')), seconds REAL NOT NULL, answered_at INTEGER NOT NULL);
        CREATE INDEX attempts_by_question ON attempts(question_id, answered_at);
        CREATE INDEX attempts_by_session ON attempts(session_id);
        PRAGMA user_version = 1;
        """;

    private const string Version1Data = """
        INSERT INTO articles VALUES ('a1', 'Kerry meets Lavrov', 'Wikinews', '2013-05-07', 1767225600000);
        INSERT INTO questions VALUES ('q1', 'a1', 'Who', 'Who met Lavrov?', 'John Kerry', '{}');
        INSERT INTO sessions VALUES ('s1', 'article', 'a1', 1767225600000, NULL, '{"count":5}');
        INSERT INTO attempts VALUES ('t1', 'q1', 's1', 'Obama', 'wrong', 7.5, 1767225601000);
        INSERT INTO attempts VALUES ('t2', 'q1', 's1', 'Kerry', 'close', 4.0, 1767225900000);
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Opens_a_version_1_database_and_migrates_it_with_its_data_intact()
    {
        var path = temp.File("v1.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SchemaVersion1 + Version1Data;
            command.ExecuteNonQuery();
        }

        using var store = SqliteQuizStore.Open(path);

        Assert.Equal(SqliteSchema.Latest, UserVersion(path));
        Assert.Equal(["Kerry meets Lavrov"], store.Articles().Select(a => a.Title));
        var attempts = store.SessionAttempts("s1");
        Assert.Equal(["t1", "t2"], attempts.Select(a => a.Id));
        Assert.Equal([Grade.Again, Grade.Hard], attempts.Select(a => a.Grade));
        Assert.Equal(7.5, attempts[0].Seconds);
        Assert.Equal("{\"count\":5}", store.FindUnfinishedSession("a1")!.Settings);
        // The schedule is replayed from the old attempts.
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(1767225601000);
        var expected = FsrsScheduler.Default.Next(FsrsScheduler.Default.Next(ReviewCard.New(t0), t0, Grade.Again), DateTimeOffset.FromUnixTimeMilliseconds(1767225900000), Grade.Hard);
        Assert.Equal(expected, store.Card("q1"));
    }

    [Fact]
    public void Reopening_a_current_database_changes_nothing()
    {
        var path = temp.File("current.db");
        SqliteQuizStore.Open(path).Dispose();
        SqliteQuizStore.Open(path).Dispose();

        Assert.Equal(SqliteSchema.Latest, UserVersion(path));
    }

    private static long UserVersion(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }
}
