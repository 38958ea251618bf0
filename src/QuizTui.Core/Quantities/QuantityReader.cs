using QuizTui.Core.Text;

namespace QuizTui.Core.Quantities;

/// <summary>Reads one quantity at a token: [comparison] [currency] number [scale] [or more] [%] [adjectives] noun.</summary>
internal static class QuantityReader
{
    internal readonly record struct Match(int Start, int End, decimal Value, string Unit, string? Mod, TextSpan NumberSpan);

    private static readonly (string[] Words, string Mod)[] Comparisons =
    [
        (["more", "than"], "MORE_THAN"), (["over"], "MORE_THAN"), (["less", "than"], "LESS_THAN"),
        (["fewer", "than"], "LESS_THAN"), (["under"], "LESS_THAN"), (["at", "least"], "EQUAL_OR_MORE"),
        (["at", "most"], "EQUAL_OR_LESS"), (["up", "to"], "EQUAL_OR_LESS"), (["about"], "APPROX"),
        (["around"], "APPROX"), (["nearly"], "APPROX"), (["almost"], "APPROX"), (["roughly"], "APPROX"),
        (["approximately"], "APPROX"), (["some"], "APPROX"), (["an", "estimated"], "APPROX"),
    ];

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.Ordinal)
    {
        ["$"] = "dollars", ["us$"] = "dollars", ["£"] = "pounds", ["€"] = "euros", ["¥"] = "yen",
    };

    private static readonly HashSet<string> Stop =
    [
        "of", "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "by", "for", "from", "with", "as", "into",
        "than", "that", "which", "who", "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would",
        "could", "should", "may", "might", "can", "did", "do", "does", "they", "he", "she", "it", "we", "you", "i",
        "their", "his", "her", "its", "our", "this", "these", "those", "more", "less", "other", "each", "per", "after",
        "before", "since", "until", "while", "when", "where", "because", "if", "so", "not", "all", "also", "out",
        "up", "down", "over", "under", "about", "between", "among", "against", "during", "without", "within",
        "times", "percent", "point", "points", "near", "toward", "towards", "off", "then", "there", "here",
    ];

    public static Match? Read(List<string> w, List<Token> tokens, int i)
    {
        var k = i;
        string? mod = null;
        foreach (var (words, m) in Comparisons)
        {
            if (Matches(w, k, words) && (k + words.Length) < w.Count)
            {
                mod = m;
                k += words.Length;
                break;
            }
        }

        var currency = k < w.Count && Currencies.TryGetValue(w[k], out var c) ? c : null;
        if (currency is not null)
        {
            k++;
        }

        var numberStart = k;
        // "$1.13bn", "£600m": a scale letter glued to a sum of money.
        if (currency is not null && k < w.Count && AbbreviatedSum(w[k]) is { } sum)
        {
            var sumSpan = tokens[k].Span;
            return new Match(i, k + 1, sum, currency, mod, sumSpan);
        }

        var end = NumberReader.Read(w, k, out var value);
        if (end < 0)
        {
            if (k < w.Count && w[k] is "a" && k + 1 < w.Count && w[k + 1] is "dozen" or "hundred" or "thousand" or "million")
            {
                end = NumberReader.Read(["1", .. w.Skip(k + 1)], 0, out value) + k;
            }

            if (end < 0)
            {
                return null;
            }
        }

        // Ordinals, clock times, scores and codes ("7th", "10:30", "2-1") are not counts.
        var first = w[numberStart];
        if (first.Contains(':') || first.Contains('/') || (first.Contains('-') && char.IsAsciiDigit(first[0])) ||
            (numberStart > 0 && w[numberStart - 1] is "no." or "#") || (first == "one" && !(end < w.Count && IsWord(w[end]))))
        {
            return null;
        }

        var numberSpan = new TextSpan(tokens[numberStart].Span.Start, tokens[end - 1].Span.End);
        if (Matches(w, end, ["or", "more"]))
        {
            mod = "EQUAL_OR_MORE";
            end += 2;
        }
        else if (Matches(w, end, ["or", "fewer"]) || Matches(w, end, ["or", "less"]))
        {
            mod = "EQUAL_OR_LESS";
            end += 2;
        }

        if (end < w.Count && w[end] is "%" or "percent")
        {
            return new Match(i, end + 1, value, "percent", mod, numberSpan);
        }

        if (Matches(w, end, ["per", "cent"]))
        {
            return new Match(i, end + 2, value, "percent", mod, numberSpan);
        }

        if (currency is not null)
        {
            return new Match(i, end, value, currency, mod, numberSpan);
        }

        var (unitEnd, unit) = CountedNoun(w, tokens, end);
        if (first == "one" && unit.Length == 0)
        {
            return null;
        }

        return new Match(i, unit.Length > 0 ? unitEnd : end, value, unit, mod, numberSpan);
    }

    /// <summary>The noun a number counts: the first plural in the next few words before a function word
    /// ("four Filipino peacekeepers" → peacekeepers), else the last noun-like word of the run.</summary>
    private static (int End, string Unit) CountedNoun(List<string> w, List<Token> tokens, int k)
    {
        var run = new List<int>();
        for (var j = k; j < w.Count && run.Count < 4; j++)
        {
            if (!IsWord(w[j]) || Stop.Contains(w[j]))
            {
                break;
            }

            run.Add(j);
            if (IsPlural(w[j]) && !char.IsUpper(tokens[j].Text[0]))
            {
                return (j + 1, tokens[j].Text);
            }
        }

        if (Currency(w, run) is { } money)
        {
            return money;
        }

        for (var r = run.Count - 1; r >= 0; r--)
        {
            var word = w[run[r]];
            if (!char.IsUpper(tokens[run[r]].Text[0]) && !word.EndsWith("ed", StringComparison.Ordinal) &&
                !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal))
            {
                return (run[r] + 1, tokens[run[r]].Text);
            }
        }

        return (k, "");
    }

    private static decimal? AbbreviatedSum(string word)
    {
        foreach (var (suffix, scale) in new[] { ("bn", 1_000_000_000m), ("tn", 1_000_000_000_000m), ("m", 1_000_000m), ("k", 1_000m) })
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal) &&
                NumberReader.Word(word[..^suffix.Length]) is { } n && char.IsAsciiDigit(word[0]))
            {
                return n * scale;
            }
        }

        return null;
    }

    private static (int, string)? Currency(List<string> w, List<int> run) =>
        run.Count > 0 && w[run[0]] is "dollars" or "euros" or "pounds" or "yen" or "yuan" or "rupees" ? (run[0] + 1, w[run[0]]) : null;

    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) &&
        !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) ||
        word is "people" or "men" or "women" or "children" or "police" or "personnel" or "staff" or "cattle";

    private static bool IsWord(string word) => word.Length > 1 && char.IsLetter(word[0]) && word.All(ch => char.IsLetter(ch) || ch == '-');

    private static bool Matches(List<string> w, int k, string[] words)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (k + j >= w.Count || w[k + j] != words[j])
            {
                return false;
            }
        }

        return true;
    }
}
