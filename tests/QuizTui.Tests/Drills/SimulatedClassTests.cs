using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Drills;
using QuizTui.Drills;
using QuizTui.Tests.Storage;
using CliRunner = QuizTui.Tests.Cli.Cli;

namespace QuizTui.Tests.Drills;

/// <summary>A class of student processes against one SQLite file: nothing lost, nothing twice, figures that agree.</summary>
public sealed class SimulatedClassTests : IDisposable
{
    private const int Students = 40;
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Forty_students_answering_twenty_questions_at_once_leave_800_answers_and_figures_that_agree()
    {
        var db = temp.File("class.db");
        var drill = DrillSamples.Class20;
        Assert.Equal(20, drill.Questions.Count);
        await RunClass(db, drill);

        using var teacher = SqliteDrillStore.Open(db, DrillRole.Teacher, "teacher");
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

    [Fact]
    public async Task A_student_killed_mid_drill_resumes_without_losing_or_repeating_an_answer()
    {
        var db = temp.File("kill.db");
        var drill = DrillSamples.Class20;
        using var teacher = SqliteDrillStore.Open(db, DrillRole.Teacher, "teacher");
        teacher.SaveDrill(drill);
        new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);

        using var first = StudentProcess.Start(db, drill.Name, "kai", pauseMs: 100);
        var confirmed = new List<string>();
        while (confirmed.Count < 6 && first.StandardOutput.ReadLine() is { } line)
        {
            confirmed.Add(line);
        }

        first.Kill();
        await first.WaitForExitAsync();
        Assert.True(confirmed.Count == 6, "the student died early: " + await first.StandardError.ReadToEndAsync());
        var atKill = teacher.Answers(drill.Name).Count;
        using var second = StudentProcess.Start(db, drill.Name, "kai");
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
    private static async Task RunClass(string db, Drill drill)
    {
        using (var teacher = SqliteDrillStore.Open(db, DrillRole.Teacher, "teacher"))
        {
            teacher.SaveDrill(drill);
        }

        var processes = Enumerable.Range(1, Students).Select(i => StudentProcess.Start(db, drill.Name, $"s{i:00}")).ToList();
        try
        {
            using var teacher = SqliteDrillStore.Open(db, DrillRole.Teacher, "teacher");
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
