using QuizTui.Core.Questions;
using QuizTui.Storage;
using QuizTui.Tests.Storage;
using static QuizTui.Tests.Storage.Samples;

namespace QuizTui.Tests.Cli;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("csv", 2)]  // a row per answer: the unanswered question is not in it
    [InlineData("json", 3)] // the whole history
    public void Export_then_import_twice_adds_each_answer_once(string format, int questions)
    {
        var source = temp.File("source.db");
        using (var progress = Seeded(source))
        {
            var session = progress.StartSession(SessionKind.Article, "a1", Now);
            Answer(progress, session.Id, "a1-q0", AnswerResult.Correct, Now);
            Answer(progress, session.Id, "a1-q1", AnswerResult.Wrong, Now.AddSeconds(9));
            progress.FinishSession(session.Id, Now.AddMinutes(1));
        }

        var file = temp.File("history." + format);
        var target = temp.File("target.db");
        Assert.Equal(0, Run("history", "export", "--format", format, file, "--db", source).Code);

        var first = Run("history", "import", file, "--db", target);
        var second = Run("history", "import", file, "--db", target);

        Assert.Equal((0, $"Imported 2 answers (0 already there), {questions} questions, 1 article, 1 session.\n"), (first.Code, first.Output));
        Assert.Equal("Imported 0 answers (2 already there), 0 questions, 0 articles, 0 sessions.\n", second.Output);
        using var imported = ProgressService.OpenOrCreate(target);
        Assert.Equal(new SessionScore(1, 2, Now.AddMinutes(1)), imported.LastScore("a1"));
        Assert.Equal("John Kerry", Assert.Single(imported.DueQuestions(Now.AddDays(1), 1)).Question.Answer);
    }

    [Fact]
    public void Forget_deletes_one_article_by_title_and_says_what_went()
    {
        var db = temp.File("p.db");
        using (var progress = Seeded(db))
        {
            Answer(progress, null, "a1-q0", AnswerResult.Correct, Now);
        }

        var result = Run("history", "forget", "--article", "kerry meets lavrov", "--db", db);

        Assert.Equal((0, "Deleted 1 article, 3 questions, 0 sessions and 1 answer.\n"), (result.Code, result.Output));
    }

    [Fact]
    public void Reports_an_unusable_database_in_one_line_with_a_non_zero_exit()
    {
        var db = temp.File("notes.db");
        File.WriteAllText(db, "not a database");

        var result = Run("stats", "--db", db);

        Assert.Equal(1, result.Code);
        Assert.Equal($"quiztui: {db}: not a QuizTui database (not a SQLite file); left untouched\n", result.Error);
    }

    [Fact]
    public void Stats_as_json_counts_the_answers()
    {
        var db = temp.File("p.db");
        using (var progress = Seeded(db))
        {
            Answer(progress, null, "a1-q0", AnswerResult.Correct, DateTimeOffset.UtcNow);
        }

        var result = Run("stats", "--json", "--db", db);

        Assert.Equal(0, result.Code);
        Assert.StartsWith("{\"today\":", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"answered\":1,\"right\":1,", result.Output, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Cli.Run(args);
}
