using System.Globalization;

namespace QuizTui.Core.Text;

/// <summary>Reads a number written in digits ("70,000", "3.5") or words ("twenty-one", "two hundred", "1.5 million").</summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["dozen"] = 12m,
    };

    /// <summary>The value of a single word or digit token, such as "21", "70,000", "twenty-one"; null otherwise.</summary>
    public static decimal? Word(string token)
    {
        if (token.Length > 0 && char.IsAsciiDigit(token[0]))
        {
            var digits = token.Replace(",", "", StringComparison.Ordinal);
            return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) &&
                (token.IndexOf(',', StringComparison.Ordinal) < 0 || IsGrouped(token)) ? v : null;
        }

        if (Small.TryGetValue(token, out var small))
        {
            return small;
        }

        var dash = token.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Small.TryGetValue(token[..dash], out var tens) && tens >= 20 && tens % 10 == 0 &&
            Small.TryGetValue(token[(dash + 1)..], out var unit) && unit is > 0 and < 10)
        {
            return tens + unit;
        }

        return null;
    }

    /// <summary>The largest number read: far beyond any a text states, far below <see cref="decimal.MaxValue"/>.</summary>
    private const decimal Largest = 1e24m;

    /// <summary>True for a scale word such as "million".</summary>
    public static bool IsScale(string token) => Scales.ContainsKey(token);

    /// <summary>Reads a number starting at token <paramref name="i"/>; returns the index after it, or -1.</summary>
    /// <remarks>"two hundred thousand" → 200000; "1.5 million" → 1500000; "a dozen" is left to the caller.</remarks>
    public static int Read(IReadOnlyList<string> words, int i, out decimal value)
    {
        value = 0;
        if (i >= words.Count || Word(words[i]) is not { } first)
        {
            return -1;
        }

        decimal total = 0;
        var current = first;
        var j = i + 1;
        while (j < words.Count)
        {
            var w = words[j];
            if (Scales.TryGetValue(w, out var scale) && !(scale == 12m && current != 0 && j > i + 1))
            {
                // "billion billion billion ...": past any quantity a text states, and past what a decimal holds.
                if (Math.Abs(current) > Largest / scale || Math.Abs(total) > Largest)
                {
                    return -1;
                }

                if (scale >= 1000m)
                {
                    total += current * scale;
                    current = 0;
                }
                else
                {
                    current *= scale;
                }

                j++;
                continue;
            }

            // "two hundred and five", "one hundred twenty": word numbers continue after a scale word.
            if (!char.IsAsciiDigit(words[j - 1][0]) && IsScale(words[j - 1]) && Word(w) is { } more && !char.IsAsciiDigit(w[0]))
            {
                current += more;
                j++;
                continue;
            }

            // "twenty four" written without its hyphen.
            if (j == i + 1 && Small.TryGetValue(words[i], out var tensWord) && tensWord >= 20 && tensWord % 10 == 0 &&
                Small.TryGetValue(w, out var unitWord) && unitWord is > 0 and < 10)
            {
                current += unitWord;
                j++;
                continue;
            }

            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && IsScale(words[j - 1]) && j + 1 < words.Count &&
                Word(words[j + 1]) is { } after && !char.IsAsciiDigit(words[j + 1][0]))
            {
                current += after;
                j += 2;
                continue;
            }

            break;
        }

        value = total + current;
        return j;
    }

    private static bool IsGrouped(string token)
    {
        var parts = token.Split('.')[0].Split(',');
        return parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }
}
