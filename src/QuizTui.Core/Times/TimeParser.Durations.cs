using QuizTui.Core.Text;

namespace QuizTui.Core.Times;

/// <summary>Rules for durations and the dates counted from now: "more than two hours", "the past three years",
/// "two-year", "recent weeks", "a year ago", "several days later".</summary>
internal sealed partial class TimeParser
{
    private static readonly HashSet<string> DurationOpeners =
        ["past", "last", "next", "first", "coming", "previous", "following", "final", "remaining", "initial", "latest", "same"];

    private static readonly HashSet<string> BetweenNumberAndUnit =
        ["more", "full", "straight", "consecutive", "additional", "long", "extra", "successive"];

    private static readonly HashSet<string> VagueCounts = ["several", "few", "many", "some", "numerous"];

    private static readonly HashSet<string> BarePluralCues = ["for", "over", "within", "after", "in", "took", "take", "takes"];

    private TimexMatch? Duration(int i)
    {
        var k = i;
        string? mod = null;
        foreach (var (words, m) in TimeLexicon.Quantifiers)
        {
            if (Words(i, words) is var after and > 0 && after > k && !(words[0] == "over" && IsAny(after, "the", "that", "this")))
            {
                k = after;
                mod = m;
            }
        }

        if (Is(k, "the"))
        {
            k++;
        }

        // "would last four days": after a modal or "to", "last" is the verb.
        if (k == i && IsAny(k, "last", "next") && IsAny(k - 1, "will", "would", "could", "can", "may", "might", "should", "must", "to", "'ll", "did", "does", "n't", "not"))
        {
            return null;
        }

        var opener = DurationOpeners.Contains(W(k)) ? W(k++) : null;
        if (opener is not null && k == i + 1 && opener is not ("past" or "next" or "last" or "first" or "coming"))
        {
            return null;
        }

        // Joined adjective: "two-year", "16-hour", "decades-long".
        if (Adjectival(W(k)) is { } adjective)
        {
            // "the two-week period": the determiner belongs to the noun, not to the expression.
            return Make(mod is null ? k : i, k + 1, new FixedMeaning(TimeType.Duration, adjective), mod);
        }

        decimal? count = null;
        var vague = false;
        if (NumberReader.Read(lower, k, out var n) is var afterNumber and > 0 && !(W(k).Length == 4 && n >= 1000 && !Is(afterNumber, "years")))
        {
            count = n;
            k = afterNumber;
            if (IsAny(k, "and") && Is(k + 1, "a") && Is(k + 2, "half"))
            {
                count += 0.5m;
                k += 3;
            }
        }
        else if (IsAny(k, "a", "an") && !(Is(k, "a") && IsAny(k + 1, "few", "couple")))
        {
            count = 1;
            k++;
        }
        else if (Is(k, "a") && Is(k + 1, "few"))
        {
            vague = true;
            k += 2;
        }
        else if (Is(k, "a") && Is(k + 1, "couple") && Is(k + 2, "of") || Is(k, "couple") && Is(k + 1, "of"))
        {
            count = 2;
            k += Is(k, "a") ? 3 : 2;
        }
        else if (VagueCounts.Contains(W(k)) || IsAny(k, "recent", "coming"))
        {
            vague = true;
            k++;
        }

        while (BetweenNumberAndUnit.Contains(W(k)) && (count is not null || vague))
        {
            k++;
        }

        if (!TimeLexicon.Units.TryGetValue(W(k), out var unit))
        {
            return null;
        }

        // "CBS's 60 Minutes": a title-cased unit after a number is a name.
        if (k > i && Capitalized(k) && !Capitalized(k - 1) && RawAt(k).Any(char.IsLower))
        {
            return null;
        }

        var plural = W(k).EndsWith('s');
        if (count is null && !vague)
        {
            if (plural)
            {
                // Bare plurals only where they plainly mean a stretch of time: "for years", "in the coming weeks".
                if (!(opener is not null || k == i && BarePluralCues.Contains(W(i - 1))))
                {
                    return null;
                }

                vague = true;
            }
            else if (opener is not null && Is(i, "the") || opener is not null && mod is not null)
            {
                count = 1;
            }
            else
            {
                return null;
            }
        }

        // "a second time", "a quarter of": ordinals and fractions, not durations.
        if (unit == TimeUnit.Second && count == 1 && W(k) == "second" || unit is TimeUnit.Quarter or TimeUnit.Half && count == 1 && !Is(k + 1, "ago"))
        {
            return null;
        }

        var end = k + 1;
        // "52 years old" is an age; "$1.76 a year", "700 seats a week" are rates, not times.
        if (Is(end, "old") || k == i + 1 && Is(i, "a") && IsRateHolder(i - 1))
        {
            return null;
        }

        var value = DurationValue(unit, vague ? null : count);
        if (ShiftWord(end) is { } direction)
        {
            var afterShift = W(end) == "from" ? end + 2 : end + 1;
            if (vague)
            {
                return Make(i, afterShift, new FixedMeaning(TimeType.Date, direction < 0 ? "PAST_REF" : "FUTURE_REF"), mod);
            }

            // "10,000,000,000 years ago" is no date a calendar can hold.
            if (Math.Abs(count!.Value) > 100_000)
            {
                return null;
            }

            var steps = (int)Math.Round(count.Value) * direction;
            // In an earnings report "a year ago" is the same quarter of the year before.
            if (unit == TimeUnit.Year && steps == -1 && lower.Contains("quarter"))
            {
                return Make(i, afterShift, new QuarterMeaning(TimeUnit.Quarter, null, null, -1), mod);
            }

            var (stepUnit, stepAmount) = unit switch
            {
                TimeUnit.Decade => (TimeUnit.Year, steps * 10),
                TimeUnit.Century => (TimeUnit.Year, steps * 100),
                TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => (TimeUnit.Day, 0),
                _ => (unit, steps),
            };
            return Make(i, afterShift, new ShiftMeaning(stepUnit, stepAmount), mod);
        }

        return Make(i, end, new FixedMeaning(TimeType.Duration, value), mod);
    }

    private bool IsRateHolder(int k) =>
        W(k) is { Length: > 0 } w && (char.IsAsciiDigit(w[0]) || w is "%" or "percent" or "cents" ||
            (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w is not ("was" or "has" or "is" or "this")) ||
            Text.NumberReader.Word(w) is not null);

    /// <summary>-1 for "ago"/"earlier", +1 for "later"/"from now"/"hence".</summary>
    private int? ShiftWord(int k) => W(k) switch
    {
        "ago" or "earlier" => -1,
        "hence" => 1,
        "from" when Is(k + 1, "now") => 1,
        _ => null,
    };

    private static string? Adjectival(string word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || !TimeLexicon.Units.TryGetValue(word[(dash + 1)..], out var unit))
        {
            return word.EndsWith("-long", StringComparison.Ordinal) && TimeLexicon.Units.TryGetValue(word[..^5], out var longUnit)
                ? DurationValue(longUnit, word[..^5].EndsWith('s') ? null : 1)
                : null;
        }

        var number = word[..dash];
        var value = NumberReader.Word(number);
        if (value is null || unit is TimeUnit.Quarter or TimeUnit.Half || word[(dash + 1)..].EndsWith('s'))
        {
            return null;
        }

        return DurationValue(unit, value);
    }

    /// <summary>TIMEX3 duration value: (Month, 2) → "P2M", (Hour, 2) → "PT2H", (Decade, 1) → "P10Y", unknown count → "PXY".</summary>
    internal static string DurationValue(TimeUnit unit, decimal? count)
    {
        var scaled = unit switch
        {
            TimeUnit.Decade => count * 10,
            TimeUnit.Century => count * 100,
            TimeUnit.Weekend => count * 2,
            _ => count,
        };
        var number = scaled is { } c ? c.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{number}S",
            TimeUnit.Minute => $"PT{number}M",
            TimeUnit.Hour => $"PT{number}H",
            TimeUnit.Day or TimeUnit.Weekend => $"P{number}D",
            TimeUnit.Week => $"P{number}W",
            TimeUnit.Month => $"P{number}M",
            TimeUnit.Quarter => count is { } q ? $"P{q * 3:0.##}M" : "PXM",
            TimeUnit.Half => count is { } h ? $"P{h * 6:0.##}M" : "PXM",
            TimeUnit.Decade when count is null => "PXDE",
            TimeUnit.Century when count is null => "PXCE",
            _ => $"P{number}Y",
        };
    }
}
