using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Storage;
using QuizTui.Testing;
using QuizTui.Tui.Library;
using Terminal.Gui.Input;
using static QuizTui.Tests.Storage.Samples;

namespace QuizTui.Tests.Tui;

/// <summary>The trainer on a real progress database (a SQLite file in the test's temp home) and a fixed clock.</summary>
public sealed class ProgressScreenTests
{
    private static readonly string SeedHash = ContentHash.Of(ShippedArticles.All[0].Text);

    [Fact]
    public void Offers_to_resume_an_unfinished_quiz_when_the_article_is_reopened_in_a_later_run()
    {
        string database;
        using (var first = new TrainerHarness(pipeline: SeedQuestions.Pipeline()))
        {
            database = first.Database;

            // Two answers, then the run ends (as if killed) before the third question is answered.
            first.Press(Key.Enter, Key.Q, Key.Enter).Advance(TimeSpan.FromSeconds(6)).Press(Key.D2, Key.Enter)
                .Advance(TimeSpan.FromSeconds(10)).Type("Damascus").Press(Key.Enter, Key.Enter);
        }

        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline(), database: database, startAt: TrainerHarness.Start.AddHours(2));
        var screens = new List<(string Step, string Screen)>();
        void Shot(string step) => screens.Add((step, trainer.Screen));

        trainer.Press(Key.Enter);
        Shot("reopening the article offers the unfinished quiz");
        trainer.Press(Key.Y);
        Shot("resumed at the third question, the earlier score kept");
        trainer.Press(Key.D1, Key.Enter).Advance(TimeSpan.FromSeconds(4)).Press(Key.D2, Key.Enter);
        Shot("results of the whole quiz");
        trainer.Press(Key.Enter, Key.Esc);
        Shot("the library shows the last score from the store");

        Snapshot.Verify(string.Join("\n", screens.Select(s => $"=== {s.Step} ===\n{s.Screen}")));
        using var progress = ProgressService.OpenOrCreate(database);
        Assert.Null(progress.FindResumable(SeedHash));
        Assert.Equal((3, 4), progress.LastScore(SeedHash) is { } score ? (score.Right, score.Answered) : default);
    }

    [Fact]
    public void Declining_to_resume_stays_in_the_reader_and_is_not_asked_again_in_the_run()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        trainer.Press(Key.Enter, Key.Q, Key.Enter, Key.D2, Key.Enter, Key.Esc, Key.Y, Key.Esc);

        trainer.Press(Key.Enter);
        Assert.Contains("Unfinished quiz", trainer.Screen, StringComparison.Ordinal);
        trainer.Press(Key.N);
        Assert.EndsWith("Reader", trainer.Screen.Split('\n')[0], StringComparison.Ordinal);
        trainer.Press(Key.Esc, Key.Enter);

        Assert.DoesNotContain("Unfinished quiz", trainer.Screen, StringComparison.Ordinal);
        Assert.EndsWith("Reader", trainer.Screen.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_the_questions_due_from_the_top_of_the_library()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        var screens = new List<(string Step, string Screen)>();
        void Shot(string step) => screens.Add((step, trainer.Screen));
        Shot("nothing due yet");

        // Who wrong, where wrong, when right, how many right.
        trainer.Press(Key.Enter, Key.Q, Key.Enter, Key.D1, Key.Enter).Type("Damascus").Press(Key.Enter, Key.Enter, Key.D1, Key.Enter, Key.D2, Key.Enter, Key.Enter);
        trainer.Advance(TimeSpan.FromDays(1)).Press(Key.Esc);
        Shot("a day later: the two missed questions are due");
        trainer.Press(Key.R.WithCtrl);
        Shot("the review asks the most overdue first, closed book");
        trainer.Type("Golan Heights").Press(Key.Enter, Key.Enter, Key.D2);
        Shot("second review question answered");
        trainer.Press(Key.Enter);
        Shot("review results");
        trainer.Press(Key.Enter);
        Shot("back in the library: nothing due");

        Snapshot.Verify(string.Join("\n", screens.Select(s => $"=== {s.Step} ===\n{s.Screen}")));
        using var progress = ProgressService.OpenOrCreate(trainer.Database);
        Assert.Equal(0, progress.CountDue(TrainerHarness.Start.AddDays(1).AddMinutes(1)));
    }

    [Fact]
    public void Says_so_when_a_review_is_asked_for_and_nothing_is_due()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());

        trainer.Press(Key.R.WithCtrl);

        Assert.Contains("Nothing is due for review now.", trainer.Screen, StringComparison.Ordinal);
        Assert.EndsWith("Library", trainer.Screen.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_a_wrong_verdict_as_right_when_the_student_says_so()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        trainer.Press(Key.Enter, Key.Q, Key.Enter).Advance(TimeSpan.FromSeconds(8)).Press(Key.D1);
        var judged = trainer.Screen;

        trainer.Press(Key.I);

        Snapshot.Verify($"{judged}\n=== after i (I was right) ===\n{trainer.Screen}");
        using var progress = ProgressService.OpenOrCreate(trainer.Database);
        var stats = progress.Stats(TrainerHarness.Start.AddMinutes(1), TimeZoneInfo.Utc);
        Assert.Equal((1, 1), (stats.Answered, stats.Right));
        var attempt = Assert.Single(progress.FindResumable(SeedHash)!.Attempts);
        Assert.True(attempt.Overridden);
        Assert.True(progress.Store.Card("who")!.Due > TrainerHarness.Start.AddMinutes(10), "an override schedules the question as answered right");
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Shows_the_statistics_as_the_stats_command_words_them(int width, int height)
    {
        var database = Path.Combine(TuiTestEnvironment.Home, "stats-" + Guid.NewGuid().ToString("N") + ".db");
        var now = new DateTimeOffset(TrainerHarness.Start);
        using (var progress = History(database, now))
        {
            using var trainer = new TrainerHarness(width, height, database: database);

            trainer.Press(Key.T.WithCtrl);

            Snapshot.Verify(trainer.Screen, $"{width}x{height}");
            var shown = trainer.Screen;
            // The lines that fit on the screen (title, status bar and a margin row take three) are the ones `stats` prints.
            var printed = StatsFormatter.Format(progress.Stats(now, TimeZoneInfo.Utc)).Split('\n').Take(height - 3).Where(l => l.Length > 0);
            Assert.All(printed, line => Assert.Contains(line.TrimEnd(), shown, StringComparison.Ordinal));
        }
    }

    /// <summary>Three weeks of answers on two articles, with one question of each kind of result.</summary>
    private static ProgressService History(string database, DateTimeOffset now)
    {
        var progress = Seeded(database, count: 0, hash: "a1", title: "Kerry meets Lavrov");
        progress.Store.SaveArticle(Article("a2", "Crane collapses onto the Grand Mosque in Mecca"));
        QuestionType[] types = [QuestionType.Who, QuestionType.Where, QuestionType.When, QuestionType.HowMany];
        progress.RecordQuestions("a1", types.Select((t, i) => Question($"a1-q{i}", t)));
        progress.RecordQuestions("a2", types.Select((t, i) => Question($"a2-q{i}", t)));
        for (var day = 20; day >= 0; day -= 2)
        {
            var at = now.AddDays(-day).AddHours(-1);
            var session = progress.StartSession(SessionKind.Article, day % 4 == 0 ? "a1" : "a2", at);
            for (var i = 0; i < 4; i++)
            {
                var id = session.ArticleHash == "a1" ? $"a1-q{i}" : $"a2-q{i}";
                var right = (day + i) % 3 != 0 || day < 6;
                progress.RecordAttempt(session.Id, Question(id, types[i]), right ? "John Kerry" : "Obama", right ? AnswerResult.Correct : AnswerResult.Wrong, TimeSpan.FromSeconds(5 + i), at.AddSeconds(i * 10));
            }

            progress.FinishSession(session.Id, at.AddMinutes(1));
        }

        return progress;
    }
}
