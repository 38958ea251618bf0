using System.Globalization;

namespace QuizTui.Core.Times;

/// <summary>The small pieces rules are composed from: months, weekdays, days of month, years, parts of day.</summary>
internal sealed partial class TimeParser
{
    private static readonly HashSet<string> MonthCues =
    [
        "in", "of", "since", "until", "till", "by", "from", "to", "through", "early", "late", "mid", "last", "next",
        "this", "before", "after", "during", "between", "and", "or", "each", "every", "-", "end", "beginning",
        "middle", "start", "for", "late-", "around", "throughout", "that",
    ];

    private static readonly HashSet<string> FullMonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ];

    /// <summary>A month name at k: returns the index after it (and its dot), or -1.</summary>
    private int MonthAt(int k, out int month)
    {
        month = 0;
        if (!TimeLexicon.Months.TryGetValue(W(k), out month) || !Capitalized(k))
        {
            return -1;
        }

        var after = k + 1;
        if (!FullMonthNames.Contains(W(k)))
        {
            // "Oct." or "Oct 27"; a bare "Dec" or "Jan" is too often something else.
            if (Is(k + 1, ".") && Glued(k + 1))
            {
                return k + 2;
            }

            return DayAt(k + 1, out _) > 0 ? after : -1;
        }

        if (W(k) is "may" or "march")
        {
            // The modal verb and the verb "march": only with a day, a year or a preposition that wants a date.
            var next = after < Count && (DayAt(after, out _) > 0 || YearAt(after, out _) > 0 || (Is(after, ",") && YearAt(after + 1, out _) > 0));
            var previous = k > 0 && MonthCues.Contains(W(k - 1));
            if (!next && !previous)
            {
                return -1;
            }
        }

        return after;
    }

    /// <summary>A weekday name at k (abbreviations only with their dot); the index after it, or -1.</summary>
    private int WeekdayAt(int k, out int weekday)
    {
        weekday = 0;
        var w = W(k);
        if (!TimeLexicon.Weekdays.TryGetValue(w, out weekday) || !Capitalized(k))
        {
            return -1;
        }

        if (!w.EndsWith("day", StringComparison.Ordinal))
        {
            return Is(k + 1, ".") && Glued(k + 1) ? k + 2 : -1;
        }

        return k + 1;
    }

    /// <summary>A day of the month: "7", "07", "7th", "22nd".</summary>
    private int DayAt(int k, out int day)
    {
        day = 0;
        var w = W(k);
        var digits = w.Length > 2 && (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal) ||
            w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal)) ? w[..^2] : w;
        if (digits.Length is < 1 or > 2 || !digits.All(char.IsAsciiDigit))
        {
            return -1;
        }

        day = int.Parse(digits, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
        {
            return -1;
        }

        return k + 1;
    }

    /// <summary>A four-digit year 1000-2099.</summary>
    private int YearAt(int k, out int year)
    {
        year = 0;
        var w = W(k);
        if (w.Length != 4 || !w.All(char.IsAsciiDigit))
        {
            return -1;
        }

        year = int.Parse(w, CultureInfo.InvariantCulture);
        return year is >= 1000 and <= 2099 ? k + 1 : -1;
    }

    /// <summary>"morning", "afternoon", "evening", "night" → "TMO" ...</summary>
    private int PartOfDayAt(int k, out string suffix)
    {
        suffix = "";
        if (TimeLexicon.PartsOfDay.TryGetValue(W(k), out var code))
        {
            suffix = "T" + code;
            return k + 1;
        }

        return -1;
    }

    /// <summary>"last"/"this"/"next" and their synonyms before a weekday, month or season.</summary>
    private static Occurrence? OccurrenceOf(string word) => word switch
    {
        "last" or "past" or "previous" => Occurrence.Last,
        "this" or "current" => Occurrence.This,
        "next" or "coming" or "following" => Occurrence.Next,
        _ => null,
    };

    /// <summary>Splits a joined prefix such as "mid-November" or "late-1990s" into its mod and the rest.</summary>
    private static (string? Mod, string Remainder) SplitPositionPrefix(string word)
    {
        foreach (var (prefix, mod) in new[] { ("mid-", "MID"), ("early-", "START"), ("late-", "END") })
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length > prefix.Length)
            {
                return (mod, word[prefix.Length..]);
            }
        }

        return (null, word);
    }
}
