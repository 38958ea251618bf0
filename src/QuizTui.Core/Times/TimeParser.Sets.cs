namespace QuizTui.Core.Times;

/// <summary>Rules for sets and vague references: "every year", "each week", "daily", "now", "recently", "the future".</summary>
internal sealed partial class TimeParser
{
    private static readonly Dictionary<string, string> Adverbs = new(StringComparer.Ordinal)
    {
        ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W", ["biweekly"] = "P2W", ["monthly"] = "P1M",
        ["quarterly"] = "P3M", ["annually"] = "P1Y", ["yearly"] = "P1Y", ["hourly"] = "PT1H",
    };

    private TimexMatch? Set(int i)
    {
        // "its quarterly dividend": an adjective before a noun is a property, not a set of times; "the Daily Telegraph",
        // "the Weekly Standard": a capitalised one before a capitalised word is a paper's name.
        if (Adverbs.TryGetValue(W(i), out var adverb) && !(W(i) == "quarterly" && W(i + 1).All(char.IsLetter) && W(i + 1).Length > 0)
            && !(Capitalized(i) && Capitalized(i + 1)))
        {
            return Make(i, i + 1, new FixedMeaning(TimeType.Set, adverb));
        }

        if (!IsAny(i, "every", "each"))
        {
            return null;
        }

        var k = i + 1;
        decimal count = 1;
        if (Is(k, "other"))
        {
            count = 2;
            k++;
        }
        else if (Text.NumberReader.Read(Lower, k, out var n) is var afterNumber and > 0)
        {
            count = n;
            k = afterNumber;
        }

        if (TimeLexicon.Units.TryGetValue(W(k), out var unit) && unit != TimeUnit.Weekend)
        {
            return Make(i, k + 1, new FixedMeaning(TimeType.Set, DurationValue(unit, count)));
        }

        if (WeekdayAt(k, out var weekday) is var afterWeekday and > 0)
        {
            return Make(i, afterWeekday, new FixedMeaning(TimeType.Set, $"XXXX-WXX-{weekday}"));
        }

        if (MonthAt(k, out var month) is var afterMonth and > 0)
        {
            return Make(i, afterMonth, new FixedMeaning(TimeType.Set, $"XXXX-{month:D2}"));
        }

        if (PartOfDayAt(k, out var part) > 0)
        {
            return Make(i, k + 1, new FixedMeaning(TimeType.Set, $"XXXX-XX-XX{part}"));
        }

        if (W(k) == "weekend")
        {
            return Make(i, k + 1, new FixedMeaning(TimeType.Set, "XXXX-WXX-WE"));
        }

        return null;
    }

    /// <summary>A lower-case word (not a function word) follows: the adjective modifies a noun.</summary>
    private bool IsNounAhead(int k) =>
        W(k) is { Length: > 2 } w && w.All(c => char.IsLetter(c) || c == '-') && !Capitalized(k) &&
        w is not ("and" or "the" or "for" or "was" or "are" or "is" or "has" or "with" or "from" or "that" or "than" or "account" or "accounts");

    private TimexMatch? Reference(int i)
    {
        var value = W(i) switch
        {
            "now" or "currently" or "nowadays" or "presently" => "PRESENT_REF",
            "recently" or "lately" => "PAST_REF",
            // Adjectives that place a noun in time: "current market conditions", "recent declines".
            "current" when !Is(i - 1, "then") && IsNounAhead(i + 1) => "PRESENT_REF",
            "recent" when IsNounAhead(i + 1) => "PAST_REF",
            _ => null,
        };
        if (value is not null)
        {
            return Make(i, i + 1, new FixedMeaning(TimeType.Date, value));
        }

        if (Is(i, "these") && Is(i + 1, "days"))
        {
            return Make(i, i + 2, new FixedMeaning(TimeType.Date, "PRESENT_REF"));
        }

        var k = Is(i, "the") ? i + 1 : i;
        if (k == i + 1 && IsAny(k, "near", "distant", "foreseeable", "immediate"))
        {
            k++;
        }

        if (Is(k, "future") && (k > i || Is(i - 1, "in")))
        {
            return Make(i, k + 1, new FixedMeaning(TimeType.Date, "FUTURE_REF"));
        }

        if (k == i + 1 && Is(k, "past") && !TimeLexicon.Units.ContainsKey(W(k + 1)) && Text.NumberReader.Word(W(k + 1)) is null &&
            !IsAny(k + 1, "few", "several", "decade", "two", "month", "year"))
        {
            return Make(i, k + 1, new FixedMeaning(TimeType.Date, "PAST_REF"));
        }

        return null;
    }
}
