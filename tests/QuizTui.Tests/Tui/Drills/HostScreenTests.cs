using QuizTui.Core.Drills;
using QuizTui.Drills;
using QuizTui.Testing;
using QuizTui.Tui;
using QuizTui.Tui.Drills;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui.Drills;

public sealed class HostScreenTests
{
    private static readonly DrillSettings Timed = new(TimeLimitSeconds: 20, SpeedPoints: true);

    private static TrainerHarness HostView(DrillFixture drill, int top = 10, bool speedPoints = true, int width = 80, int height = 24, bool noColor = false)
    {
        var teacher = drill.Teacher();
        return new((app, clock, _) => TrainerApp.Show(
            app,
            new HostScreen(DrillHost.Open(teacher, DrillFixture.Name)!, clock, top, speedPoints, () => new DrillHost(teacher, new DrillWorkbench(teacher).Lock(DrillFixture.Name))),
            noColor,
            owned: null), width, height);
    }

    /// <summary>Four students part-way through: the figures below are worked out by hand in the test names' snapshots.</summary>
    private static void Class(DrillFixture drill)
    {
        drill.Host().Apply(DrillCommand.Start, DrillFixture.Start);
        drill.Answer("alice", "Alice", ("who", "John Kerry", 4), ("where", "Golan Heights", 10), ("when", "True", 2), ("howmany", "over 70,000", 5));
        drill.Answer("bob", null, ("who", "John Kerry", 12), ("where", "the Golan", 8), ("when", "False", 6));
        drill.Answer("carol", "Carol", ("who", "Sergei Lavrov", 3), ("where", "Damascus", 15));
        drill.Answer("dave", "Dave", ("who", "John Kerry", 20));
        drill.Student("erin").Join(DrillFixture.Name, null, DrillFixture.Start);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 36)]
    public void Shows_who_joined_their_progress_the_leaderboard_and_each_questions_answers(int width, int height)
    {
        using var drill = new DrillFixture(Timed);
        Class(drill);

        using var host = HostView(drill, width: width, height: height);

        Snapshot.Verify(host.Screen, $"{width}x{height}");
    }

    [Fact]
    public void Shows_the_answers_of_the_chosen_question_and_the_leaderboard_in_right_answers()
    {
        using var drill = new DrillFixture(Timed);
        Class(drill);
        using var host = HostView(drill, top: 3);

        host.Press(Key.CursorDown, Key.X);

        Snapshot.Verify(host.Screen);
    }

    [Fact]
    public void Shows_an_answer_given_in_another_terminal_within_a_second()
    {
        using var drill = new DrillFixture(Timed);
        Class(drill);
        using var host = HostView(drill);
        Assert.Contains("Joined 5 · finished 1 · answers 10 of 20", host.Screen, StringComparison.Ordinal);

        drill.Answer("erin", null, ("who", "Kofi Annan", 7));
        host.Advance(TimeSpan.FromSeconds(1));

        Assert.Contains("Joined 5 · finished 1 · answers 11 of 20", host.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Starts_pauses_and_ends_the_drill_for_the_students()
    {
        using var drill = new DrillFixture(Timed);
        using var host = HostView(drill);
        var before = host.Screen;

        host.Press(Key.S);
        Assert.Equal(DrillPhase.Running, drill.Student("alice").Control(DrillFixture.Name).Phase);
        host.Press(Key.P);
        Assert.Equal(DrillPhase.Paused, drill.Student("alice").Control(DrillFixture.Name).Phase);
        host.Press(Key.E);
        var asked = host.Screen;
        host.Press(Key.Y);

        Assert.Equal(DrillPhase.Ended, drill.Student("alice").Control(DrillFixture.Name).Phase);
        Snapshot.Verify($"{before}\n=== e asks before ending ===\n{asked}\n=== ended ===\n{host.Screen}");
    }

    [Fact]
    public void Offers_to_lock_an_unlocked_drill_before_starting_it()
    {
        using var drill = new DrillFixture(Timed, locked: false);
        using var host = HostView(drill);

        host.Press(Key.S);
        Assert.Contains("not locked yet", host.Screen, StringComparison.Ordinal);
        host.Press(Key.Y);

        Assert.True(drill.Teacher().LoadDrill(DrillFixture.Name)!.Locked);
        Assert.Equal(DrillPhase.Running, drill.Student("alice").Control(DrillFixture.Name).Phase);
        Assert.DoesNotContain("not locked", host.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Releases_one_question_at_a_time_in_a_host_paced_drill()
    {
        using var drill = new DrillFixture(new DrillSettings(HostPaced: true));
        using var host = HostView(drill);

        host.Press(Key.S, Key.N);

        Assert.Equal(2, drill.Student("alice").Control(DrillFixture.Name).Released);
        Assert.Contains("● Running, 2 of 4 released", host.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_through_a_class_too_big_for_the_screen()
    {
        using var drill = new DrillFixture(Timed);
        drill.Host().Apply(DrillCommand.Start, DrillFixture.Start);
        for (var i = 1; i <= 40; i++)
        {
            drill.Answer($"s{i:00}", null, ("who", i % 3 == 0 ? "Kofi Annan" : "John Kerry", i % 20));
        }

        using var host = HostView(drill, top: 5);
        var first = host.Screen;
        host.Press(Key.PageDown);

        Snapshot.Verify($"{first}\n=== PgDn ===\n{host.Screen}");
    }
}
