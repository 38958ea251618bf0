using QuizTui.Core.Drills;
using QuizTui.Drills;
using QuizTui.Storage;
using QuizTui.Testing;
using QuizTui.Tui;
using QuizTui.Tui.Drills;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui.Drills;

public sealed class TakeScreenTests
{
    private static TrainerHarness Take(DrillFixture drill, string account = "alice", string? display = "Alice", int width = 80, int height = 24, TimeSpan start = default) =>
        new((app, clock, _) => TrainerApp.Show(app, new TakeScreen(DrillSession.Join(drill.Student(account), DrillFixture.Name, display, clock.GetUtcNow())!, clock), noColor: false, owned: null), width, height, startAt: TrainerHarness.Start + start);

    private static void Control(DrillFixture drill, DrillCommand command) => drill.Host().Apply(command, DrillFixture.Start);

    [Fact]
    public void Waits_for_the_host_then_shows_the_first_question_within_a_second_of_start()
    {
        using var drill = new DrillFixture(new DrillSettings(Shuffle: false));
        using var student = Take(drill);
        var waiting = student.Screen;

        Control(drill, DrillCommand.Start);
        student.Advance(TimeSpan.FromSeconds(1));

        Snapshot.Verify($"=== waiting ===\n{waiting}\n=== started ===\n{student.Screen}");
    }

    [Fact]
    public void Records_each_answer_as_given_without_saying_whether_it_is_right()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);
        var screens = new List<string>();

        student.Advance(TimeSpan.FromSeconds(4)).Press(Key.D1);
        screens.Add(student.Screen);
        student.Press(Key.Enter).Type("Golan Hieghts").Advance(TimeSpan.FromSeconds(3));
        screens.Add(student.Screen);
        student.Press(Key.Enter);
        screens.Add(student.Screen);

        Snapshot.Verify(string.Join("\n=== next ===\n", screens));
        var answers = drill.Student("alice").Answers(DrillFixture.Name);
        Assert.Equal([("who", "Sergei Lavrov", 4.0), ("where", "Golan Hieghts", 3.0)], answers.Select(a => (a.QuestionId, a.Answer, a.Seconds)));
    }

    [Fact]
    public void Counts_down_a_timed_question_and_records_no_answer_when_time_is_up()
    {
        using var drill = new DrillFixture(new DrillSettings(TimeLimitSeconds: 20));
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);

        student.Advance(TimeSpan.FromSeconds(6));
        var running = student.Screen;
        student.Advance(TimeSpan.FromSeconds(15));

        Snapshot.Verify($"{running}\n=== 21 seconds in ===\n{student.Screen}");
        var answer = Assert.Single(drill.Student("alice").Answers(DrillFixture.Name));
        Assert.Equal(("who", "", 20.0), (answer.QuestionId, answer.Answer, answer.Seconds));
    }

    [Fact]
    public void A_student_who_leaves_and_comes_back_gets_no_fresh_countdown()
    {
        using var drill = new DrillFixture(new DrillSettings(TimeLimitSeconds: 20));
        Control(drill, DrillCommand.Start);
        using (var first = Take(drill))
        {
            first.Advance(TimeSpan.FromSeconds(6));
            Assert.Contains("14 s left", first.Screen, StringComparison.Ordinal);
        }

        // The same student starts `drill take` again 8 seconds later: the question's clock went on meanwhile.
        using var again = Take(drill, start: TimeSpan.FromSeconds(14));
        Assert.Contains("6 s left", again.Screen, StringComparison.Ordinal);
        again.Advance(TimeSpan.FromSeconds(7));

        var answer = Assert.Single(drill.Student("alice").Answers(DrillFixture.Name));
        Assert.Equal(("who", "", 20.0), (answer.QuestionId, answer.Answer, answer.Seconds));
    }

    [Fact]
    public void Stops_the_clock_and_hides_the_question_while_paused()
    {
        using var drill = new DrillFixture(new DrillSettings(TimeLimitSeconds: 20));
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);
        student.Advance(TimeSpan.FromSeconds(5));

        Control(drill, DrillCommand.Pause);
        student.Advance(TimeSpan.FromSeconds(1));
        var paused = student.Screen;
        student.Advance(TimeSpan.FromSeconds(60));
        Control(drill, DrillCommand.Start);
        student.Advance(TimeSpan.FromSeconds(1));

        Snapshot.Verify($"{paused}\n=== resumed a minute later ===\n{student.Screen}");
        Assert.Empty(drill.Student("alice").Answers(DrillFixture.Name));
    }

    [Fact]
    public void Shows_done_when_every_answer_is_recorded()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);

        student.Press(Key.B, Key.Enter).Type("Golan Heights").Press(Key.Enter, Key.Enter, Key.A, Key.Enter, Key.D2, Key.Enter);

        Snapshot.Verify(student.Screen);
        Assert.Equal(4, drill.Student("alice").Answers(DrillFixture.Name).Count);
    }

    [Fact]
    public void Shows_the_results_once_the_host_ends_the_drill_and_keeps_them_in_the_students_progress()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var progress = ProgressService.OpenOrCreate(drill.Database + ".alice-progress.db");
        var session = DrillSession.Join(drill.Student("alice"), DrillFixture.Name, "Alice", TrainerHarness.Start)!;
        using var student = new TrainerHarness((app, clock, _) => TrainerApp.Show(app, new TakeScreen(session, clock, now => session.Sync(progress, now)), noColor: false, owned: null));

        student.Press(Key.A, Key.Enter).Type("Golan Heights").Press(Key.Enter, Key.Enter, Key.A, Key.Enter, Key.D2, Key.Enter);
        var done = student.Screen;
        var keptBefore = progress.Store.Export().Attempts.Count;
        Control(drill, DrillCommand.End);
        student.Advance(TimeSpan.FromSeconds(1));

        Snapshot.Verify($"{done}\n=== the host ends the drill ===\n{student.Screen}");
        Assert.Equal(0, keptBefore);
        Assert.Equal(4, progress.Store.Export().Attempts.Count);
        Assert.Equal(["who"], progress.DueQuestions(TrainerHarness.Start.AddHours(1), 10).Select(d => d.Question.Id));
    }

    [Fact]
    public void Resumes_at_the_first_unanswered_question_and_never_offers_an_answered_one_again()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        drill.Answer("alice", "Alice", ("who", "John Kerry", 3), ("where", "Golan", 5));

        using var student = Take(drill);

        Assert.Contains("Question 3 of 4", student.Screen, StringComparison.Ordinal);
        Assert.Contains("Answered 2 of 4", student.Screen, StringComparison.Ordinal);
        student.Press(Key.A, Key.Enter, Key.A, Key.Enter);
        Assert.Contains("Done: every answer is recorded", student.Screen, StringComparison.Ordinal);
        Assert.Equal(4, drill.Student("alice").Answers(DrillFixture.Name).Select(a => a.QuestionId).Distinct().Count());
        Assert.Equal(SubmitResult.AlreadyAnswered, drill.Student("alice").Submit(DrillFixture.Name, "who", "Kofi Annan", 1, DrillFixture.Start));
    }

    [Fact]
    public void Ends_for_the_student_when_the_host_ends_the_drill()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);
        student.Press(Key.D2, Key.Enter);

        Control(drill, DrillCommand.End);
        student.Advance(TimeSpan.FromSeconds(1));

        Snapshot.Verify(student.Screen);
    }

    [Fact]
    public void Waits_for_each_question_the_host_releases_in_a_host_paced_drill()
    {
        using var drill = new DrillFixture(new DrillSettings(HostPaced: true));
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);

        student.Press(Key.D2, Key.Enter);
        var between = student.Screen;
        Control(drill, DrillCommand.Next);
        student.Advance(TimeSpan.FromSeconds(1));

        Assert.Contains("Waiting for the next question", between, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 4", student.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Draws_the_monochrome_theme_with_no_colour()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var student = new TrainerHarness((app, clock, _) => TrainerApp.Show(app, new TakeScreen(DrillSession.Join(drill.Student("bob"), DrillFixture.Name, null, clock.GetUtcNow())!, clock), noColor: true, owned: null));

        Snapshot.Verify(student.AttributeMap);
    }

    [Fact]
    public void Chooses_an_answer_with_a_mouse_click()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);
        var line = student.Screen.Split('\n').ToList().FindIndex(l => l.Contains("Kofi Annan", StringComparison.Ordinal));

        student.Click(12, line);

        Assert.Contains("● 3  C  Kofi Annan", student.Screen, StringComparison.Ordinal);
        Assert.Equal("Kofi Annan", Assert.Single(drill.Student("alice").Answers(DrillFixture.Name)).Answer);
    }

    [Fact]
    public void Asks_before_submitting_an_empty_typed_answer()
    {
        using var drill = new DrillFixture();
        Control(drill, DrillCommand.Start);
        using var student = Take(drill);

        student.Press(Key.D2, Key.Enter, Key.Enter);
        Assert.Contains("Submit an empty answer?", student.Screen, StringComparison.Ordinal);
        student.Press(Key.N).Type("Golan").Press(Key.Enter);

        Assert.Equal([("where", "Golan"), ("who", "John Kerry")], drill.Student("alice").Answers(DrillFixture.Name).Select(a => (a.QuestionId, a.Answer)).Order());
    }
}
