using QuizTui.Core.Progress;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Progress;

public sealed class ProgressStatisticsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 18, 0, 0, TimeSpan.Zero);

    private static ProgressFacts Facts()
    {
        var attempts = new List<AttemptFact>();
        void Add(string article, string title, string type, double daysAgo, params bool[] results) =>
            attempts.AddRange(results.Select((right, i) => new AttemptFact(article, title, type, Now.AddDays(-daysAgo).AddMinutes(i), right)));

        Add("a1", "Kerry and Lavrov agree on Syria talks", "Who", 0.1, true, true, false, true);
        Add("a1", "Kerry and Lavrov agree on Syria talks", "Where", 1, true, false);
        Add("b2", "Floods close roads across Queensland", "HowMany", 2, false, false, true);
        Add("b2", "Floods close roads across Queensland", "When", 20, true, true, true);
        Add("c3", "Court rules on data retention", "WhoSaid", 4, false, true, false, false);
        DateTimeOffset[] due = [Now.AddDays(-3), Now.AddHours(-1), Now.AddHours(3), Now.AddDays(1), Now.AddDays(1.2), Now.AddDays(9), Now.AddDays(30)];
        return new ProgressFacts(attempts, due);
    }

    [Fact]
    public void Counts_a_streak_of_consecutive_days_ending_today()
    {
        var stats = ProgressStatistics.Compute(Facts(), Now, TimeZoneInfo.Utc);

        Assert.Equal(3, stats.StreakDays); // today, yesterday, the day before; then a gap
        Assert.Equal(16, stats.Answered);
        Assert.Equal(9, stats.Right);
    }

    [Fact]
    public void Forecasts_due_questions_by_day_with_the_overdue_counted_today()
    {
        var stats = ProgressStatistics.Compute(Facts(), Now, TimeZoneInfo.Utc);

        Assert.Equal(2, stats.DueNow);
        Assert.Equal([3, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], stats.DueForecast.Select(d => d.Count));
        Assert.Equal(new DateOnly(2026, 3, 12), stats.DueForecast[0].Day);
    }

    [Fact]
    public void Ranks_the_weakest_articles_by_share_right()
    {
        var stats = ProgressStatistics.Compute(Facts(), Now, TimeZoneInfo.Utc);

        // a1 and b2 tie at 4 of 6; ties go by hash so the order is stable.
        Assert.Equal(["c3", "a1", "b2"], stats.Weakest.Select(a => a.Hash));
    }

    [Fact]
    public void Renders_the_statistics_as_text()
    {
        Snapshot.Verify(StatsFormatter.Format(ProgressStatistics.Compute(Facts(), Now, TimeZoneInfo.Utc)));
    }

    [Fact]
    public void Says_so_when_there_is_no_history()
    {
        var stats = ProgressStatistics.Compute(new ProgressFacts([], []), Now, TimeZoneInfo.Utc);

        Assert.Equal("No answers yet: open an article and take a quiz.\n", StatsFormatter.Format(stats));
    }
}
