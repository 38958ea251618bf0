namespace QuizTui.Core.Grammar;

/// <summary>Normalised word forms and shapes shared by the tagger and the chunker's features.</summary>
internal static class WordForm
{
    /// <summary>Lower case, with numbers, years and hyphenated words folded into classes (Honnibal's normalisation).</summary>
    public static string Normalize(string word)
    {
        word = Typography(word);
        if (word.Length == 4 && word.All(char.IsDigit))
        {
            return "!YEAR";
        }

        if (word.Length > 0 && char.IsDigit(word[0]))
        {
            return "!DIGITS";
        }

        if (word.Contains('-') && word[0] != '-')
        {
            return "!HYPHEN";
        }

        return word.ToLowerInvariant();
    }

    /// <summary>Curly quotes and dashes as the Penn Treebank writes them, so pasted news matches the training text.</summary>
    public static string Typography(string word) => word switch
    {
        "“" or "”" or "„" or "«" or "»" => "\"",
        "‘" or "’" => "'",
        "—" or "–" => "--",
        "…" => "...",
        _ => word.Replace('’', '\''),
    };

    /// <summary>A coarse shape: "Xx", "X", "x", "d", "X.", "p" (punctuation), with "-" when hyphenated.</summary>
    public static string Shape(string word)
    {
        if (word.Length == 0)
        {
            return "p";
        }

        var first = word[0];
        var shape = char.IsUpper(first)
            ? (word.Skip(1).Any(char.IsLower) ? "Xx" : "X")
            : char.IsLower(first) ? "x" : char.IsDigit(first) ? "d" : "p";
        if (word.Contains('.') && shape is "X" or "Xx")
        {
            shape += ".";
        }

        return word.Contains('-') ? shape + "-" : shape;
    }
}
