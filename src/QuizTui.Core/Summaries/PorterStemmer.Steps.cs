namespace QuizTui.Core.Summaries;

public sealed partial class PorterStemmer
{
    private static readonly Func<string, bool> MeasureAboveOne = stem => Measure(stem) > 1;

    private static readonly (string Suffix, string Replacement, Func<string, bool> Condition)[] Step3Rules =
    [
        ("icate", "ic", PositiveMeasure), ("ative", "", PositiveMeasure), ("alize", "al", PositiveMeasure),
        ("iciti", "ic", PositiveMeasure), ("ical", "ic", PositiveMeasure), ("ful", "", PositiveMeasure),
        ("ness", "", PositiveMeasure),
    ];

    private static readonly (string Suffix, string Replacement, Func<string, bool> Condition)[] Step4Rules =
    [
        ("al", "", MeasureAboveOne), ("ance", "", MeasureAboveOne), ("ence", "", MeasureAboveOne),
        ("er", "", MeasureAboveOne), ("ic", "", MeasureAboveOne), ("able", "", MeasureAboveOne),
        ("ible", "", MeasureAboveOne), ("ant", "", MeasureAboveOne), ("ement", "", MeasureAboveOne),
        ("ment", "", MeasureAboveOne), ("ent", "", MeasureAboveOne),
        ("ion", "", stem => Measure(stem) > 1 && stem.Length > 0 && stem[^1] is 's' or 't'),
        ("ou", "", MeasureAboveOne), ("ism", "", MeasureAboveOne), ("ate", "", MeasureAboveOne),
        ("iti", "", MeasureAboveOne), ("ous", "", MeasureAboveOne), ("ive", "", MeasureAboveOne),
        ("ize", "", MeasureAboveOne),
    ];

    /// <summary>The first rule whose suffix matches decides: its condition holds or the word stays.</summary>
    private static string Apply(string word, IEnumerable<(string Suffix, string Replacement, Func<string, bool> Condition)> rules)
    {
        foreach (var (suffix, replacement, condition) in rules)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return condition(stem) ? stem + replacement : word;
            }
        }

        return word;
    }

    private string Step1a(string word)
    {
        if (extensions && word.Length == 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "ie";
        }

        return Apply(word, [("sses", "ss", _ => true), ("ies", "i", _ => true), ("ss", "ss", _ => true), ("s", "", _ => true)]);
    }

    private string Step1b(string word)
    {
        if (extensions && word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word[..^3] + (word.Length == 4 ? "ie" : "i");
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            var stem = word[..^3];
            return Measure(stem) > 0 ? stem + "ee" : word;
        }

        string intermediate;
        if (word.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(word[..^2]))
        {
            intermediate = word[..^2];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(word[..^3]))
        {
            intermediate = word[..^3];
        }
        else
        {
            return word;
        }

        foreach (var (suffix, replacement) in (ReadOnlySpan<(string, string)>)[("at", "ate"), ("bl", "ble"), ("iz", "ize")])
        {
            if (intermediate.EndsWith(suffix, StringComparison.Ordinal))
            {
                return intermediate[..^suffix.Length] + replacement;
            }
        }

        if (EndsDoubleConsonant(intermediate))
        {
            return intermediate[^1] is 'l' or 's' or 'z' ? intermediate : intermediate[..^1];
        }

        return Measure(intermediate) == 1 && EndsCvc(intermediate) ? intermediate + "e" : intermediate;
    }

    private string Step1c(string word)
    {
        if (!word.EndsWith('y'))
        {
            return word;
        }

        var stem = word[..^1];
        var ok = extensions ? stem.Length > 1 && IsConsonant(stem, stem.Length - 1) : ContainsVowel(stem);
        return ok ? stem + "i" : word;
    }

    private string Step2(string word)
    {
        if (extensions && word.EndsWith("alli", StringComparison.Ordinal) && PositiveMeasure(word[..^4]))
        {
            return Step2(word[..^4] + "al");
        }

        return Apply(word, step2Rules);
    }

    private static (string Suffix, string Replacement, Func<string, bool> Condition)[] Step2Rules(bool extensions)
    {
        var rules = new List<(string, string, Func<string, bool>)>
        {
            ("ational", "ate", PositiveMeasure), ("tional", "tion", PositiveMeasure),
            ("enci", "ence", PositiveMeasure), ("anci", "ance", PositiveMeasure), ("izer", "ize", PositiveMeasure),
            extensions ? ("bli", "ble", PositiveMeasure) : ("abli", "able", PositiveMeasure),
            ("alli", "al", PositiveMeasure), ("entli", "ent", PositiveMeasure), ("eli", "e", PositiveMeasure),
            ("ousli", "ous", PositiveMeasure), ("ization", "ize", PositiveMeasure), ("ation", "ate", PositiveMeasure),
            ("ator", "ate", PositiveMeasure), ("alism", "al", PositiveMeasure), ("iveness", "ive", PositiveMeasure),
            ("fulness", "ful", PositiveMeasure), ("ousness", "ous", PositiveMeasure), ("aliti", "al", PositiveMeasure),
            ("iviti", "ive", PositiveMeasure), ("biliti", "ble", PositiveMeasure),
        };
        if (extensions)
        {
            rules.Add(("fulli", "ful", PositiveMeasure));

            // The 'l' of "logi" stays with the stem so that short stems such as "geo" qualify.
            rules.Add(("logi", "log", stem => PositiveMeasure(stem + "l")));
        }

        return [.. rules];
    }

    private static string Step3(string word) => Apply(word, Step3Rules);

    private static string Step4(string word) => Apply(word, Step4Rules);

    private string Step5a(string word)
    {
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word[..^1];
        var m = Measure(stem);
        return m > 1 || (m == 1 && !EndsCvc(stem)) ? stem : word;
    }

    private static string Step5b(string word) =>
        word.EndsWith("ll", StringComparison.Ordinal) && Measure(word[..^1]) > 1 ? word[..^1] : word;
}
