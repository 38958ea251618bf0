using System.Globalization;

namespace QuizTui.Core.Questions;

/// <summary>Readable forms of TIMEX3 date values ("2013-03" → "March 2013") and nearby values for distractors.</summary>
internal static class TimeText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>
    /// The readable form, or null when the value is not a calendar date (durations, "PRESENT_REF", "XXXX-05"):
    /// a year, month or day; a decade ("192" → "the 1920s"), a century ("16" → "the 17th century"), a season
    /// ("1937-FA" → "autumn 1937"), or a day without its year ("XXXX-02-18" → "February 18").
    /// </summary>
    public static string? Format(string value)
    {
        var core = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
        if (core.Length == 4 && int.TryParse(core, NumberStyles.None, English, out var year) && year is > 1000 and < 2200)
        {
            return year.ToString(English);
        }

        if (core.Length == 3 && int.TryParse(core, NumberStyles.None, English, out var decade) && decade is >= 10 and < 220)
        {
            return $"the {decade * 10}s";
        }

        if (core.Length == 2 && int.TryParse(core, NumberStyles.None, English, out var century) && century is >= 0 and < 22)
        {
            return $"the {Ordinal(century + 1)} century";
        }

        if (Season(core) is ({ } name, var seasonYear))
        {
            return $"{name} {seasonYear.ToString(English)}";
        }

        if (Part(core) is ({ } part, var partYear))
        {
            return $"the {part} of {partYear.ToString(English)}";
        }

        if (core.Length == 7 && DateTime.TryParseExact(core, "yyyy-MM", English, DateTimeStyles.None, out var month))
        {
            return month.ToString("MMMM yyyy", English);
        }

        if (Weekday(core) is { } weekday)
        {
            return weekday.ToString();
        }

        if (MonthOfSomeYear(core) is { } someMonth)
        {
            return someMonth.ToString("MMMM", English);
        }

        if (core.Length == 10 && core.StartsWith("XXXX-", StringComparison.Ordinal) && DayOfYear(core) is { } unknownYear)
        {
            return unknownYear.ToString("MMMM d", English);
        }

        if (core.Length == 10 && DateTime.TryParseExact(core, "yyyy-MM-dd", English, DateTimeStyles.None, out var day))
        {
            return day.ToString("MMMM d, yyyy", English);
        }

        return null;
    }

    /// <summary>
    /// True when the words <paramref name="said"/> already tell all the readable form does (the year's or decade's
    /// digits, the month's name): "the late 1920s", "the fall of 1937", "18 February" need no "(...)" after them.
    /// </summary>
    public static bool SaysAll(string said, string formatted)
    {
        var words = said.Split([' ', ',', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        return formatted.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsDigit) || Months.Contains(w))
            .All(w => words.Any(x => x.Equals(w, StringComparison.OrdinalIgnoreCase) || (w.Any(char.IsDigit) && x.TrimEnd('s') == w.TrimEnd('s'))));
    }

    private static readonly HashSet<string> Months = new(English.DateTimeFormat.MonthNames.Where(m => m.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>The parts of a year a value may name after its year: seasons, quarters and halves.</summary>
    private static readonly Dictionary<string, string> YearParts = new(StringComparer.Ordinal)
    {
        ["SP"] = "spring", ["SU"] = "summer", ["FA"] = "autumn", ["WI"] = "winter",
        ["Q1"] = "first quarter", ["Q2"] = "second quarter", ["Q3"] = "third quarter", ["Q4"] = "fourth quarter",
        ["H1"] = "first half", ["H2"] = "second half",
    };

    /// <summary>"1937-FA" → ("autumn", 1937), "2004-Q2" → ("second quarter", 2004); null for anything else.</summary>
    private static (string?, int) YearPart(string value) =>
        value.Length == 7 && value[4] == '-' && int.TryParse(value[..4], NumberStyles.None, English, out var year) && year is > 1000 and < 2200
            && YearParts.TryGetValue(value[5..], out var name) ? (name, year) : (null, 0);

    /// <summary>"1937-FA" → ("autumn", 1937); null for anything else.</summary>
    private static (string?, int) Season(string value) => value.Length == 7 && value[5] is not ('Q' or 'H') ? YearPart(value) : (null, 0);

    /// <summary>"2004-Q2" → ("second quarter", 2004), "2005-H1" → ("first half", 2005); null for anything else.</summary>
    private static (string?, int) Part(string value) => value.Length == 7 && value[5] is 'Q' or 'H' ? YearPart(value) : (null, 0);

    /// <summary>
    /// True for a quarter or half of a year whose words do not say the year: "in the first half" of a match is no half of
    /// the year the time tagger resolves it to.
    /// </summary>
    public static bool UnwrittenYearPart(string value, string text) =>
        Part(value) is ({ }, var year) && !text.Contains(year.ToString(English), StringComparison.Ordinal);

    /// <summary>True for a day of the week the article does not date ("on Thursday").</summary>
    public static bool IsWeekday(string value) => Weekday(value.Length > 10 && value[10] == 'T' ? value[..10] : value) is not null;

    /// <summary>"XXXX-WXX-4" (a Thursday of a week the article does not date) → Thursday; null for anything else.</summary>
    private static DayOfWeek? Weekday(string value) =>
        value.Length == 10 && value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && value[9] is >= '1' and <= '7' ? (DayOfWeek)((value[9] - '0') % 7) : null;

    /// <summary>"XXXX-06" (June of a year the article does not give) as the first of that month, or null.</summary>
    private static DateTime? MonthOfSomeYear(string value) =>
        value.Length == 7 && value.StartsWith("XXXX-", StringComparison.Ordinal)
            && DateTime.TryParseExact("2000" + value[4..], "yyyy-MM", English, DateTimeStyles.None, out var month) ? month : null;

    /// <summary>"XXXX-02-18" as a day of a leap year (so February 29 exists), or null.</summary>
    private static DateTime? DayOfYear(string value) =>
        DateTime.TryParseExact("2000" + value[4..], "yyyy-MM-dd", English, DateTimeStyles.None, out var day) ? day : null;

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>Other words a learner may type for the value ("March 2013" → "March"; "May 7, 2013" → "7 May 2013", "May 7"; "the 1920s" → "1920s").</summary>
    public static IEnumerable<string> Variants(string value)
    {
        var core = value.Length > 10 ? value[..10] : value;
        if (core.Length is 2 or 3 && Format(core) is { } period)
        {
            yield return period[4..];
        }

        if (Season(core) is ("autumn", var autumn))
        {
            yield return $"fall {autumn.ToString(English)}";
        }

        if (core.StartsWith("XXXX-", StringComparison.Ordinal) && core.Length == 10 && DayOfYear(core) is { } someDay)
        {
            yield return someDay.ToString("d MMMM", English);
        }

        if (Part(core) is ({ } part, var partYear))
        {
            yield return $"{part} of {partYear.ToString(English)}";
            yield return $"{core[5..]} {partYear.ToString(English)}";
        }

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
        if (core.Length is 2 or 3 or 4 && int.TryParse(core, NumberStyles.None, English, out var number))
        {
            // Years, decades ("192") and centuries ("16") alike: the neighbouring ones, never before year 1.
            return steps.Where(d => number + d >= 1).Select(d => (number + d).ToString(new string('0', core.Length), English));
        }

        if (Season(core) is ({ }, var year))
        {
            // The same season of the years around, then the other seasons of that year.
            var season = core[5..];
            return steps.Take(4).Select(d => $"{(year + d).ToString(English)}-{season}")
                .Concat(new[] { "SP", "SU", "FA", "WI" }.Where(x => x != season).Select(x => $"{year.ToString(English)}-{x}"));
        }

        if (Part(core) is ({ }, var partYear))
        {
            // The other quarters (or the other half) of that year, then the same one of the years around.
            var letter = core[5];
            var count = letter == 'Q' ? 4 : 2;
            return Enumerable.Range(1, count).Select(n => $"{partYear.ToString(English)}-{letter}{n}").Where(x => x != core)
                .Concat(steps.Take(4).Select(d => $"{(partYear + d).ToString(English)}-{core[5..]}"));
        }

        if (core.Length == 7 && DateTime.TryParseExact(core, "yyyy-MM", English, DateTimeStyles.None, out var month))
        {
            return steps.Select(d => month.AddMonths(d * 2).ToString("yyyy-MM", English));
        }

        if (core.Length == 10 && core.StartsWith("XXXX-", StringComparison.Ordinal) && DayOfYear(core) is { } someDay)
        {
            return steps.Select(d => "XXXX-" + someDay.AddDays(d * 3).ToString("MM-dd", English));
        }

        if (MonthOfSomeYear(core) is { } someMonth)
        {
            return steps.Select(d => "XXXX-" + someMonth.AddMonths(d).ToString("MM", English));
        }

        if (Weekday(core) is { } weekday)
        {
            // The days around it in the week, Monday (1) to Sunday (7).
            var ofWeek = weekday == DayOfWeek.Sunday ? 7 : (int)weekday;
            return steps.Take(6).Select(d => ofWeek + d).Where(n => n is >= 1 and <= 7).Select(n => $"XXXX-WXX-{n.ToString(English)}");
        }

        if (core.Length == 10 && DateTime.TryParseExact(core, "yyyy-MM-dd", English, DateTimeStyles.None, out var day))
        {
            return steps.Select(d => day.AddDays(d * 3).ToString("yyyy-MM-dd", English));
        }

        return [];
    }

    /// <summary>
    /// The granularity of a value, the length of the prefix it fixes: 2 century, 3 decade, 4 year, 7 month, 10 day;
    /// 0 for anything else (a season, a quarter or a half is no prefix of the months in it, a day without its year no
    /// prefix of anything).
    /// </summary>
    public static int Granularity(string value) =>
        Format(value) is null || Season(value.Length > 7 ? value[..7] : value).Item1 is not null || Part(value).Item1 is not null || value.StartsWith('X') ? 0 : Math.Min(value.Length, 10);
}
