using System.Globalization;

namespace QuizTui.Core.Times;

/// <summary>Rules for years, decades, centuries, quarters, halves, fiscal years and seasons.</summary>
internal sealed partial class TimeParser
{
    /// <summary>"1996", "fiscal 1989", "the 1990s", "mid-1990s", "the '80s", "the 20th century".</summary>
    private TimexMatch? YearForm(int i)
    {
        var k = i;
        if (Is(k, "fiscal") && (Is(k + 1, "year") ? YearAt(k + 2, out _) > 0 : YearAt(k + 1, out _) > 0))
        {
            k += Is(k + 1, "year") ? 2 : 1;
            YearAt(k, out var fiscal);
            return Make(i, k + 1, new FixedMeaning(TimeType.Date, fiscal.ToString("D4", CultureInfo.InvariantCulture)));
        }

        if (YearAt(k, out var year) > 0)
        {
            if (W(k - 1) is "$" or "#" || IsAny(k + 1, "%", "percent") || (Is(k + 1, "-") && char.IsAsciiDigit(W(k + 2).FirstOrDefault())))
            {
                return null;
            }

            // An older year needs a preposition that makes it a date ("in 1072"), not a count ("1200 troops").
            return year >= 1600 || (IsAny(k - 1, "in", "since", "until", "around", "by") && !char.IsAsciiDigit(W(k + 1).FirstOrDefault()))
                ? Make(i, k + 1, new FixedMeaning(TimeType.Date, W(k))) : null;
        }

        var the = Is(k, "the") ? 1 : 0;
        if (Decade(k + the) is { } decade)
        {
            return decade with { Start = i };
        }

        // "the 20th century", "the nineteenth century"
        if (the == 1 && Is(k + 2, "century") && CenturyNumber(W(k + 1)) is { } century)
        {
            return Make(i, k + 3, new FixedMeaning(TimeType.Date, (century - 1).ToString("D2", CultureInfo.InvariantCulture)));
        }

        return null;
    }

    private TimexMatch? Decade(int k)
    {
        var (mod, word) = SplitPositionPrefix(W(k));
        var start = k;
        if (word == "'" && W(k + 1) is { Length: 3 } shortDecade && shortDecade.EndsWith('s') && shortDecade[..2].All(char.IsAsciiDigit))
        {
            return Make(start, k + 2, new FixedMeaning(TimeType.Date, "19" + shortDecade[0]), mod);
        }

        if (word.Length == 5 && word.EndsWith('s') && word[..4].All(char.IsAsciiDigit) && word[3] == '0')
        {
            return Make(start, k + 1, new FixedMeaning(TimeType.Date, word[..3]), mod);
        }

        if (mod is not null && word.Length == 4 && word.All(char.IsAsciiDigit))
        {
            return Make(start, k + 1, new FixedMeaning(TimeType.Date, word), mod);
        }

        return null;
    }

    private static int? CenturyNumber(string word)
    {
        if (TimeLexicon.Ordinals.TryGetValue(word, out var n))
        {
            return n;
        }

        return word.Length is 3 or 4 && word.EndsWith("th", StringComparison.Ordinal) && int.TryParse(word[..^2], out var c) ? c : null;
    }

    /// <summary>"the third quarter", "third-quarter", "the first half of 1989", "the year-ago quarter", "fiscal 1989's second quarter".</summary>
    private TimexMatch? QuarterForm(int i)
    {
        var k = i;
        int? year = null;
        var shift = 0;
        if (YearAt(k, out var y) > 0 && Is(k + 1, "'s"))
        {
            year = y;
            k += 2;
        }
        else if (IsAny(k, "this", "last", "next") && Is(k + 1, "year") && Is(k + 2, "'s"))
        {
            shift = W(k) switch { "last" => -1, "next" => 1, _ => 0 };
            k += 3;
        }
        else if (Is(k, "the"))
        {
            k++;
            // "the 1988 period", "the 1988 third quarter"
            if (YearAt(k, out var periodYear) > 0 && (QuarterWord(W(k + 1)) is not null || QuarterNumber(W(k + 1)) is { Number: not null }))
            {
                year = periodYear;
                k++;
            }
        }

        if (Is(k, "fiscal"))
        {
            k++;
        }

        // One joined token: "third-quarter", "first-half".
        var joined = W(k).Split('-');
        if (joined.Length == 2 && QuarterWord(joined[1]) is { } joinedUnit && QuarterNumber(joined[0]) is { } joinedNumber)
        {
            // "the third-quarter results": the determiner belongs to the noun.
            return Make(year is null && shift == 0 ? k : i, k + 1, new QuarterMeaning(joinedUnit, joinedNumber.Number, year, shift + joinedNumber.Shift));
        }

        var number = QuarterNumber(W(k));
        if (number is not null)
        {
            k++;
            // "the year-earlier third quarter", "the comparable year-ago quarter"
            if (number is { Number: null, Shift: var s } && QuarterNumber(W(k)) is { Number: not null } ordinal)
            {
                number = (ordinal.Number, s);
                k++;
            }
        }
        else if (Is(k, "comparable") && QuarterNumber(W(k + 1)) is { } compared)
        {
            number = compared;
            k += 2;
        }

        if (Is(k, "fiscal"))
        {
            k++;
        }

        if (QuarterWord(W(k)) is not { } unit || (number is null && !Is(i, "the") && year is null && shift == 0))
        {
            return null;
        }

        if (number is null && k != i + 1 && !(year is not null || shift != 0))
        {
            return null;
        }

        // "the latest period", "the year-ago period": a reporting period only after such a word.
        if (W(k) == "period" && (number is not { Number: null } || !Is(i, "the")))
        {
            return null;
        }

        var end = k + 1;
        if (Is(end, "of") && YearAt(end + 1, out var ofYear) > 0)
        {
            year = ofYear;
            end += 2;
        }
        else if (YearAt(end, out var directYear) > 0)
        {
            year = directYear;
            end++;
        }

        return Make(i, end, new QuarterMeaning(unit, number?.Number, year, shift + (number?.Shift ?? 0)));
    }

    private static TimeUnit? QuarterWord(string word) => word switch
    {
        "quarter" or "period" => TimeUnit.Quarter,
        "half" => TimeUnit.Half,
        _ => null,
    };

    private static (int? Number, int Shift)? QuarterNumber(string word) => word switch
    {
        "first" or "1st" => (1, 0),
        "second" or "2nd" => (2, 0),
        "third" or "3rd" => (3, 0),
        "fourth" or "4th" => (4, 0),
        "latest" or "last" or "current" or "recent" or "latest" => (null, 0),
        "year-ago" or "year-earlier" or "year-before" => (null, -1),
        _ => null,
    };

    /// <summary>"summer", "the winter of 1996", "fall 1998".</summary>
    private TimexMatch? SeasonForm(int i)
    {
        var k = Is(i, "the") ? i + 1 : i;
        if (!TimeLexicon.Seasons.TryGetValue(W(k), out var season))
        {
            return null;
        }

        var end = k + 1;
        int? year = null;
        var yearAt = Is(end, "of") ? end + 1 : end;
        if (YearAt(yearAt, out var y) > 0)
        {
            year = y;
            end = yearAt + 1;
        }
        else if (Is(end, "of") && SpokenYear(yearAt) is { Meaning: FixedMeaning spoken } spokenYear)
        {
            year = int.Parse(spoken.Value, CultureInfo.InvariantCulture);
            end = spokenYear.End;
        }

        // "fall" and "spring" are also a verb and a noun: only with "the" or a year.
        if (year is null && W(k) is "fall" or "spring" && k == i)
        {
            return null;
        }

        return Make(i, end, new SeasonMeaning(season, year, Occurrence.ByTense));
    }

    /// <summary>"1996-12-06", "12/06/1996", "12/6/96".</summary>
    private TimexMatch? Numeric(int i)
    {
        var w = W(i);
        if (w.Length == 10 && w[4] == '-' && w[7] == '-' && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return Make(i, i + 1, new FixedMeaning(TimeType.Date, iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var parts = w.Split('/');
        if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[2].Length is 2 or 4 &&
            int.Parse(parts[0], CultureInfo.InvariantCulture) is var m and >= 1 and <= 12 &&
            int.Parse(parts[1], CultureInfo.InvariantCulture) is var d and >= 1 and <= 31)
        {
            var y = int.Parse(parts[2], CultureInfo.InvariantCulture);
            y = parts[2].Length == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
            return d <= DateTime.DaysInMonth(y, m)
                ? Make(i, i + 1, new FixedMeaning(TimeType.Date, new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                : null;
        }

        return null;
    }
}
