using Npgsql;
using QuizTui.Core.Drills;
using QuizTui.Storage;

namespace QuizTui.Drills;

/// <summary>
/// Drills in PostgreSQL, for a school with many lab machines. The teacher's role owns the tables and creates them on
/// first open; student roles (members of <c>quiztui_student</c>) may read the paper and the controls, insert their own
/// join and answers (row-level security: <c>account = current_user</c>), and call <c>quiztui_grade</c>, a
/// <c>SECURITY DEFINER</c> function that grades their own choice answer; they have no privilege on the key tables.
/// A student's account is their database role, so a display name cannot take over another record.
/// </summary>
public sealed class PostgresDrillStore : SqlDrillStore
{
    private readonly NpgsqlDataSource source;
    private readonly NpgsqlConnection connection;

    private PostgresDrillStore(NpgsqlDataSource source, NpgsqlConnection connection, string location, DrillRole role, string account)
        : base(new Sql(connection), location, role, account, "")
    {
        this.source = source;
        this.connection = connection;
    }

    /// <summary>Connects; as the teacher also creates the tables, grants and policies when missing.</summary>
    /// <exception cref="StoreException">Cannot connect or set up; the message names the server, never the password.</exception>
    public static PostgresDrillStore Open(string connectionString, DrillRole role)
    {
        string location;
        NpgsqlDataSource source;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            location = $"PostgreSQL {builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
            if (!connectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase))
            {
                // A whole class logs in at the bell: wait for the server rather than fail after Npgsql's default 15 s.
                builder.Timeout = 60;
            }

            if (!connectionString.Contains("auto prepare", StringComparison.OrdinalIgnoreCase))
            {
                // Npgsql prepares each statement on the server at its first use (preparing costs that use nothing more):
                // the answer, the showing and the host's read are then not parsed and planned again each time (measured
                // with pgbench: about 0.3 ms of the server's CPU less per answer, and the server's CPU is the class's
                // budget). The answer's statement is first used by Warm, at join, not by the first timed answer.
                builder.MaxAutoPrepare = 16;
                builder.AutoPrepareMinUsages = 1;
            }

            if (string.IsNullOrEmpty(builder.Options))
            {
                // Each of a student's few statements is a lookup by key, whose generic plan is the custom one: planned
                // once per connection instead of at each of its first five uses (PostgreSQL's default), which all 40
                // students would otherwise pay in the same first seconds of the drill.
                builder.Options = "-c plan_cache_mode=force_generic_plan";
            }

            // The store uses only built-in types (text, integers, floats, booleans), so Npgsql need not read the server's
            // type catalog at each connection: measured, 10 to 50 ms of the server's time per student at the bell.
            source = new NpgsqlSlimDataSourceBuilder(builder.ConnectionString)
                .ConfigureTypeLoading(types => types.EnableTypeLoading(false))
                .Build();
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"--db: not a usable PostgreSQL connection string ({e.Message})", e);
        }

        NpgsqlConnection? connection = null;
        try
        {
            InlineSocketCompletions();
            var sockets = role == DrillRole.Student ? BlockingSocket.Open() : [];
            connection = source.OpenConnection();
            if (role == DrillRole.Student)
            {
                // A student's process waits on one connection at a time: its reads may sleep in the kernel (see
                // BlockingSocket; measured with drill-bench, about a quarter of a student's CPU per answer).
                BlockingSocket.MakeBlocking(sockets, TimeSpan.FromSeconds(1));
            }

            var sql = new Sql(connection);
            var account = (string)sql.Scalar("SELECT current_user")!;
            var store = new PostgresDrillStore(source, connection, location, role, account);
            if (role == DrillRole.Teacher)
            {
                store.Prepare();
            }

            return store;
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            connection?.Dispose();
            source.Dispose();
            throw new StoreException($"{location}: {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <summary>
    /// Npgsql's synchronous reads still go through the runtime's socket engine on Linux (the socket is non-blocking), and
    /// by default the engine's thread hands each reply to a thread-pool thread, whose idle workers then spin
    /// (<c>sched_yield</c>) before they sleep: measured, about 160 yields and 0.3 ms of CPU per answer in each student's
    /// process, on the cores the class and the server share. Inline, the engine's thread wakes the waiting read itself.
    /// The runtime reads the variable once, when the first socket is registered, so it is set before the first
    /// connection; it is process-wide, and nothing in this program reads sockets asynchronously. An explicit setting wins.
    /// </summary>
    private static void InlineSocketCompletions()
    {
        const string variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
        if (Environment.GetEnvironmentVariable(variable) is null)
        {
            Environment.SetEnvironmentVariable(variable, "1");
        }
    }

    public override void Dispose()
    {
        connection.Dispose();
        source.Dispose();
    }

    private void Prepare() => Sql.InTransaction(() =>
    {
        // One teacher process sets up at a time; the others find it done.
        Sql.Execute("SELECT pg_advisory_xact_lock(7355608)");
        var done = Sql.Scalar("SELECT to_regclass('quiztui_drill_schema') IS NOT NULL") is true
            && Convert.ToInt32(Sql.Scalar("SELECT COALESCE(MAX(version), 0) FROM quiztui_drill_schema"), System.Globalization.CultureInfo.InvariantCulture) >= PostgresSchema.Version;
        if (!done)
        {
            Sql.Execute(DrillSchema.Shared);
            Sql.Execute(string.Format(System.Globalization.CultureInfo.InvariantCulture, DrillSchema.Keys, ""));
            if (Sql.Scalar("SELECT 1 FROM pg_roles WHERE rolname = @group", ("@group", PostgresSchema.StudentGroup)) is null)
            {
                throw new StoreException($"{Location}: the role {PostgresSchema.StudentGroup} does not exist; a database administrator creates it once (see the README: drills on PostgreSQL)");
            }

            Sql.Execute(PostgresSchema.Security);
            Sql.Execute("INSERT INTO quiztui_drill_schema (version) VALUES (@version)", ("@version", PostgresSchema.Version));
        }

        return 0;
    });

    /// <summary>
    /// A student's answer is recorded and, if it is a choice, graded by the database in one call and one commit
    /// (<c>quiztui_submit</c>; the student process never sees a key). Typed answers are graded by the host: they need
    /// the typo-tolerant matcher, which lives in the core, not in SQL.
    /// </summary>
    public override SubmitResult Submit(string drill, string questionId, string answer, double seconds, DateTimeOffset now)
    {
        if (Role != DrillRole.Student)
        {
            return base.Submit(drill, questionId, answer, seconds, now);
        }

        var result = Guard(() => Sql.Scalar(
            "SELECT quiztui_submit(@drill, @question, @answer, @seconds, @at)",
            ("@drill", drill), ("@question", questionId), ("@answer", answer), ("@seconds", seconds), ("@at", now.ToUnixTimeMilliseconds())));
        return Enum.Parse<SubmitResult>((string)result!);
    }

    /// <summary>
    /// One round trip: the insert's own row, or the row stored before (the insert's row is not in the query's snapshot).
    /// Committed without waiting for the disk (<c>synchronous_commit</c> off until this statement's own transaction
    /// ends): a showing lost to a server crash only gives that student a fresh countdown, while each waited flush costs
    /// the server about 0.5 ms of CPU and a place in the queue the answers' flushes wait in. Answers are committed durably.
    /// One statement, not a batch of two: Npgsql sends a batch's later statements asynchronously even from a synchronous
    /// call, which wakes the thread pool (measured: its idle workers' spinning doubled a student's CPU per answer).
    /// </summary>
    public override DateTimeOffset Shown(string drill, string questionId, DateTimeOffset now) => Guard(() =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Sql.Scalar(
            """
            WITH added AS (
                INSERT INTO drill_shown (drill, account, question_id, shown) VALUES (@drill, @account, @question, @shown)
                ON CONFLICT DO NOTHING RETURNING shown)
            SELECT (SELECT shown FROM added UNION ALL
                    SELECT shown FROM drill_shown WHERE drill = @drill AND account = @account AND question_id = @question
                    LIMIT 1),
                   set_config('synchronous_commit', 'off', true)
            """,
            ("@drill", drill), ("@account", Account), ("@question", questionId), ("@shown", now.ToUnixTimeMilliseconds()))!));

    /// <summary>
    /// Not a sequence: sequence numbers are taken at insert but committed in any order, so a reader that saw number 101
    /// can later find 100 committed. The cursor is instead the oldest transaction still running when the read's snapshot
    /// was taken (<c>pg_snapshot_xmin</c>): every transaction older than it had finished, so each row it wrote or changed
    /// was in that read. The next read takes the rows whose <c>xmin</c> (the transaction that wrote the row version) is
    /// not older than that, compared on 32-bit transaction ids modulo 2^32 as PostgreSQL itself does (a frozen row is old).
    /// A few rows come twice; none is missed; verdicts the teacher stores come again too.
    /// </summary>
    private protected override string ChangedAnswers => """
        SELECT a.account, a.question_id, a.answer, a.seconds, a.answered_at, a.result, a.accepted, h.mark
        FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS mark) h
        LEFT JOIN drill_answers a ON a.drill = @drill
            AND (@cursor = 0 OR (a.xmin::text::bigint - @cursor % 4294967296 + 4294967296) % 4294967296 < 2147483648)
        """;

    private protected override T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new DrillAccessException($"{Location}: permission denied ({e.MessageText})", e);
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            throw new StoreException($"{Location}: {e.Message.Split('\n')[0]}", e);
        }
    }
}
