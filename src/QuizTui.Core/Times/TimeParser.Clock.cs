using System.Globalization;

namespace QuizTui.Core.Times;

/// <summary>Rules for clock times, alone or with their day: "10:35 a.m.", "9 a.m. EST Tuesday", "midnight".</summary>
internal sealed partial class TimeParser
{
    private static readonly HashSet<string> Zones =
        ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "et", "pt"];

    private TimexMatch? Clock(int i)
    {
        int end;
        string clock;
        if (W(i) is "noon" or "midday" or "midnight" && !(Capitalized(i) && i > 0 && !IsAny(i - 1, ".", "``", "\"", "“")))
        {
            clock = W(i) == "midnight" ? "T24:00" : "T12:00";
            end = i + 1;
        }
        else if (ClockDigits(W(i)) is { } hm)
        {
            var (hour, minute) = hm;
            var k = i + 1;
            var marker = W(k).Replace(".", "", StringComparison.Ordinal);
            if (marker is "am" or "pm" && hour is >= 1 and <= 12)
            {
                hour = marker == "pm" ? (hour % 12) + 12 : hour % 12;
                end = k + 1;
            }
            else if (marker is "o'clock" && hour is >= 1 and <= 12)
            {
                end = k + 1;
            }
            else if (W(i).Length == 4 && Zones.Contains(W(k)) && hour <= 24)
            {
                end = k;
            }
            else if (W(i).Contains(':') && Zones.Contains(W(k)))
            {
                end = k;
            }
            else
            {
                return null;
            }

            clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        }
        else
        {
            return null;
        }

        if (Zones.Contains(W(end)))
        {
            end++;
        }

        // "9 a.m. Tuesday", "midnight Friday", "10 p.m. yesterday": one expression with the day's date.
        if (WeekdayAt(end, out var weekday) is var afterWeekday and > 0)
        {
            return Make(i, afterWeekday, new CalendarMeaning(null, null, null, weekday, Occurrence.ByTense, clock));
        }

        // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6"
        if (MonthDay(Is(end, ",") ? end + 1 : end) is { Meaning: CalendarMeaning { Day: not null } date } onDate)
        {
            return Make(i, onDate.End, date with { Suffix = clock });
        }

        if (RelativeDay(end) is { Meaning: ShiftMeaning { Suffix: null } day } relative)
        {
            return Make(i, relative.End, day with { Suffix = clock });
        }

        return Make(i, end, new CalendarMeaning(null, null, null, null, Occurrence.ByTense, clock));
    }

    /// <summary>"10" → (10, 0); "10:35" → (10, 35); "1400" → (14, 0).</summary>
    private static (int Hour, int Minute)? ClockDigits(string word)
    {
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return int.TryParse(word[..colon], CultureInfo.InvariantCulture, out var h) && h <= 24 &&
                word.Length - colon - 1 == 2 && int.TryParse(word[(colon + 1)..], CultureInfo.InvariantCulture, out var m) && m < 60
                ? (h, m)
                : null;
        }

        if (!word.All(char.IsAsciiDigit) || word.Length is 0 or 3 or > 4)
        {
            return null;
        }

        var value = int.Parse(word, CultureInfo.InvariantCulture);
        return word.Length == 4 ? (value / 100 <= 24 && value % 100 < 60 ? (value / 100, value % 100) : null) : (value, 0);
    }
}
