using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Drills;
using QuizTui.Drills;
using CliRunner = QuizTui.Tests.Cli.Cli;

namespace QuizTui.Tests.Drills;

/// <summary>A class of student processes against one store: nothing lost, nothing twice, figures that agree.</summary>
public abstract class SimulatedClassContract
{
    private const int Students = 40;

    /// <summary>What the teacher's commands get as <c>--db</c>.</summary>
    protected abstract string TeacherDb { get; }

    /// <summary>What a student's process gets as <c>--db</c>.</summary>
    protected abstract string StudentDb(string account);

    [SkippableFact]
    public async Task Forty_students_answering_twenty_questions_at_once_leave_800_answers_and_figures_that_agree()
    {
        var db = TeacherDb;
        var drill = DrillSamples.Class20;
        Assert.Equal(20, drill.Questions.Count);
        await RunClass(drill);

        using var teacher = DrillStores.Open(db, DrillRole.Teacher, "teacher");
        var host = DrillHost.Open(teacher, drill.Name)!;
        var snapshot = host.Refresh(DateTimeOffset.UtcNow);
        var answers = teacher.Answers(drill.Name);
        var report = CliRunner.Run("drill", "report", drill.Name, "--json", "--db", db);

        Assert.Equal(Students * 20, answers.Count);
        Assert.Equal(Students * 20, answers.Select(a => (a.Account, a.QuestionId)).Distinct().Count());
        Assert.Equal(Students, snapshot.Joined.Count);
        Assert.Equal(0, snapshot.Results.Pending);
        Assert.Equal(Students * 20, snapshot.Results.Students.Sum(s => s.Answered));
        Assert.Equal(Students * 20, snapshot.Results.Questions.Sum(q => q.Answered));
        Assert.Equal(snapshot.Results.Students.Sum(s => s.Right), snapshot.Results.Questions.Sum(q => q.Right));
        Assert.Equal(JsonSerializer.Serialize(snapshot.Results, DrillReportJsonContext.Default.DrillResults), report.Output.Trim());
    }

    [SkippableFact]
    public async Task A_student_killed_mid_drill_resumes_without_losing_or_repeating_an_answer()
    {
        var drill = DrillSamples.Class20 with { Name = "resume" };
        using var teacher = DrillStores.Open(TeacherDb, DrillRole.Teacher, "teacher");
        teacher.SaveDrill(drill);
        new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);

        using var first = StudentProcess.Start(StudentDb("kai"), drill.Name, "kai", pauseMs: 100);
        var confirmed = new List<string>();
        while (confirmed.Count < 6 && first.StandardOutput.ReadLine() is { } line)
        {
            confirmed.Add(line);
        }

        first.Kill();
        await first.WaitForExitAsync();
        Assert.True(confirmed.Count == 6, "the student died early: " + await first.StandardError.ReadToEndAsync());
        var atKill = teacher.Answers(drill.Name).Count;
        using var second = StudentProcess.Start(StudentDb("kai"), drill.Name, "kai");
        var (exit, lines, error) = await StudentProcess.Finish(second, TimeSpan.FromMinutes(2));

        var answers = teacher.Answers(drill.Name);
        Assert.True(exit == 0, error);
        Assert.True(atKill < 20, "the student should have been killed mid-drill");
        Assert.Equal(20, answers.Count);
        Assert.Equal(20, answers.Select(a => a.QuestionId).Distinct().Count());
        Assert.All(confirmed.Concat(lines), l => Assert.EndsWith("Recorded", l.Split(' ')[1], StringComparison.Ordinal));
        Assert.Equal(20 - atKill, lines.Count);
    }

    /// <summary>Starts the students before the host opens the drill, so they all begin at once.</summary>
    private async Task RunClass(Drill drill)
    {
        using (var teacher = DrillStores.Open(TeacherDb, DrillRole.Teacher, "teacher"))
        {
            teacher.SaveDrill(drill);
        }

        var accounts = Enumerable.Range(1, Students).Select(i => $"s{i:00}").ToList();
        var databases = accounts.Select(StudentDb).ToList();
        var processes = accounts.Select((a, i) => StudentProcess.Start(databases[i], drill.Name, a)).ToList();
        try
        {
            using var teacher = DrillStores.Open(TeacherDb, DrillRole.Teacher, "teacher");
            var host = new DrillHost(teacher, drill);
            host.Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
            var finishing = processes.Select(p => StudentProcess.Finish(p, TimeSpan.FromMinutes(5))).ToList();
            while (!finishing.All(f => f.IsCompleted))
            {
                host.Refresh(DateTimeOffset.UtcNow); // grading while answers arrive, as the host view does
                await Task.Delay(200);
            }

            foreach (var (exit, lines, error) in await Task.WhenAll(finishing))
            {
                Assert.True(exit == 0, error);
                Assert.Equal(20, lines.Count(l => l.Contains(" Recorded ", StringComparison.Ordinal)));
            }
        }
        finally
        {
            foreach (var p in processes)
            {
                p.Dispose();
            }
        }
    }
}

/// <summary>The simulated class on one SQLite file.</summary>
public sealed class SqliteSimulatedClassTests : SimulatedClassContract, IDisposable
{
    private readonly Storage.TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    protected override string TeacherDb => temp.File("class.db");

    protected override string StudentDb(string account) => TeacherDb;
}

/// <summary>The simulated class on PostgreSQL, each student with their own login role.</summary>
public sealed class PostgresSimulatedClassTests(PostgresServer server) : SimulatedClassContract, IClassFixture<PostgresServer>
{
    protected override string TeacherDb
    {
        get
        {
            server.Require();
            return server.TeacherConnection;
        }
    }

    protected override string StudentDb(string account) => server.StudentConnection(account);
}
