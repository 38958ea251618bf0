namespace QuizTui.Core.Grammar;

/// <summary>
/// Verb forms for question transformations: the base form for do-support ("seized" → "seize",
/// "met" → "meet"), the past for turning a passive active ("written" → "wrote") and the third person
/// singular for agreement with "who". Irregular verbs come from a shipped list; regular ones are
/// stripped by rule and checked against the tag lexicon's verbs and the words the tagger has seen.
/// </summary>
public sealed class Lemmatizer
{
    private static readonly Lazy<Lemmatizer> Shipped = new(() => new Lemmatizer(LoadIrregulars(), PosTagger.Default.Model.Weights, PosTagger.Default.Lexicon));

    /// <summary>Prefixes that make verbs of verbs: "re-", "over-", "out-", "under-", "mis-", "with-", "fore-", "up-", "un-".</summary>
    private static readonly string[] Prefixes = ["re", "over", "out", "under", "mis", "with", "fore", "up", "un"];

    private readonly Dictionary<string, string> _baseOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _pastOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyDictionary<string, float[]> _known;
    private readonly TagLexicon _lexicon;

    internal Lemmatizer(IEnumerable<(string Base, string Past, string Participle)> irregulars, IReadOnlyDictionary<string, float[]> taggerWeights, TagLexicon lexicon)
    {
        _known = taggerWeights;
        _lexicon = lexicon;
        foreach (var (verb, past, participle) in irregulars)
        {
            _pastOf[verb] = past.Split('/')[0];
            foreach (var form in past.Split('/').Concat(participle.Split('/')))
            {
                _baseOf.TryAdd(form, verb);
            }

            // The participle maps to the first past form: "written" → "wrote".
            foreach (var form in participle.Split('/'))
            {
                _pastOf.TryAdd("pp:" + form, past.Split('/')[0]);
            }
        }
    }

    public static Lemmatizer Default => Shipped.Value;

    /// <summary>The base form of a verb given its Penn tag (VBD, VBN, VBZ, VBG, VBP, VB).</summary>
    public string Base(string word, string tag)
    {
        var lower = word.ToLowerInvariant();

        // "co-written" → "co-write", "re-elected" → "re-elect": the verb is the last part.
        if (lower.LastIndexOf('-') is var dash and > 0 && dash < lower.Length - 1 && tag is not ("VB" or "VBP"))
        {
            return lower[..(dash + 1)] + Base(lower[(dash + 1)..], tag);
        }
        if (tag is "VB" or "VBP" || lower is "is" or "am" or "are")
        {
            return lower is "is" or "am" or "are" ? "be" : lower;
        }

        if (_baseOf.TryGetValue(lower, out var irregular) && tag is "VBD" or "VBN")
        {
            return irregular;
        }

        if (tag is "VBD" or "VBN" && Prefixed(lower) is { } prefixed)
        {
            return prefixed;
        }

        return tag switch
        {
            "VBZ" => lower switch { "has" => "have", "does" => "do", "is" => "be", _ => StripS(lower) },
            "VBD" or "VBN" => StripEd(lower),
            "VBG" => StripIng(lower),
            _ => lower,
        };
    }

    /// <summary>The simple past of a past participle ("seized" → "seized", "written" → "wrote").</summary>
    public string PastOfParticiple(string participle)
    {
        var lower = participle.ToLowerInvariant();
        if (lower.LastIndexOf('-') is var dash and > 0 && dash < lower.Length - 1)
        {
            return lower[..(dash + 1)] + PastOfParticiple(lower[(dash + 1)..]);
        }

        if (_pastOf.TryGetValue("pp:" + lower, out var past))
        {
            return past;
        }

        return Prefixes.FirstOrDefault(p => lower.StartsWith(p, StringComparison.Ordinal) && _pastOf.ContainsKey("pp:" + lower[p.Length..])
            && Known(p + _baseOf[lower[p.Length..]])) is { } prefix ? prefix + _pastOf["pp:" + lower[prefix.Length..]] : lower;
    }

    /// <summary>
    /// The simple past of a base form: "offer" → "offered", "stop" → "stopped", "try" → "tried", "write" → "wrote"; a doubled
    /// consonant only where the tagger's training text has the doubled form and not the single.
    /// </summary>
    public string PastOf(string verb)
    {
        var lower = verb.ToLowerInvariant();
        if (_pastOf.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }

        if (lower.EndsWith('e'))
        {
            return lower + "d";
        }

        if (lower.Length > 2 && lower[^1] == 'y' && !"aeiou".Contains(lower[^2]))
        {
            return lower[..^1] + "ied";
        }

        // The tag lexicon lists some misspelt doublings ("offerred"); the tagger's training text is the better witness.
        var doubled = lower + lower[^1] + "ed";
        return lower.Length > 2 && !"aeiouwxy".Contains(lower[^1]) && "aeiou".Contains(lower[^2]) && !"aeiou".Contains(lower[^3])
            && _known.ContainsKey("w " + doubled) && !_known.ContainsKey("w " + lower + "ed") ? doubled : lower + "ed";
    }

    /// <summary>
    /// "repaid" → "repay", "overtook" → "overtake", "rebuilt" → "rebuild": an irregular verb after a verb prefix, when the
    /// whole is a verb the tagger knows.
    /// </summary>
    private string? Prefixed(string lower)
    {
        foreach (var prefix in Prefixes)
        {
            if (lower.Length > prefix.Length + 2 && lower.StartsWith(prefix, StringComparison.Ordinal)
                && _baseOf.TryGetValue(lower[prefix.Length..], out var verb) && Known(prefix + verb))
            {
                return prefix + verb;
            }
        }

        return null;
    }

    /// <summary>
    /// The simple past of a verb from its present participle ("emigrating" → "emigrated", "stopping" → "stopped",
    /// "studying" → "studied", "leaving" → "left"), or null when the word is no "-ing" form of a known shape.
    /// </summary>
    public string? PastOfPresentParticiple(string participle)
    {
        var lower = participle.ToLowerInvariant();
        var verb = Base(lower, "VBG");
        if (!lower.EndsWith("ing", StringComparison.Ordinal) || verb == lower)
        {
            return null;
        }

        if (_pastOf.TryGetValue(verb, out var irregular))
        {
            return irregular;
        }

        var stem = lower[..^3];
        return verb.EndsWith('e') ? verb + "d"
            : verb.Length > 2 && verb[^1] == 'y' && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ied"
            : stem.Length > verb.Length ? stem + "ed"
            : verb + "ed";
    }

    /// <summary>True when a past form can be a past participle too ("seized", "built"; not "wrote").</summary>
    public bool CanBeParticiple(string past)
    {
        var lower = past.ToLowerInvariant();
        return _pastOf.TryGetValue("pp:" + lower, out var irregular) ? irregular == lower : !_baseOf.ContainsKey(lower) && lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Third person singular present of a base form ("seize" → "seizes", "try" → "tries").</summary>
    public static string ThirdPerson(string verb) => verb switch
    {
        "be" => "is",
        "have" => "has",
        "do" => "does",
        "go" => "goes",
        _ when verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2]) => verb[..^1] + "ies",
        _ when verb.EndsWith("s", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
            || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('z') => verb + "es",
        _ => verb + "s",
    };

    private bool Known(string word) => IsLexiconVerb(word) || _known.ContainsKey("w " + word);

    private bool IsLexiconVerb(string word) => _lexicon.Class(word).Split('|').Contains("VB", StringComparer.Ordinal);

    private string StripS(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && Known(word[..^2]) && !Known(word[..^1]))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    private string StripEd(string word)
    {
        if (!word.EndsWith("ed", StringComparison.Ordinal) || word.Length < 4)
        {
            return word;
        }

        // "carried" → "carry", but "died" → "die", "tied" → "tie".
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            var y = word[..^3] + "y";
            return Known(y) || !Known(word[..^1]) ? y : word[..^1];
        }

        var stem = word[..^2];
        return Choose(stem);
    }

    /// <summary>One vowel, then one consonant that doubles (not w, x or y) at the end: "hop", "star", "us".</summary>
    private static bool ShortSyllable(string stem)
    {
        var vowels = stem.Count(c => c is 'a' or 'e' or 'i' or 'o' or 'u');
        return vowels == 1 && stem.Length >= 2 && stem[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'x' or 'y') && char.IsLetter(stem[^1])
            && stem[^2] is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    private string StripIng(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 ? Choose(word[..^3]) : word;

    /// <summary>Picks among "stem", "stem+e" and the undoubled stem ("stopp" → "stop") by what the tagger has seen.</summary>
    private string Choose(string stem)
    {
        var undoubled = stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'f' or 'e')
            ? stem[..^1]
            : null;
        // British spelling doubles a final l ("totalled", "travelled"), which a verb may also end in ("called"): the stem as
        // written is tried first, then without its second l.
        // A one-syllable stem ending in one vowel and one consonant would have doubled it ("hop" → "hopping"), so "hoping",
        // "taped" and "stared" are "hope", "tape" and "stare" first.
        string[] candidates = undoubled is not null ? [undoubled, stem, stem + "e"]
            : stem.Length > 3 && stem.EndsWith("ll", StringComparison.Ordinal) ? [stem, stem + "e", stem[..^1]]
            : ShortSyllable(stem) ? [stem + "e", stem]
            : [stem, stem + "e"];
        // A verb the tag lexicon lists wins over a word the tagger merely saw: "scor" is in its training text (the French
        // insurer Scor), "score" is the verb.
        foreach (var candidate in candidates)
        {
            if (IsLexiconVerb(candidate))
            {
                return candidate;
            }
        }

        foreach (var candidate in candidates)
        {
            if (Known(candidate))
            {
                return candidate;
            }
        }

        // Unknown verb: restore the silent e after a consonant-vowel-(c|g|s|v|z) ending ("seiz" → "seize").
        if (stem.Length > 2 && ((stem[^1] is 'c' or 'g' or 'v' or 'z' or 's' && "aeiou".Contains(stem[^2])) || stem[^1] is 'u' or 'v'))
        {
            return stem + "e";
        }

        // A single vowel before t, r, k, d or n after a consonant usually had a silent e: "relocat", "requir", "provok", "includ", "combin".
        if (stem.Length > 3 && stem[^1] is 't' or 'r' or 'k' or 'd' or 'n' && stem[^2] is 'a' or 'u' or 'i' or 'o' && !"aeiouy".Contains(stem[^3])
            && !(stem[^1] is 'n' or 'd' && stem[^2] is 'o') && !(stem[^1] == 'r' && stem[^2] is 'o' or 'a') && !(stem[^1] == 't' && stem[^2] == 'i'))
        {
            return stem + "e";
        }

        return undoubled ?? stem;
    }

    private static IEnumerable<(string, string, string)> LoadIrregulars()
    {
        using var stream = typeof(Lemmatizer).Assembly.GetManifestResourceStream("QuizTui.Core.Resources.Grammar.irregular-verbs.txt")
            ?? throw new InvalidOperationException("irregular-verbs.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var verbs = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && !line.StartsWith('#'))
            {
                verbs.Add((parts[0], parts[1], parts[2]));
            }
        }

        return verbs;
    }
}
