using QuizTui.Testing;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class QuizFlowTests
{
    [Fact]
    public void Runs_a_whole_quiz_on_the_seed_from_the_library_to_the_review()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        var screens = new List<(string Step, string Screen)>();
        void Shot(string step) => screens.Add((step, trainer.Screen));

        trainer.Press(Key.Enter, Key.Q);
        Shot("set-up");
        trainer.Press(Key.Enter);
        Shot("question 1");
        trainer.Advance(TimeSpan.FromSeconds(9)).Press(Key.D2);
        Shot("question 1 answered right by its number");
        trainer.Press(Key.Enter).Advance(TimeSpan.FromSeconds(14)).Type("Golan Hieghts");
        Shot("question 2 typed");
        trainer.Press(Key.Enter);
        Shot("question 2 judged");
        trainer.Press(Key.Enter).Advance(TimeSpan.FromSeconds(5)).Press(Key.CursorDown, Key.Enter);
        Shot("question 3 answered wrong with arrows and Enter");
        trainer.Press(Key.Enter).Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(45)).Press(Key.S);
        Shot("question 4 skipped");
        trainer.Press(Key.Enter);
        Shot("results");
        trainer.Press(Key.R);
        Shot("review: first missed question");
        trainer.Type("golan heights").Press(Key.Enter);
        Shot("review: typed answer right");
        trainer.Press(Key.Enter, Key.D1, Key.Enter, Key.S, Key.Enter);
        Shot("review results");
        trainer.Press(Key.Enter);
        Shot("back in the reader");

        Snapshot.Verify(string.Join("\n", screens.Select(s => $"=== {s.Step} ===\n{s.Screen}")));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Shows_a_question_with_its_progress_score_and_clock(int width, int height)
    {
        using var trainer = new TrainerHarness(width, height, pipeline: SeedQuestions.Pipeline());

        trainer.Press(Key.Enter, Key.Q, Key.Enter).Advance(TimeSpan.FromSeconds(7));

        Snapshot.Verify(trainer.Screen, $"{width}x{height}");
    }

    [Fact]
    public void Marks_the_verdict_and_the_answer_in_the_evidence()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());

        trainer.Press(Key.Enter, Key.Q, Key.Enter, Key.A);

        Snapshot.Verify(trainer.Screen + "\n" + trainer.AttributeMap);
    }

    [Fact]
    public void Counts_down_a_timed_question_and_times_it_out()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        trainer.Press(Key.Enter, Key.Q);

        // Up from Start: seed, time limit; one step right gives 15 seconds.
        trainer.Press(Key.CursorUp, Key.CursorUp, Key.CursorRight, Key.Enter).Advance(TimeSpan.FromSeconds(6));
        var running = trainer.Screen;
        trainer.Advance(TimeSpan.FromSeconds(10));

        Snapshot.Verify(running + "\n--- 16 seconds in ---\n\n" + trainer.Screen);
    }

    [Fact]
    public void Asks_before_abandoning_a_quiz()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        trainer.Press(Key.Enter, Key.Q, Key.Enter);

        trainer.Press(Key.Esc);
        var asked = trainer.Screen;
        trainer.Press(Key.N);
        Assert.Contains("Question 1 of 4", trainer.Screen, StringComparison.Ordinal);
        trainer.Press(Key.Esc, Key.Y);

        Snapshot.Verify(asked);
        Assert.EndsWith("Reader", trainer.Screen.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Chooses_an_answer_with_a_mouse_click()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());
        trainer.Press(Key.Enter, Key.Q, Key.Enter);
        var line = trainer.Screen.Split('\n').ToList().FindIndex(l => l.Contains("John Kerry", StringComparison.Ordinal));

        trainer.Click(10, line);

        Assert.Contains("✔ Correct", trainer.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_each_answer_and_shows_the_last_score_in_the_library()
    {
        string database;
        using (var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline()))
        {
            database = trainer.Database;
            trainer.Press(Key.Enter, Key.Q, Key.Enter, Key.D2, Key.Enter).Type("Golan Heights").Press(Key.Enter, Key.Enter, Key.D1, Key.Enter, Key.S);
        }

        using var progress = QuizTui.Storage.ProgressService.OpenOrCreate(database);
        var hash = QuizTui.Core.Progress.ContentHash.Of(QuizTui.Tui.Library.ShippedArticles.All[0].Text);
        Assert.Equal(4, progress.FindResumable(hash)!.Attempts.Count);
    }

    [Fact]
    public void Shows_the_last_score_on_the_library_row()
    {
        using var trainer = new TrainerHarness(pipeline: SeedQuestions.Pipeline());

        trainer.Press(Key.Enter, Key.Q, Key.Enter, Key.D2, Key.Enter).Type("Golan Heights").Press(Key.Enter, Key.Enter, Key.D1, Key.Enter, Key.S, Key.Enter, Key.Enter, Key.Esc);

        var row = trainer.Screen.Split('\n')[3];
        Assert.StartsWith("▌ Russia, US agree joint push for peace in Syria", row, StringComparison.Ordinal);
        Assert.EndsWith("last 3/4", row, StringComparison.Ordinal);
    }
}
