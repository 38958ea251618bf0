namespace QuizTui.Core.Times;

/// <summary>Position modifiers wrapped around a point: "early May", "late Tuesday", "the end of the year", "mid-November".</summary>
internal sealed partial class TimeParser
{
    private TimexMatch? Modified(int i)
    {
        // A joined prefix inside one token: "mid-November", "late-1990s".
        var (joinedMod, rest) = SplitPositionPrefix(W(i));
        if (joinedMod is not null && TimeLexicon.Months.TryGetValue(rest, out var month) && rest.Length > 3)
        {
            return Make(i, i + 1, new CalendarMeaning(null, month, null, null, Occurrence.ByTense, null), joinedMod);
        }

        var k = Is(i, "the") && IsAny(i + 1, "early", "late", "mid") ? i + 1 : i;
        string? mod = null;
        var inner = -1;
        foreach (var (words, m) in TimeLexicon.PositionModifiers)
        {
            var after = Words(k, words);
            if (after > inner)
            {
                inner = after;
                mod = m;
            }
        }

        if (inner < 0 && IsAny(k, "earlier", "later") && IsAny(k + 1, "this", "that", "last", "next"))
        {
            inner = k + 1;
            mod = W(k) == "earlier" ? "START" : "END";
        }

        if (inner < 0)
        {
            return null;
        }

        if (Point(inner) is { } point && point.Meaning is not FixedMeaning { Type: TimeType.Duration })
        {
            return Make(i, point.End, point.Meaning, point.Mod ?? mod);
        }

        return null;
    }
}
