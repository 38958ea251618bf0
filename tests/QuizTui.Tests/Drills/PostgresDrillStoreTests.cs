using Npgsql;
using QuizTui.Core.Drills;
using QuizTui.Drills;

namespace QuizTui.Tests.Drills;

/// <summary>
/// Runs alone: the socket test tells the student's sockets by the descriptors opened while its store opens, and a test
/// of another class opening a connection at that moment (as happened in one CI run) would add a socket that is not the
/// student's.
/// </summary>
[CollectionDefinition(nameof(SocketCounting), DisableParallelization = true)]
public sealed class SocketCounting;

/// <summary>The store contract on PostgreSQL, and the grants that keep keys and other students' answers from a student role.</summary>
[Collection(nameof(SocketCounting))]
public sealed class PostgresDrillStoreTests : DrillStoreContract, IClassFixture<PostgresServer>
{
    private readonly PostgresServer server;

    public PostgresDrillStoreTests(PostgresServer server) => this.server = server;

    [SkippableFact]
    public void A_student_role_cannot_read_a_key_or_another_students_answers()
    {
        server.Require();
        var drill = DrillSamples.Mixed6 with { Name = Unique("grants") };
        using (var teacher = OpenTeacher())
        {
            teacher.SaveDrill(drill);
            new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
        }

        AnswerFirstQuestion(drill, "pat", "quin");

        using var connection = new NpgsqlConnection(server.StudentConnection("pat"));
        connection.Open();

        Assert.Equal("42501", Denied(connection, "SELECT answer FROM drill_keys"));
        Assert.Equal("42501", Denied(connection, "SELECT document FROM drill_sources"));
        Assert.Equal("42501", Denied(connection, "UPDATE drill_answers SET result = 'Correct'"));
        Assert.Equal(["pat"], Rows(connection, "SELECT account FROM drill_answers"));
        // Answers go in only through quiztui_submit, which checks the join, the phase and the release: not even one's own.
        Assert.Equal("42501", Denied(connection, $"INSERT INTO drill_answers (drill, account, question_id, answer, seconds, answered_at) VALUES ('{drill.Name}', 'pat', '{drill.Questions[1].Id}', 'direct', 1, 0)"));
    }

    [SkippableFact]
    public void A_student_role_records_a_showing_only_in_a_drill_it_has_joined()
    {
        server.Require();
        var drill = DrillSamples.Mixed6 with { Name = Unique("shown") };
        using (var teacher = OpenTeacher())
        {
            teacher.SaveDrill(drill);
        }

        using var connection = new NpgsqlConnection(server.StudentConnection("pat"));
        connection.Open();
        var show = $"INSERT INTO drill_shown (drill, account, question_id, shown) VALUES ('{drill.Name}', 'pat', '{drill.Questions[0].Id}', 0)";

        var beforeJoining = Denied(connection, show);
        using (var join = new NpgsqlCommand($"INSERT INTO drill_students (drill, account, joined) VALUES ('{drill.Name}', 'pat', 0)", connection))
        {
            join.ExecuteNonQuery();
        }

        Assert.Equal(("42501", (string?)null), (beforeJoining, Denied(connection, show)));
    }

    [SkippableFact]
    public void A_students_connection_waits_for_replies_in_the_kernel_and_still_gets_one_slower_than_the_socket_timeout()
    {
        server.Require();
        Skip.IfNot(OperatingSystem.IsLinux(), "blocking reads are set up on Linux only");
        var drill = DrillSamples.Class20 with { Name = Unique("slow") };
        using (var teacher = OpenTeacher())
        {
            teacher.SaveDrill(drill);
            new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
        }

        var before = BlockingSocket.Open();
        using var student = PostgresDrillStore.Open(server.StudentConnection("ola"), DrillRole.Student);
        var opened = BlockingSocket.Open().Except(before).ToList();
        student.Join(drill.Name, null, DateTimeOffset.UtcNow);

        // The teacher holds the answers table for longer than the student's one-second socket timeout: the read times
        // out in the kernel, and the runtime's own wait must then bring the reply.
        using var holder = new NpgsqlConnection(server.TeacherConnection);
        holder.Open();
        var hold = holder.BeginTransaction();
        using (var lockAnswers = new NpgsqlCommand("LOCK TABLE drill_answers IN ACCESS EXCLUSIVE MODE", holder, hold))
        {
            lockAnswers.ExecuteNonQuery();
        }

        var release = Task.Run(() =>
        {
            Thread.Sleep(1600);
            hold.Commit();
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = student.Submit(drill.Name, drill.Questions[0].Id, "x", 1, DateTimeOffset.UtcNow);
        var waited = clock.Elapsed;
        release.Wait();

        Assert.NotEmpty(opened);
        Assert.All(opened, descriptor => Assert.False(NonBlocking(descriptor), $"socket {descriptor} is still non-blocking"));
        Assert.Equal(SubmitResult.Recorded, result);
        Assert.True(waited > TimeSpan.FromSeconds(1.2), $"the answer waited for the lock: {waited}");
    }

    /// <summary>The descriptor's O_NONBLOCK flag, as /proc shows it (octal flags).</summary>
    private static bool NonBlocking(int descriptor)
    {
        var flags = File.ReadLines($"/proc/self/fdinfo/{descriptor}").First(l => l.StartsWith("flags:", StringComparison.Ordinal));
        return (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 0x800) != 0;
    }

    [SkippableFact]
    public void A_student_role_reads_only_its_own_released_review_and_only_once_the_drill_has_ended()
    {
        server.Require();
        var drill = DrillSamples.Mixed6 with { Name = Unique("released") };
        using var teacher = OpenTeacher();
        teacher.SaveDrill(drill);
        var host = new DrillHost(teacher, drill);
        host.Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
        AnswerFirstQuestion(drill, "pat", "quin");

        using var connection = new NpgsqlConnection(server.StudentConnection("pat"));
        connection.Open();
        var query = $"SELECT account FROM drill_reviews WHERE drill = '{drill.Name}'";
        var running = Rows(connection, query);
        host.Apply(Core.Drills.DrillCommand.End, DateTimeOffset.UtcNow);
        var ended = Rows(connection, query);
        host.Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
        var restarted = Rows(connection, query);

        Assert.Equal((0, 0), (running.Count, restarted.Count));
        Assert.Equal(["pat"], ended);
        Assert.Equal("42501", Denied(connection, $"INSERT INTO drill_reviews (drill, account, document) VALUES ('{drill.Name}', 'pat', '{{}}')"));
        Assert.Equal("42501", Denied(connection, "SELECT answer FROM drill_keys"));
    }

    [SkippableFact]
    public void The_grading_function_grades_a_students_own_choice_answer_without_showing_the_key()
    {
        server.Require();
        var drill = DrillSamples.Class20 with { Name = Unique("grade") };
        using var teacher = OpenTeacher();
        teacher.SaveDrill(drill);
        new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
        using var student = OpenStudent("rae");
        student.Join(drill.Name, null, DateTimeOffset.UtcNow);

        student.Submit(drill.Name, drill.Questions[0].Id, drill.Questions[0].Question.Answer, 1, DateTimeOffset.UtcNow);

        Assert.Equal(Core.Questions.AnswerResult.Correct, Assert.Single(student.Answers(drill.Name)).Result);
    }

    [SkippableFact]
    public void An_answer_committed_after_a_later_one_still_reaches_the_host_view()
    {
        server.Require();
        var drill = DrillSamples.Class20 with { Name = Unique("order") };
        var now = DateTimeOffset.UtcNow;
        using var teacher = OpenTeacher();
        teacher.SaveDrill(drill);
        var host = new DrillHost(teacher, drill);
        host.Apply(Core.Drills.DrillCommand.Start, now);
        using var fen = OpenStudent("fen");
        fen.Join(drill.Name, null, now);
        using var sol = new NpgsqlConnection(server.StudentConnection("sol"));
        sol.Open();
        using (var join = new NpgsqlCommand($"INSERT INTO drill_students (drill, account, joined) VALUES ('{drill.Name}', 'sol', 0)", sol))
        {
            join.ExecuteNonQuery();
        }

        // Sol's answer is written first (the older transaction) but committed after Fen's, and after the host's read.
        using var slow = sol.BeginTransaction();
        using (var submit = new NpgsqlCommand($"SELECT quiztui_submit('{drill.Name}', '{drill.Questions[0].Id}', 'late', 1, 0)", sol, slow))
        {
            Assert.Equal("Recorded", submit.ExecuteScalar());
        }

        fen.Submit(drill.Name, drill.Questions[0].Id, "early", 1, now);
        var before = host.Refresh(now).Answers.Select(a => a.Account).ToList();
        slow.Commit();
        var after = host.Refresh(now).Answers.Select(a => a.Account).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["fen"], before);
        Assert.Equal(["fen", "sol"], after);
    }

    protected override IDrillStore OpenTeacher()
    {
        server.Require();
        return PostgresDrillStore.Open(server.TeacherConnection, DrillRole.Teacher);
    }

    protected override IDrillStore OpenStudent(string account)
    {
        server.Require();
        // The teacher's first open creates the tables.
        OpenTeacher().Dispose();
        return PostgresDrillStore.Open(server.StudentConnection(account), DrillRole.Student);
    }

    /// <summary>Each student joins and answers the drill's first question with their own account name.</summary>
    private void AnswerFirstQuestion(Drill drill, params string[] accounts)
    {
        foreach (var account in accounts)
        {
            using var s = OpenStudent(account);
            s.Join(drill.Name, null, DateTimeOffset.UtcNow);
            s.Submit(drill.Name, drill.Questions[0].Id, account, 1, DateTimeOffset.UtcNow);
        }
    }

    private static string? Denied(NpgsqlConnection connection, string sql)
    {
        try
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
            return null;
        }
        catch (PostgresException e)
        {
            return e.SqlState;
        }
    }

    private static List<string> Rows(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
