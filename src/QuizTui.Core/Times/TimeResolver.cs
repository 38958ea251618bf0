using System.Globalization;

namespace QuizTui.Core.Times;

/// <summary>
/// Turns a recognised meaning into a TIMEX3 value against the reference date: weekdays and months without a
/// year pick their occurrence from the clause's tense ("said Tuesday" → the latest Tuesday on or before the
/// reference, "will meet Friday" → the next one), "last"/"next" step strictly before/after it.
/// </summary>
internal static class TimeResolver
{
    public static (TimeType Type, string Value) Resolve(TimeMeaning meaning, DateOnly? reference, Tense tense)
    {
        var value = meaning switch
        {
            FixedMeaning f => f.Value,
            CalendarMeaning c => Calendar(c, reference, tense),
            ShiftMeaning s => reference is { } r ? Shift(Weekend(s, r, tense), r) : Unknown(s.Unit) + s.Suffix,
            QuarterMeaning q => Quarter(q, reference, tense),
            SeasonMeaning s => Season(s, reference, tense),
            HolidayMeaning h => Holiday(h, reference, tense),
            _ => "XXXX",
        };
        var type = meaning switch
        {
            FixedMeaning f => f.Type,
            _ when value.Contains('T', StringComparison.Ordinal) && !value.EndsWith("-WE", StringComparison.Ordinal) => TimeType.Time,
            _ => TimeType.Date,
        };
        return (type, value);
    }

    private static string Calendar(CalendarMeaning c, DateOnly? reference, Tense tense)
    {
        if (c.YearShift is { } shift && reference is { } shifted)
        {
            c = c with { Year = shifted.Year + shift };
        }

        var suffix = c.Suffix ?? "";
        if (c.Month is { } month)
        {
            if (c.Day is { } day)
            {
                var year = c.Year ?? (reference is { } r ? YearFor(r, month, day, c.Occurrence, tense) : null);
                return year is { } y && day <= DateTime.DaysInMonth(y, month)
                    ? Iso(new DateOnly(y, month, day)) + suffix
                    : $"{Year(year)}-{month:D2}-{day:D2}{suffix}";
            }

            var monthYear = c.Year ?? (reference is { } rm ? YearFor(rm, month, 0, c.Occurrence, tense) : null);
            return $"{Year(monthYear)}-{month:D2}";
        }

        if (reference is not { } today)
        {
            return c.Weekday is { } wd ? $"XXXX-WXX-{wd}{suffix}" : "XXXX-XX-XX" + suffix;
        }

        if (c.Weekday is { } weekday)
        {
            return Iso(WeekdayDate(today, weekday, c.Occurrence, tense)) + suffix;
        }

        return Iso(today) + suffix;
    }

    /// <summary>The date of a weekday relative to the reference: the latest one on or before it in the past tense, the next one on or after it in the future.</summary>
    internal static DateOnly WeekdayDate(DateOnly reference, int weekday, Occurrence occurrence, Tense tense)
    {
        var today = IsoDay(reference);
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        var offset = occurrence switch
        {
            Occurrence.Last => back == 0 ? -7 : -back,
            Occurrence.Next => ahead == 0 ? 7 : ahead,
            Occurrence.This => weekday - today,
            _ => tense == Tense.Future ? ahead : -back,
        };
        return reference.AddDays(offset);
    }

    /// <summary>The year of a month (and day; 0 = the whole month) said without one.</summary>
    internal static int YearFor(DateOnly reference, int month, int day, Occurrence occurrence, Tense tense)
    {
        var y = reference.Year;
        var key = (month * 100) + day;
        var now = (reference.Month * 100) + (day == 0 ? 0 : reference.Day);
        // Months from the reference to this year's occurrence (negative: already past).
        var ahead = month - reference.Month + ((day == 0 ? 0 : day - reference.Day) / 31.0);
        return occurrence switch
        {
            Occurrence.Last => key < now ? y : y - 1,
            Occurrence.Next => key > now ? y : y + 1,
            Occurrence.This => y,
            // Tense cues are noisy, so a date just ahead of the reference stays in its year even in the past tense.
            _ when tense == Tense.Past => ahead <= 2 ? y : y - 1,
            _ when tense == Tense.Future => key >= now || ahead > -1 ? y : y + 1,
            // No cue: the nearest occurrence, within half a year either way.
            _ => ahead > 6 ? y - 1 : ahead < -6 ? y + 1 : y,
        };
    }

    /// <summary>"the weekend" said on a weekday, outside the future tense, is the one just past.</summary>
    private static ShiftMeaning Weekend(ShiftMeaning s, DateOnly r, Tense tense) =>
        s is { Unit: TimeUnit.Weekend, Amount: 0 } && IsoDay(r) < 6 && tense != Tense.Future ? s with { Amount = -1 } : s;

    private static string Shift(ShiftMeaning s, DateOnly r)
    {
        switch (s.Unit)
        {
            case TimeUnit.Day:
                return Iso(r.AddDays(s.Amount)) + (s.Suffix ?? "");
            case TimeUnit.Week:
            case TimeUnit.Weekend:
                var d = r.AddDays(7 * s.Amount).ToDateTime(TimeOnly.MinValue);
                var week = $"{ISOWeek.GetYear(d):D4}-W{ISOWeek.GetWeekOfYear(d):D2}";
                return s.Unit == TimeUnit.Weekend ? week + "-WE" : week;
            case TimeUnit.Month:
                return r.AddMonths(s.Amount).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            case TimeUnit.Quarter:
                var q = r.AddMonths(3 * s.Amount);
                return $"{q.Year:D4}-Q{((q.Month - 1) / 3) + 1}";
            case TimeUnit.Half:
                var h = r.AddMonths(6 * s.Amount);
                return $"{h.Year:D4}-H{((h.Month - 1) / 6) + 1}";
            case TimeUnit.Decade:
                return ((r.Year / 10) + s.Amount).ToString("D3", CultureInfo.InvariantCulture);
            case TimeUnit.Century:
                return ((r.Year / 100) + s.Amount).ToString("D2", CultureInfo.InvariantCulture);
            case TimeUnit.Year:
            default:
                return (r.Year + s.Amount).ToString("D4", CultureInfo.InvariantCulture);
        }
    }

    private static string Quarter(QuarterMeaning q, DateOnly? reference, Tense tense)
    {
        var letter = q.Unit == TimeUnit.Half ? "H" : "Q";
        var size = q.Unit == TimeUnit.Half ? 6 : 3;
        if (reference is not { } r)
        {
            return $"{Year(q.Year)}-{letter}{(q.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "X")}";
        }

        var current = ((r.Month - 1) / size) + 1;
        var year = q.Year ?? r.Year + q.YearShift;
        int number;
        if (q.Number is { } given)
        {
            number = given;
            if (q.Year is null && q.YearShift == 0 && given > current && tense == Tense.Past)
            {
                year--;
            }
        }
        else
        {
            // "the quarter" in a report is the last one completed.
            number = current - 1;
            if (number == 0)
            {
                number = size == 3 ? 4 : 2;
                year--;
            }
        }

        return $"{year:D4}-{letter}{number}";
    }

    private static string Season(SeasonMeaning s, DateOnly? reference, Tense tense)
    {
        if (s.Year is { } y)
        {
            return $"{y:D4}-{s.Season}";
        }

        if (reference is not { } r)
        {
            return "XXXX-" + s.Season;
        }

        var order = new[] { "WI", "SP", "SU", "FA" };
        var index = Array.IndexOf(order, s.Season);
        var current = (r.Month % 12) / 3;
        var year = s.Occurrence switch
        {
            Occurrence.Last => index < current ? r.Year : r.Year - 1,
            Occurrence.Next => index > current ? r.Year : r.Year + 1,
            Occurrence.This => r.Year,
            _ when tense == Tense.Past && index > current => r.Year - 1,
            _ when tense == Tense.Future && index < current => r.Year + 1,
            _ => r.Year,
        };
        return $"{year:D4}-{s.Season}";
    }

    private static string Holiday(HolidayMeaning h, DateOnly? reference, Tense tense)
    {
        if (h.Year is { } y)
        {
            return Iso(h.Date(y));
        }

        if (reference is not { } r)
        {
            return "XXXX-XX-XX";
        }

        var thisYear = h.Date(r.Year);
        return Iso(h.Date(YearFor(r, thisYear.Month, thisYear.Day, Occurrence.ByTense, tense)));
    }

    private static string Unknown(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => "XXXX-XX-XX",
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        _ => "XXXX",
    };

    private static string Year(int? year) => year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
