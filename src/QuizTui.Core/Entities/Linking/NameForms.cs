namespace QuizTui.Core.Entities.Linking;

/// <summary>Comparisons of written names: surnames, spelling variants, acronyms, capitals-only forms.</summary>
internal static class NameForms
{
    private static readonly string[] SurnamePrefixes = ["al-", "el-", "as-", "ash-", "ad-"];

    /// <summary>Courtesy titles written before a name, with or without a full stop: "Mr", "Mrs.", "Dr", "Sir", "Lady".</summary>
    public static readonly HashSet<string> Honorifics = new(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The sex a courtesy title tells: true for "Mrs", "Ms", "Miss", "Dame", "Lady"; false for "Mr", "Sir", "Lord"; else null.</summary>
    public static bool? TitleIsFemale(string title) => title.TrimEnd('.') switch
    {
        "Mrs" or "Ms" or "Miss" or "Dame" or "Lady" => true,
        "Mr" or "Sir" or "Lord" => false,
        _ => null,
    };

    private static readonly HashSet<string> AcronymSkips = new(["of", "the", "and", "for", "on", "in", "&", "de"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Lib Dems" of "Liberal Democrats": each word of one begins the same word of the other (a plural's "s" aside);
    /// "S&amp;P" of "Standard &amp; Poor": initials joined by an ampersand.
    /// </summary>
    public static bool Shortens(string name, string other)
    {
        var longer = other.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (name.Contains('&', StringComparison.Ordinal) && !name.Contains(' ', StringComparison.Ordinal))
        {
            var initials = string.Concat(longer.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            return initials.Length >= 2 && initials == name.Replace("&", "", StringComparison.Ordinal);
        }

        var shorter = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return shorter.Length >= 2 && shorter.Length == longer.Length && shorter.Zip(longer).Any(p => p.Second.Length > p.First.Length)
            && shorter.Zip(longer).All(p => p.Second.Length >= p.First.Length && p.First.TrimEnd('s') is { Length: >= 3 } stem && char.IsUpper(stem[0])
                && p.Second.StartsWith(stem, StringComparison.Ordinal));
    }

    /// <summary>"Bashar al-Assad" → "assad"; "Ki-moon" stays whole.</summary>
    public static string SurnameKey(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var prefix in SurnamePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length + 1)
            {
                return lower[prefix.Length..];
            }
        }

        return lower;
    }

    /// <summary>Whether two given names are one spelt two ways ("Sergey"/"Sergei") or a name and its initial ("J."/"John").</summary>
    public static bool SameGivenName(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0]))
        {
            return false;
        }

        if (a.TrimEnd('.').Length == 1 || b.TrimEnd('.').Length == 1)
        {
            return true;
        }

        return Math.Min(a.Length, b.Length) >= 4 && Distance(a.ToLowerInvariant(), b.ToLowerInvariant()) <= Math.Max(1, Math.Min(a.Length, b.Length) / 4);
    }

    /// <summary>"U.N." → "UN" when the word looks like an acronym (2-6 capitals), else null.</summary>
    public static string? AcronymKey(string text)
    {
        var letters = text.Replace(".", "", StringComparison.Ordinal);
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper) ? letters : null;
    }

    /// <summary>Initials of the capitalised words: "United Nations Security Council" → "UNSC".</summary>
    public static string Initials(IEnumerable<string> words) =>
        string.Concat(words.Where(w => !AcronymSkips.Contains(w) && w.Length > 0 && char.IsUpper(w[0]))
            .SelectMany(w => w.Split('-'))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>All letters capitals ("MOSCOW"), as in headlines and datelines.</summary>
    public static bool IsShouted(string text) => text.Count(char.IsLetter) > 1 && !text.Any(char.IsLower);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
