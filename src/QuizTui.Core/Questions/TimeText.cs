using System.Globalization;

namespace QuizTui.Core.Questions;

/// <summary>Readable forms of TIMEX3 date values ("2013-03" → "March 2013") and nearby values for distractors.</summary>
internal static class TimeText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The readable form, or null when the value is not a calendar date (durations, "PRESENT_REF", "XXXX-05").</summary>
    public static string? Format(string value)
    {
        var core = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
        if (core.Length == 4 && int.TryParse(core, NumberStyles.None, English, out var year) && year is > 1000 and < 2200)
        {
            return year.ToString(English);
        }

        if (core.Length == 7 && DateTime.TryParseExact(core, "yyyy-MM", English, DateTimeStyles.None, out var month))
        {
            return month.ToString("MMMM yyyy", English);
        }

        if (core.Length == 10 && DateTime.TryParseExact(core, "yyyy-MM-dd", English, DateTimeStyles.None, out var day))
        {
            return day.ToString("MMMM d, yyyy", English);
        }

        return null;
    }

    /// <summary>Other words a learner may type for the value ("March 2013" → "March"; "May 7, 2013" → "7 May 2013", "May 7").</summary>
    public static IEnumerable<string> Variants(string value)
    {
        var core = value.Length > 10 ? value[..10] : value;
        if (core.Length == 7 && DateTime.TryParseExact(core, "yyyy-MM", English, DateTimeStyles.None, out var month))
        {
            yield return month.ToString("MMMM", English);
            yield return month.ToString("MMM yyyy", English);
        }

        if (core.Length == 10 && DateTime.TryParseExact(core, "yyyy-MM-dd", English, DateTimeStyles.None, out var day))
        {
            yield return day.ToString("d MMMM yyyy", English);
            yield return day.ToString("MMMM d", English);
            yield return day.ToString("d MMMM", English);
            yield return day.ToString("dddd", English);
            yield return core;
        }
    }

    /// <summary>Values of the same granularity near <paramref name="value"/>, nearest first.</summary>
    public static IEnumerable<string> Nearby(string value)
    {
        var core = value.Length > 10 ? value[..10] : value;
        int[] steps = [-1, 1, -2, 2, -3, 3, 4, -4, 6, -6];
        if (core.Length == 4 && int.TryParse(core, NumberStyles.None, English, out var year))
        {
            return steps.Select(d => (year + d).ToString(English));
        }

        if (core.Length == 7 && DateTime.TryParseExact(core, "yyyy-MM", English, DateTimeStyles.None, out var month))
        {
            return steps.Select(d => month.AddMonths(d * 2).ToString("yyyy-MM", English));
        }

        if (core.Length == 10 && DateTime.TryParseExact(core, "yyyy-MM-dd", English, DateTimeStyles.None, out var day))
        {
            return steps.Select(d => day.AddDays(d * 3).ToString("yyyy-MM-dd", English));
        }

        return [];
    }

    /// <summary>The granularity of a value: 4 year, 7 month, 10 day; 0 for anything else.</summary>
    public static int Granularity(string value) => Format(value) is null ? 0 : Math.Min(value.Length, 10);
}
