namespace QuizTui.Core.Times;

/// <summary>Rules for calendar dates: "Monday, Oct. 26, 1998", "May 7", "March", "Tuesday night", "7 May 2013".</summary>
internal sealed partial class TimeParser
{
    /// <summary>The longest date-like point at k (no clock times, durations or sets).</summary>
    private TimexMatch? Point(int k)
    {
        TimexMatch? best = null;
        Consider(ref best, DateForm(k));
        Consider(ref best, RelativeDay(k));
        Consider(ref best, Shifted(k));
        Consider(ref best, YearForm(k));
        Consider(ref best, QuarterForm(k));
        Consider(ref best, SeasonForm(k));
        Consider(ref best, Anaphor(k));
        Consider(ref best, Numeric(k));
        Consider(ref best, Clock(k));
        Consider(ref best, Named(k));
        return best;
    }

    private TimexMatch? DateForm(int i)
    {
        var k = i;
        int? weekday = null;
        if (WeekdayAt(k, out var wd) is var afterWeekday and > 0)
        {
            weekday = wd;
            // "Monday, Oct. 26": the explicit date wins; the weekday stays inside the extent.
            var m = Is(afterWeekday, ",") ? afterWeekday + 1 : afterWeekday;
            if (MonthDay(m) is { } full)
            {
                return full with { Start = i };
            }

            var end = afterWeekday;
            string? suffix = null;
            if (PartOfDayAt(end, out var part) > 0)
            {
                suffix = part;
                end++;
            }

            return Make(i, end, new CalendarMeaning(null, null, null, weekday, Occurrence.ByTense, suffix));
        }

        if (MonthDay(k) is { } date)
        {
            return date;
        }

        // "7 May 2013", "the 7th of May"
        var start = Is(k, "the") ? k + 1 : k;
        if (DayAt(start, out var day) is var afterDay and > 0)
        {
            var monthStart = Is(afterDay, "of") ? afterDay + 1 : afterDay;
            if (MonthAt(monthStart, out var month) is var afterMonth and > 0)
            {
                var end = afterMonth;
                int? year = YearAt(end, out var y) > 0 ? y : null;
                if (year is not null)
                {
                    end++;
                }

                return Make(i, end, new CalendarMeaning(year, month, day, null, Occurrence.ByTense, null));
            }
        }

        return null;
    }

    /// <summary>"May 7", "Sept. 30, 1997", "July 1997", "March of 1990", "March".</summary>
    private TimexMatch? MonthDay(int i)
    {
        if (MonthAt(i, out var month) is not (var k and > 0))
        {
            return null;
        }

        if (DayAt(k, out var day) is var afterDay and > 0)
        {
            var end = afterDay;
            int? year = null;
            var yearAt = Is(end, ",") ? end + 1 : end;
            if (YearAt(yearAt, out var y) > 0)
            {
                year = y;
                end = yearAt + 1;
            }

            return Make(i, end, new CalendarMeaning(year, month, day, null, Occurrence.ByTense, null));
        }

        var yearStart = Is(k, ",") || Is(k, "of") ? k + 1 : k;
        if (YearAt(yearStart, out var onlyYear) > 0)
        {
            return Make(i, yearStart + 1, new CalendarMeaning(onlyYear, month, null, null, Occurrence.ByTense, null));
        }

        if (IsAny(k, "nineteen", "eighteen", "two") && SpokenYear(k) is { Meaning: FixedMeaning spoken } spokenYear)
        {
            return Make(i, spokenYear.End, new CalendarMeaning(int.Parse(spoken.Value, System.Globalization.CultureInfo.InvariantCulture), month, null, null, Occurrence.ByTense, null));
        }

        // "June last year", "January this year".
        if (IsAny(k, "this", "last", "next") && Is(k + 1, "year"))
        {
            var shift = W(k) switch { "last" => -1, "next" => 1, _ => 0 };
            return Make(i, k + 2, new CalendarMeaning(null, month, null, null, Occurrence.ByTense, null, shift));
        }

        return Make(i, k, new CalendarMeaning(null, month, null, null, Occurrence.ByTense, null));
    }

    /// <summary>"today", "yesterday afternoon", "tomorrow", "tonight".</summary>
    private TimexMatch? RelativeDay(int i)
    {
        var (amount, suffix) = W(i) switch
        {
            "today" => (0, (string?)null),
            "yesterday" => (-1, null),
            "tomorrow" => (1, null),
            "tonight" => (0, "TNI"),
            _ => (int.MinValue, null),
        };
        if (amount == int.MinValue)
        {
            return null;
        }

        var end = i + 1;
        if (suffix is null && PartOfDayAt(end, out var part) > 0)
        {
            suffix = part;
            end++;
        }

        return Make(i, end, new ShiftMeaning(TimeUnit.Day, amount, suffix));
    }

    /// <summary>"last year", "this week", "next month", "last June", "last Friday", "last night", "this morning".</summary>
    private TimexMatch? Shifted(int i)
    {
        var k = i;
        if (Is(k, "this") && IsAny(k + 1, "past", "coming"))
        {
            k++;
        }

        var occurrence = OccurrenceOf(W(k));
        if (occurrence is not { } occ || W(k) is "past" or "coming" or "following" or "previous" or "current")
        {
            return null;
        }

        var amount = occ switch { Occurrence.Last => -1, Occurrence.Next => 1, _ => 0 };
        var next = k + 1;
        if (TimeLexicon.Units.TryGetValue(W(next), out var unit) && !W(next).EndsWith('s') && unit is not (TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour))
        {
            // "ABC's This Week": a title-cased unit is a name.
            if (Capitalized(next) && RawAt(next).Any(char.IsLower))
            {
                return null;
            }

            if (unit == TimeUnit.Day)
            {
                return null;
            }

            return Make(i, next + 1, new ShiftMeaning(unit, amount));
        }

        if (PartOfDayAt(next, out var part) > 0)
        {
            return W(next) == "night" && occ != Occurrence.Next
                ? Make(i, next + 1, new ShiftMeaning(TimeUnit.Day, occ == Occurrence.Last ? -1 : 0, part))
                : occ == Occurrence.This ? Make(i, next + 1, new ShiftMeaning(TimeUnit.Day, 0, part)) : null;
        }

        if (WeekdayAt(next, out var weekday) is var afterWeekday and > 0)
        {
            var end = afterWeekday;
            string? suffix = null;
            if (PartOfDayAt(end, out var p) > 0)
            {
                suffix = p;
                end++;
            }

            return Make(i, end, new CalendarMeaning(null, null, null, weekday, occ, suffix));
        }

        if (TimeLexicon.Months.TryGetValue(W(next), out _) && MonthAt(next, out var month) is var afterMonth and > 0)
        {
            // "last Oct. 23": the date is the expression; "last" only picks the year.
            if (DayAt(afterMonth, out _) > 0)
            {
                return null;
            }

            return Make(i, afterMonth, new CalendarMeaning(null, month, null, null, occ, null));
        }

        if (TimeLexicon.Seasons.TryGetValue(W(next), out var season))
        {
            return Make(i, next + 1, new SeasonMeaning(season, null, occ));
        }

        return null;
    }

    /// <summary>"the day", "that day", "the same day", "the next day", "the following morning", "the year", "that year".</summary>
    private TimexMatch? Anaphor(int i)
    {
        if (!IsAny(i, "the", "that"))
        {
            return null;
        }

        var k = i + 1;
        var amount = 0;
        if (IsAny(k, "same", "very"))
        {
            k++;
        }
        else if (IsAny(k, "next", "following"))
        {
            amount = 1;
            k++;
        }
        else if (Is(k, "previous"))
        {
            amount = -1;
            k++;
        }

        if (Is(k, "day"))
        {
            if (Is(k + 1, "before") && !IsAny(k + 2, "the", "a", "his", "her", "their", "its"))
            {
                return Make(i, k + 2, new ShiftMeaning(TimeUnit.Day, -1));
            }

            // A bare "the day" is rarely a date of its own ("late in the day", "the day belonged to ...").
            return amount == 0 && k == i + 1 && Is(i, "the") ? null : Make(i, k + 1, new ShiftMeaning(TimeUnit.Day, amount));
        }

        if (amount != 0 && PartOfDayAt(k, out var part) > 0)
        {
            return Make(i, k + 1, new ShiftMeaning(TimeUnit.Day, amount, part));
        }

        if (Is(i, "the") && amount == 0 && k == i + 1 && IsAny(k, "year", "month", "week", "weekend"))
        {
            // "the year" / "the week" speak of the reference's own year or week unless a duration says otherwise.
            if (Is(k + 1, "before") || Is(k + 1, "-"))
            {
                return null;
            }

            // "the year ended March 31" is a fiscal year: a stretch of time, not this calendar year.
            if (IsAny(k + 1, "ended", "ending", "to"))
            {
                return Make(i, k + 1, new FixedMeaning(TimeType.Duration, DurationValue(TimeLexicon.Units[W(k)], 1)));
            }

            if (Is(k, "year") && YearAt(k + 1, out var named) > 0 | SpokenYear(k + 1) is not null)
            {
                var end = SpokenYear(k + 1)?.End ?? k + 2;
                var value = SpokenYear(k + 1)?.Meaning is FixedMeaning spoken ? spoken.Value : named.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                return Make(i, end, new FixedMeaning(TimeType.Date, value));
            }

            return Make(i, k + 1, new ShiftMeaning(TimeLexicon.Units[W(k)], 0));
        }

        if (Is(i, "that") && Is(k, "year") && k == i + 1)
        {
            return Make(i, k + 1, new ShiftMeaning(TimeUnit.Year, 0));
        }

        return null;
    }
}
