using Npgsql;

namespace QuizTui.Tests.Drills;

/// <summary>
/// A throwaway database on the PostgreSQL server named by <c>QUIZTUI_TEST_POSTGRES</c> (an administrator's connection
/// string; <c>.ci/run</c> starts a server on loopback and sets it): a teacher role owning the database, the
/// <c>quiztui_student</c> group, and student login roles made on demand. Without a server the tests are skipped
/// outside CI and fail under CI (<c>CI=true</c>).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "QUIZTUI_TEST_POSTGRES";
    private const string Teacher = "quiztui_test_teacher";
    private const string Password = "quiztui-test";
    private static readonly Lock Gate = new();
    private readonly NpgsqlConnectionStringBuilder admin = [];
    private readonly string database = "quiztui_drills_" + Guid.NewGuid().ToString("N")[..8];

    public PostgresServer()
    {
        var variable = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(variable))
        {
            Problem = $"{Variable} is not set (see .ci/run)";
            return;
        }

        admin = new NpgsqlConnectionStringBuilder(variable);
        try
        {
            Admin($"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'quiztui_student') THEN CREATE ROLE quiztui_student NOLOGIN; END IF;
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{Teacher}') THEN CREATE ROLE {Teacher} LOGIN; END IF;
                END $$;
                ALTER ROLE {Teacher} LOGIN PASSWORD '{Password}';
                """);
            Admin($"CREATE DATABASE {database} OWNER {Teacher}");
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            Problem = $"cannot reach PostgreSQL through {Variable}: {e.Message.Split('\n')[0]}";
        }
    }

    /// <summary>Why PostgreSQL cannot be used, or null.</summary>
    public string? Problem { get; }

    public string TeacherConnection => Connection(Teacher);

    /// <summary>Skips the test outside CI, fails it under CI, when there is no server.</summary>
    public void Require()
    {
        if (Problem is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail($"PostgreSQL is required under CI: {Problem}");
        }

        Skip.If(true, $"PostgreSQL not available: {Problem}");
    }

    /// <summary>A login role for the student (member of quiztui_student), and its connection string.</summary>
    public string StudentConnection(string account)
    {
        Admin($"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{account}') THEN CREATE ROLE "{account}" LOGIN IN ROLE quiztui_student; END IF;
            END $$;
            ALTER ROLE "{account}" LOGIN PASSWORD '{Password}';
            GRANT quiztui_student TO "{account}";
            """);
        return Connection(account);
    }

    public void Dispose()
    {
        if (Problem is null)
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private string Connection(string user) => new NpgsqlConnectionStringBuilder
    {
        Host = admin.Host,
        Port = admin.Port,
        Database = database,
        Username = user,
        Password = Password,
        Pooling = false,
    }.ConnectionString;

    /// <summary>
    /// One administrative statement at a time in this process: two test classes set up their fixtures in parallel, and
    /// PostgreSQL refuses two concurrent changes of one role ("tuple concurrently updated" from two ALTER ROLE).
    /// </summary>
    private void Admin(string sql)
    {
        lock (Gate)
        {
            using var connection = new NpgsqlConnection(admin.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
