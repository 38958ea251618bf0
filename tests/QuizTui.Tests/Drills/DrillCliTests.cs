using QuizTui.Core.Drills;
using QuizTui.Drills;
using QuizTui.Testing;
using QuizTui.Tests.Storage;
using CliRunner = QuizTui.Tests.Cli.Cli;

namespace QuizTui.Tests.Drills;

/// <summary>The drill commands through the real command line, on a SQLite file; what a teacher reads is snapshot-tested.</summary>
public sealed class DrillCliTests : IDisposable
{
    private static readonly string[] Seeds = ["09-indonesia-asylum-seekers-rescued.txt", "12-canadian-document-found-on-street.txt"];
    private readonly TempFolder temp = new();

    private string Db => temp.File("school.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void New_builds_a_drill_from_the_articles_and_print_makes_two_versions_with_their_keys()
    {
        New("week-12", "--count", "6", "--format", "mixed", "--seed", "5");

        var (exit, output, error) = CliRunner.Run("drill", "print", "week-12", "--versions", "A,B", "--answer-key", "--db", Db);

        Assert.Equal((0, ""), (exit, error));
        Snapshot.Verify(output);
    }

    [Fact]
    public void Print_in_markdown_numbers_questions_and_credits_the_articles()
    {
        New("week-12", "--count", "4", "--seed", "5");

        var (exit, output, _) = CliRunner.Run("drill", "print", "week-12", "--format", "md", "--db", Db);

        Assert.Equal(0, exit);
        Assert.Contains("CC BY 2.5", output, StringComparison.Ordinal);
        Snapshot.Verify(output);
    }

    [Fact]
    public void Export_then_import_gives_the_same_drill_under_another_name()
    {
        New("week-12", "--count", "5", "--format", "short", "--time-limit", "30", "--shuffle");
        var file = temp.File("week-12.json");

        var exported = CliRunner.Run("drill", "export", "week-12", file, "--db", Db);
        var imported = CliRunner.Run("drill", "import", file, "--as", "week-12b", "--db", temp.File("other.db"));
        var again = CliRunner.Run("drill", "import", file, "--as", "week-12b", "--db", temp.File("other.db"));

        Assert.Equal((0, 0, 1), (exported.Exit, imported.Exit, again.Exit));
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        using var first = SqliteDrillStore.Open(Db, DrillRole.Teacher, "t");
        using var second = SqliteDrillStore.Open(temp.File("other.db"), DrillRole.Teacher, "t");
        var a = first.LoadDrill("week-12")!;
        var b = second.LoadDrill("week-12b")!;
        Assert.Equal(Json.DrillDocumentsText(a with { Name = "x" }), Json.DrillDocumentsText(b with { Name = "x" }));
        Assert.Contains("\"format\": \"quiztui-drill\"", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_file_that_is_not_a_drill_in_one_line()
    {
        var file = temp.File("notes.json");
        File.WriteAllText(file, "{\"hello\": 1}");

        var (exit, _, error) = CliRunner.Run("drill", "import", file, "--db", Db);

        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("not a QuizTui drill file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_a_fixed_class_lists_students_questions_and_a_summary_and_accept_changes_it()
    {
        var drill = DrillSamples.Build("quiz-7", 6, Core.Questions.QuestionFormat.MultipleChoice);
        FixedClass.Seed(Db, drill);

        var report = CliRunner.Run("drill", "report", "quiz-7", "--db", Db, "--csv", temp.File("grades.csv"));
        var hardest = FixedClass.HardestWrong(drill);
        var accept = CliRunner.Run("drill", "accept", "quiz-7", hardest.Number, hardest.Answer, "--db", Db);
        var after = CliRunner.Run("drill", "report", "quiz-7", "--db", Db);

        Assert.Equal((0, 0, 0), (report.Exit, accept.Exit, after.Exit));
        Snapshot.Verify(report.Output, "before");
        Snapshot.Verify(File.ReadAllText(temp.File("grades.csv")), "grades-csv");
        Snapshot.Verify(accept.Output + "\n" + after.Output, "after-accept");
    }

    [Fact]
    public void Report_as_json_matches_the_host_snapshot()
    {
        var drill = DrillSamples.Build("quiz-7", 6, Core.Questions.QuestionFormat.MultipleChoice);
        FixedClass.Seed(Db, drill);

        var (exit, output, _) = CliRunner.Run("drill", "report", "quiz-7", "--json", "--db", Db);
        using var store = SqliteDrillStore.Open(Db, DrillRole.Teacher, "t");
        var snapshot = DrillHost.Open(store, "quiz-7")!.Refresh(DateTimeOffset.UtcNow);

        Assert.Equal(0, exit);
        Assert.Contains($"\"totalAnswers\":{snapshot.Results.TotalAnswers}", output, StringComparison.Ordinal);
        Assert.Equal(FixedClass.Answers.Length, snapshot.Results.TotalAnswers);
    }

    private void New(string name, params string[] options)
    {
        var (exit, _, error) = CliRunner.Run(["drill", "new", name, .. Seeds.Select(s => Path.Combine(Locations.Seeds, "wikinews", s)), .. options, "--db", Db]);
        Assert.True(exit == 0, error);
    }

    private static class Json
    {
        public static string DrillDocumentsText(Drill drill) => QuizTui.Drills.Json.DrillDocuments.Serialize(drill);
    }
}
