namespace QuizTui.Core.Progress;

/// <summary>Computes <see cref="ProgressStats"/> from the raw history; days are calendar days in the given time zone.</summary>
/// <example><c>ProgressStatistics.Compute(facts, now, TimeZoneInfo.Utc).StreakDays</c> → 3 after answers today, yesterday and the day before</example>
public static class ProgressStatistics
{
    public const int ForecastDays = 14;
    public const int Weeks = 8;
    public const int WeakestCount = 5;
    public const int WeakestMinimumAnswers = 3;

    public static ProgressStats Compute(ProgressFacts facts, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = Day(now, zone);
        var attempts = facts.Attempts;
        var byType = attempts
            .GroupBy(a => a.QuestionType, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TypeAccuracy(g.Key, g.Count(), g.Count(a => a.Right), WeeklyAccuracy(g, today, zone)))
            .ToList();
        var weakest = attempts
            .GroupBy(a => a.ArticleHash, StringComparer.Ordinal)
            .Select(g => new ArticleAccuracy(g.Key, g.Last().ArticleTitle, g.Count(), g.Count(a => a.Right)))
            .Where(a => a.Answered >= WeakestMinimumAnswers && a.Right < a.Answered)
            .OrderBy(a => (double)a.Right / a.Answered)
            .ThenByDescending(a => a.Answered)
            .ThenBy(a => a.Hash, StringComparer.Ordinal)
            .Take(WeakestCount)
            .ToList();

        var forecast = new int[ForecastDays];
        foreach (var due in facts.DueDates)
        {
            var offset = Math.Max(0, Day(due, zone).DayNumber - today.DayNumber);
            if (offset < ForecastDays)
            {
                forecast[offset]++;
            }
        }

        return new ProgressStats(
            today,
            attempts.Count,
            attempts.Count(a => a.Right),
            byType,
            Streak(attempts.Select(a => Day(a.AnsweredAt, zone)).ToHashSet(), today),
            facts.DueDates.Count(d => d <= now),
            [.. forecast.Select((count, i) => new DayCount(today.AddDays(i), count))],
            weakest);
    }

    private static int Streak(HashSet<DateOnly> days, DateOnly today)
    {
        var day = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }

    private static double?[] WeeklyAccuracy(IEnumerable<AttemptFact> attempts, DateOnly today, TimeZoneInfo zone)
    {
        var right = new int[Weeks];
        var total = new int[Weeks];
        foreach (var a in attempts)
        {
            var weeksAgo = (today.DayNumber - Day(a.AnsweredAt, zone).DayNumber) / 7;
            if (weeksAgo is >= 0 and < Weeks)
            {
                var slot = Weeks - 1 - weeksAgo;
                total[slot]++;
                right[slot] += a.Right ? 1 : 0;
            }
        }

        return [.. total.Select((t, i) => t == 0 ? (double?)null : (double)right[i] / t)];
    }

    private static DateOnly Day(DateTimeOffset time, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, zone).DateTime);
}
