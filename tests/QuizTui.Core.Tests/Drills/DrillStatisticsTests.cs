using QuizTui.Core.Drills;

namespace QuizTui.Core.Tests.Drills;

public sealed class DrillStatisticsTests
{
    [Theory]
    [InlineData(true, 0.0, 20, 1000)]
    [InlineData(true, 10.0, 20, 750)]
    [InlineData(true, 20.0, 20, 500)]
    [InlineData(true, 35.0, 20, 500)]
    [InlineData(true, 3.0, 20, 925)]
    [InlineData(true, 1.0, 8, 938)]
    [InlineData(false, 1.0, 20, 0)]
    public void Speed_points_follow_the_kahoot_formula(bool right, double seconds, int limit, int expected) =>
        Assert.Equal(expected, SpeedPoints.For(right, seconds, limit));

    [Fact]
    public void Untimed_right_answers_score_full_points() => Assert.Equal(1000, SpeedPoints.For(true, 99, null));

    [Fact]
    public void Discrimination_is_top_third_minus_bottom_third()
    {
        (double, bool)[] students = [(6, true), (5, true), (4, false), (3, true), (2, false), (1, false)];

        Assert.Equal(1.0, Discrimination.Index(students));
    }

    [Fact]
    public void Discrimination_is_negative_when_weak_students_do_better()
    {
        (double, bool)[] students = [(9, false), (8, false), (5, true), (4, true), (2, true), (1, true)];

        Assert.Equal(-1.0, Discrimination.Index(students));
    }

    [Fact]
    public void Discrimination_needs_three_students() => Assert.Null(Discrimination.Index([(1, true), (0, false)]));

    [Fact]
    public void A_students_order_is_a_stable_permutation_that_differs_between_students()
    {
        var a = DrillOrder.Permutation(20, 7, "student:ana");
        var again = DrillOrder.Permutation(20, 7, "student:ana");
        var b = DrillOrder.Permutation(20, 7, "student:bo");

        Assert.Equal(a, again);
        Assert.Equal(Enumerable.Range(0, 20), a.Order());
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Host_controls_open_all_questions_or_one_at_a_time()
    {
        var now = DateTimeOffset.UnixEpoch;
        var start = DrillControl.Initial(now);

        var self = start.Apply(DrillCommand.Start, 10, hostPaced: false, now);
        var paced = start.Apply(DrillCommand.Start, 10, hostPaced: true, now).Apply(DrillCommand.Next, 10, true, now);
        var paused = self.Apply(DrillCommand.Pause, 10, false, now);
        var ended = paused.Apply(DrillCommand.End, 10, false, now).Apply(DrillCommand.Next, 10, false, now);

        Assert.Equal((DrillPhase.Running, 10), (self.Phase, self.Released));
        Assert.Equal((DrillPhase.Running, 2), (paced.Phase, paced.Released));
        Assert.False(paused.AcceptsAnswers);
        Assert.Equal(DrillPhase.Ended, ended.Phase);
    }
}
