using QuizTui.Cli;
using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Drills;
using QuizTui.Storage;
using QuizTui.Testing;
using QuizTui.Tests.Storage;
using CliRunner = QuizTui.Tests.Cli.Cli;

namespace QuizTui.Tests.Drills;

/// <summary><c>drill sync</c> through the real command line: a student keeps a drill's results in their own progress file.</summary>
public sealed class DrillSyncCliTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Db => temp.File("class.db");

    private string Own => temp.File("home/progress.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Sync_keeps_the_results_once_the_drill_has_ended_and_again_after_a_ruling_without_duplicates()
    {
        var drill = Answered("RWRRWR");
        var early = Sync();
        var end = CliRunner.Run("drill", "control", drill.Name, "end", "--db", Db);

        var first = Sync();
        var wrong = WrongChoice(drill.Questions[4].Question);
        var accept = CliRunner.Run("drill", "accept", drill.Name, "5", wrong, "--db", Db);
        var second = Sync();

        Assert.Equal((1, 0, 0, 0, 0), (early.Exit, end.Exit, first.Exit, accept.Exit, second.Exit));
        Assert.Contains("has not ended yet", early.Output, StringComparison.Ordinal);
        Snapshot.Verify($"{first.Output}\n=== after: quiztui drill accept {drill.Name} 5 \"{wrong}\" ===\n\n{second.Output}");
        using var progress = ProgressService.OpenOrCreate(Own);
        Assert.Equal(6, progress.Store.Export().Attempts.Count);
        Assert.Contains(wrong, QuestionPayload.FromJson(progress.Store.Question(drill.Questions[4].Id)!.Payload)!.Accept);
        Assert.Equal(
            new[] { drill.Questions[1].Id, drill.Questions[4].Id }.Order(StringComparer.Ordinal),
            progress.DueQuestions(DateTimeOffset.UtcNow, 50).Select(d => d.Question.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sync_without_a_name_keeps_every_ended_drill_that_has_results_of_the_students()
    {
        var drill = Answered("RW");
        var running = CliRunner.Run("drill", "sync", "--db", Db, "--progress", Own);
        CliRunner.Run("drill", "control", drill.Name, "end", "--db", Db);

        var ended = CliRunner.Run("drill", "sync", "--db", Db, "--progress", Own);

        Assert.Equal((0, 0), (running.Exit, ended.Exit));
        Assert.StartsWith("No ended drill in ", running.Output, StringComparison.Ordinal);
        Assert.StartsWith("Drill quiz-7: 1 of 2 right.\nAdded to your progress: 2 answers.", ended.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_of_an_unknown_drill_says_so_in_one_line()
    {
        Answered("R");

        var (exit, _, error) = CliRunner.Run("drill", "sync", "no-such", "--db", Db, "--progress", Own);

        Assert.Equal(1, exit);
        Assert.Equal("quiztui drill: no drill named no-such in " + Db, error.TrimEnd());
    }

    [Fact]
    public void The_progress_file_is_the_students_own_never_the_class_drill_file()
    {
        string? Environment(string key) => key switch
        {
            DatabaseLocation.Variable => Db,
            "XDG_DATA_HOME" => "/home/sam/.local/share",
            _ => null,
        };
        string? OwnVariable(string key) => key == DatabaseLocation.Variable ? Own : Environment(key);

        Assert.Equal("/home/sam/.local/share/quiztui/quiztui.db", DrillSyncCommand.ProgressPath(null, Db, Environment));
        Assert.Equal("/home/sam/.local/share/quiztui/quiztui.db", DrillSyncCommand.ProgressPath(null, "Host=db.school;Database=quiztui", k => k == DatabaseLocation.Variable ? "Host=db.school;Database=quiztui" : Environment(k)));
        Assert.Equal(Own, DrillSyncCommand.ProgressPath(null, Db, OwnVariable));
        Assert.Equal("/tmp/mine.db", DrillSyncCommand.ProgressPath("/tmp/mine.db", Db, Environment));
        Assert.Throws<StoreException>(() => DrillSyncCommand.ProgressPath(Db, Db, Environment));
    }

    [Fact]
    public void QUIZTUI_DRILLS_names_the_drill_store_and_leaves_QUIZTUI_DB_to_the_students_progress()
    {
        string? Environment(string key) => key switch
        {
            DrillStores.Variable => Db,
            DatabaseLocation.Variable => Own,
            _ => null,
        };

        Assert.Equal(Db, DrillStores.Resolve(null, Environment));
        Assert.Equal("/tmp/other.db", DrillStores.Resolve("/tmp/other.db", Environment));
        Assert.Equal(Own, DrillStores.Resolve(null, k => k == DatabaseLocation.Variable ? Own : null));
        Assert.Equal(Own, DrillSyncCommand.ProgressPath(null, DrillStores.Resolve(null, Environment), Environment));
    }

    private (int Exit, string Output, string Error) Sync() => CliRunner.Run("drill", "sync", "quiz-7", "--db", Db, "--progress", Own);

    /// <summary>
    /// A started six-question drill that this test's own account (the one <c>drill sync</c> answers as) answered two
    /// hours ago by <paramref name="pattern"/>: R right within a second (not due again for days), W a wrong choice.
    /// </summary>
    private Drill Answered(string pattern)
    {
        var drill = DrillSamples.Build("quiz-7", 6, QuestionFormat.MultipleChoice);
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        using var teacher = SqliteDrillStore.Open(Db, DrillRole.Teacher, "teacher");
        teacher.SaveDrill(drill);
        new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, at);
        using var student = SqliteDrillStore.Open(Db, DrillRole.Student, System.Environment.UserName);
        student.Join(drill.Name, "Sam", at);
        for (var i = 0; i < pattern.Length; i++)
        {
            var q = drill.Questions[i].Question;
            Assert.Equal(SubmitResult.Recorded, student.Submit(drill.Name, q.Id, pattern[i] == 'R' ? q.Answer : WrongChoice(q), pattern[i] == 'R' ? 1 : 6, at));
        }

        return drill;
    }

    /// <summary>A wrong choice, or where the generator made the question short-answer, the wider place (as <see cref="FixedClass"/>).</summary>
    private static string WrongChoice(Question q) => q.Choices.FirstOrDefault(c => c != q.Answer) ?? "Ontario";
}
