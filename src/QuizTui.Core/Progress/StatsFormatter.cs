using System.Globalization;
using System.Text;
using Humanizer;

namespace QuizTui.Core.Progress;

/// <summary>
/// Renders <see cref="ProgressStats"/> as plain text for the CLI, the trainer and snapshots. Counts are worded
/// here rather than with Humanizer's ToQuantity/Humanize: their first call builds the whole pluralization regex
/// table (about 100 ms of CPU), half of `quiztui stats`'s 200 ms budget; Humanizer still truncates titles.
/// </summary>
/// <example>
/// <code>
/// Answered 12 questions, 9 right (75%)
/// Streak: 3 days
/// </code>
/// </example>
public static class StatsFormatter
{
    private const string Bars = "▁▂▃▄▅▆▇█";
    private const int ChartWidth = 30;

    public static string Format(ProgressStats stats)
    {
        var text = new StringBuilder();
        if (stats.Answered == 0)
        {
            return "No answers yet: open an article and take a quiz.\n";
        }

        text.Append(CultureInfo.InvariantCulture, $"Answered {Count(stats.Answered, "question")}, {stats.Right.ToString("N0", CultureInfo.InvariantCulture)} right ({Percent(stats.Right, stats.Answered)})\n");
        text.Append(CultureInfo.InvariantCulture, $"Streak: {(stats.StreakDays == 0 ? "none (no answers today or yesterday)" : Count(stats.StreakDays, "day"))}\n");
        text.Append(CultureInfo.InvariantCulture, $"Due now: {Count(stats.DueNow, "question")}\n\n");

        text.Append(CultureInfo.InvariantCulture, $"Accuracy by type   answered   right   last {ProgressStatistics.Weeks} weeks\n");
        foreach (var type in stats.ByType)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Words(type.Type),-16}{type.Answered,9:N0}{Percent(type.Right, type.Answered),8}   {Sparkline(type.Weekly)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nDue in the next {ProgressStatistics.ForecastDays} days\n");
        var most = Math.Max(1, stats.DueForecast.Max(d => d.Count));
        foreach (var day in stats.DueForecast)
        {
            var bar = new string('█', (int)Math.Ceiling((double)day.Count * ChartWidth / most));
            text.Append(CultureInfo.InvariantCulture, $"  {DayName(day.Day, stats.Today),-12}{day.Count,5:N0}  {bar}\n");
        }

        if (stats.Weakest.Count > 0)
        {
            text.Append("\nWeakest articles\n");
            foreach (var article in stats.Weakest)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {Percent(article.Right, article.Answered),4}  {article.Title.Truncate(50)} ({Count(article.Answered, "answer")})\n");
            }
        }

        return text.ToString();
    }

    /// <summary>"1 day", "3 days", "1,204 questions" (the nouns used here all take -s).</summary>
    private static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>"HowMany" → "How many".</summary>
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static string Sparkline(IReadOnlyList<double?> weekly) =>
        string.Concat(weekly.Select(w => w is { } v ? Bars[(int)Math.Round(v * (Bars.Length - 1))] : '·'));

    private static string DayName(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        _ => day.ToString("ddd d MMM", CultureInfo.InvariantCulture),
    };
}
