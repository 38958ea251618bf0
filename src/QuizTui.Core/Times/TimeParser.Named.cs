namespace QuizTui.Core.Times;

/// <summary>Rules for named days and the year's end: "Thanksgiving Day", "Christmas Eve", "year-end", "the current fiscal year".</summary>
internal sealed partial class TimeParser
{
    private TimexMatch? Named(int i)
    {
        if (Capitalized(i))
        {
            foreach (var (words, date) in Holidays.All)
            {
                if (Words(i, words) is var end and > 0)
                {
                    int? year = YearAt(end, out var y) > 0 ? y : null;
                    return Make(i, year is null ? end : end + 1, new HolidayMeaning(date, year));
                }
            }
        }

        // "year-end", "by year end", "before year's end".
        if (Is(i, "year-end") && !W(i + 1).All(char.IsLetter) || Is(i, "year") && Is(i + 1, "end") || Is(i, "year") && Is(i + 1, "'s") && Is(i + 2, "end"))
        {
            var end = Is(i, "year-end") ? i + 1 : Is(i + 1, "end") ? i + 2 : i + 3;
            return Make(i, end, new ShiftMeaning(TimeUnit.Year, 0), "END");
        }

        if (Is(i, "the") && Is(i + 1, "full") && Is(i + 2, "year"))
        {
            return Make(i, i + 3, new ShiftMeaning(TimeUnit.Year, 0));
        }

        // "the current fiscal year", "the current quarter".
        if (Is(i, "the") && Is(i + 1, "current"))
        {
            var k = Is(i + 2, "fiscal") ? i + 3 : i + 2;
            if (IsAny(k, "year", "quarter", "month", "week"))
            {
                return Make(i, k + 1, new ShiftMeaning(TimeLexicon.Units[W(k)], 0));
            }
        }

        return SpokenYear(i);
    }

    /// <summary>"nineteen ninety-six" → 1996 (broadcast transcripts).</summary>
    private TimexMatch? SpokenYear(int i)
    {
        if (Is(i, "two") && Is(i + 1, "thousand"))
        {
            var extra = Is(i + 2, "and") ? 3 : 2;
            var after = Text.NumberReader.Word(W(i + extra)) is { } small && small < 100 && !char.IsAsciiDigit(W(i + extra)[0]) ? (int)small : -1;
            return after >= 0
                ? Make(i, i + extra + 1, new FixedMeaning(TimeType.Date, (2000 + after).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                : Make(i, i + 2, new FixedMeaning(TimeType.Date, "2000"));
        }

        if (!IsAny(i, "nineteen", "eighteen") || Text.NumberReader.Word(W(i + 1)) is not { } rest || rest < 10 || char.IsAsciiDigit(W(i + 1)[0]))
        {
            return null;
        }

        var century = W(i) == "nineteen" ? 1900 : 1800;
        return Make(i, i + 2, new FixedMeaning(TimeType.Date, (century + (int)rest).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
