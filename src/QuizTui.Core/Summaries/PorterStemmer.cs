namespace QuizTui.Core.Summaries;

/// <summary>
/// The Porter (1980) suffix stripper as NLTK's <c>PorterStemmer</c> implements it. The default
/// <see cref="Nltk"/> mode is what Google's rouge-score package calls (<c>porter.PorterStemmer()</c>),
/// so ROUGE figures computed here match it; <see cref="Original"/> is the published algorithm.
/// Input must be lower case. Stateless and thread-safe.
/// </summary>
/// <example><c>PorterStemmer.Nltk.Stem("agreed")</c> → <c>"agre"</c>; <c>Stem("peacekeepers")</c> → <c>"peacekeep"</c></example>
public sealed partial class PorterStemmer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["news"] = "news", ["innings"] = "inning", ["inning"] = "inning", ["outings"] = "outing",
        ["outing"] = "outing", ["cannings"] = "canning", ["canning"] = "canning", ["howe"] = "howe",
        ["proceed"] = "proceed", ["exceed"] = "exceed", ["succeed"] = "succeed",
    };

    private readonly bool extensions;
    private readonly (string Suffix, string Replacement, Func<string, bool> Condition)[] step2Rules;

    private PorterStemmer(bool extensions)
    {
        this.extensions = extensions;
        step2Rules = Step2Rules(extensions);
    }

    /// <summary>NLTK's default mode (NLTK_EXTENSIONS), the one rouge-score uses.</summary>
    public static PorterStemmer Nltk { get; } = new(extensions: true);

    /// <summary>The algorithm exactly as published (NLTK's ORIGINAL_ALGORITHM).</summary>
    public static PorterStemmer Original { get; } = new(extensions: false);

    /// <summary>The stem of a lower-case word.</summary>
    public string Stem(string word)
    {
        if (extensions && Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length == 0 || (extensions && word.Length <= 2))
        {
            return word;
        }

        var stem = Step1a(word);
        stem = Step1b(stem);
        stem = Step1c(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5a(stem);
        return Step5b(stem);
    }

    private static bool IsConsonant(string word, int i)
    {
        var c = word[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            return false;
        }

        return c != 'y' || i == 0 || !IsConsonant(word, i - 1);
    }

    /// <summary>Porter's m: the number of vowel-consonant sequences in the stem.</summary>
    private static int Measure(string stem)
    {
        var m = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (IsConsonant(stem, i) && !IsConsonant(stem, i - 1))
            {
                m++;
            }
        }

        return m;
    }

    private static bool PositiveMeasure(string stem) => Measure(stem) > 0;

    private static bool ContainsVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    private bool EndsCvc(string word) =>
        (word.Length >= 3
            && IsConsonant(word, word.Length - 3)
            && !IsConsonant(word, word.Length - 2)
            && IsConsonant(word, word.Length - 1)
            && word[^1] is not ('w' or 'x' or 'y'))
        || (extensions && word.Length == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1));
}
