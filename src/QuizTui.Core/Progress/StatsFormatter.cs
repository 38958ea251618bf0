using System.Globalization;
using System.Text;
using Humanizer;

namespace QuizTui.Core.Progress;

/// <summary>Renders <see cref="ProgressStats"/> as plain text for the CLI, the trainer and snapshots.</summary>
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

        text.Append(CultureInfo.InvariantCulture, $"Answered {"question".ToQuantity(stats.Answered, "N0", CultureInfo.InvariantCulture)}, {stats.Right.ToString("N0", CultureInfo.InvariantCulture)} right ({Percent(stats.Right, stats.Answered)})\n");
        text.Append(CultureInfo.InvariantCulture, $"Streak: {(stats.StreakDays == 0 ? "none (no answers today or yesterday)" : "day".ToQuantity(stats.StreakDays))}\n");
        text.Append(CultureInfo.InvariantCulture, $"Due now: {"question".ToQuantity(stats.DueNow)}\n\n");

        text.Append(CultureInfo.InvariantCulture, $"Accuracy by type   answered   right   last {ProgressStatistics.Weeks} weeks\n");
        foreach (var type in stats.ByType)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {type.Type.Humanize(LetterCasing.Title),-16}{type.Answered,9:N0}{Percent(type.Right, type.Answered),8}   {Sparkline(type.Weekly)}\n");
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
                text.Append(CultureInfo.InvariantCulture, $"  {Percent(article.Right, article.Answered),4}  {article.Title.Truncate(50)} ({"answer".ToQuantity(article.Answered)})\n");
            }
        }

        return text.ToString();
    }

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
