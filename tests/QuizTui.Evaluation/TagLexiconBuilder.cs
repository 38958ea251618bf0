using System.IO.Compression;
using System.Text;

namespace QuizTui.Evaluation;

/// <summary>
/// Builds the tagger's tag lexicon (word → the Penn tags it can take): Brill's lexicon where it knows the
/// word, else what WordNet 3.0's lemmas and exception lists with regular English inflection allow
/// (a noun lemma gives NN and its plural NNS, a verb VB/VBP, VBZ, VBD/VBN, VBG; an adjective JJ and its
/// listed comparatives; an adverb RB). Writes gzip'd lines "word TAB TAG|TAG".
/// </summary>
internal static class TagLexiconBuilder
{
    /// <summary>The order tags are written in, so equal sets are equal strings.</summary>
    private static readonly string[] Order =
    [
        "NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "MD",
        "IN", "RP", "TO", "DT", "PDT", "WDT", "WP", "WP$", "WRB", "PRP", "PRP$", "CC", "CD", "EX", "FW", "UH", "LS", "POS", "SYM",
    ];

    /// <summary>
    /// Closed-class words and number words, which the npm copy of Brill's lexicon lacks or garbles ("two",
    /// "million", "both" are missing; "whose" reads LS|EX): their tags by the Penn Treebank guidelines.
    /// </summary>
    private static readonly string[] Closed =
    [
        "one CD NN PRP", "zero CD NN", "two CD", "three CD", "four CD", "five CD", "six CD", "seven CD", "eight CD", "nine CD", "ten CD",
        "eleven CD", "twelve CD", "thirteen CD", "fourteen CD", "fifteen CD", "sixteen CD", "seventeen CD", "eighteen CD", "nineteen CD",
        "twenty CD", "thirty CD", "forty CD", "fifty CD", "sixty CD", "seventy CD", "eighty CD", "ninety CD",
        "hundred CD", "thousand CD", "million CD", "billion CD", "trillion CD", "dozen CD NN", "half NN DT PDT JJ RB",
        "both DT CC PDT", "whose WP$", "n't RB", "'s VBZ POS PRP", "'re VBP", "'ve VBP VB", "'ll MD", "'d MD VBD", "'m VBP",
    ];

    /// <param name="brill">Lines "word TAG TAG ..." (the npm package brill's words.js written out as text).</param>
    /// <param name="wordnet">WordNet 3.0's dict folder (index.noun, verb.exc ...).</param>
    /// <param name="irregulars">The repository's irregular-verbs.txt.</param>
    public static SortedDictionary<string, string> Build(string brill, string wordnet, string irregulars)
    {
        var derived = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string word, params string[] tags)
        {
            if (word.Length == 0 || word.Contains('_', StringComparison.Ordinal))
            {
                return;
            }

            if (!derived.TryGetValue(word, out var set))
            {
                derived[word] = set = [];
            }

            set.UnionWith(tags);
        }

        foreach (var noun in Lemmas(wordnet, "noun"))
        {
            Add(noun, "NN");
            Add(Plural(noun), "NNS");
        }

        foreach (var verb in Lemmas(wordnet, "verb"))
        {
            Add(verb, "VB", "VBP");
            Add(QuizTui.Core.Grammar.Lemmatizer.ThirdPerson(verb), "VBZ");
            foreach (var past in Past(verb))
            {
                Add(past, "VBD", "VBN");
            }

            Add(Gerund(verb), "VBG");
        }

        foreach (var adjective in Lemmas(wordnet, "adj"))
        {
            Add(adjective, "JJ");
        }

        foreach (var adverb in Lemmas(wordnet, "adv"))
        {
            Add(adverb, "RB");
        }

        foreach (var (form, _) in Exceptions(wordnet, "noun"))
        {
            Add(form, "NNS");
        }

        foreach (var (form, _) in Exceptions(wordnet, "verb"))
        {
            // verb.exc mixes pasts, participles and a few -ing and -s forms.
            Add(form, form.EndsWith("ing", StringComparison.Ordinal) ? ["VBG"] : form.EndsWith('s') ? ["VBZ"] : ["VBD", "VBN"]);
        }

        foreach (var (form, lemma) in Exceptions(wordnet, "adj"))
        {
            if (form != lemma)
            {
                Add(form, form.EndsWith("est", StringComparison.Ordinal) ? "JJS" : "JJR");
            }
        }

        foreach (var line in File.ReadLines(irregulars).Where(l => !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3)
            {
                Add(parts[0], "VB", "VBP");
                Array.ForEach(parts[1].Split('/'), f => Add(f, "VBD"));
                Array.ForEach(parts[2].Split('/'), f => Add(f, "VBN"));
            }
        }

        // Brill's entries come from tagged text, so they replace the derived guesses for the words they know.
        var lexicon = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, tags) in derived)
        {
            lexicon[word] = Join(tags);
        }

        foreach (var line in File.ReadLines(brill))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                lexicon[parts[0]] = Join(parts.Skip(1).SelectMany(t => t.Split('|')));
            }
        }

        foreach (var line in Closed)
        {
            var parts = line.Split(' ');
            lexicon[parts[0]] = Join(parts.Skip(1));
        }

        return lexicon;
    }

    public static void Write(IReadOnlyDictionary<string, string> lexicon, string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, tags) in lexicon)
        {
            writer.WriteLine(word + "\t" + tags);
        }
    }

    private static string Join(IEnumerable<string> tags) =>
        string.Join('|', tags.Distinct().OrderBy(t => Array.IndexOf(Order, t) is var i and >= 0 ? i : Order.Length).ThenBy(t => t, StringComparer.Ordinal));

    private static IEnumerable<string> Lemmas(string wordnet, string part) =>
        File.ReadLines(Path.Combine(wordnet, "index." + part)).Where(l => !l.StartsWith(' ')).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]);

    private static IEnumerable<(string Form, string Lemma)> Exceptions(string wordnet, string part) =>
        File.ReadLines(Path.Combine(wordnet, part + ".exc")).Select(l => l.Split(' ')).Where(p => p.Length >= 2).Select(p => (p[0], p[1]));

    private static bool Consonant(char c) => !"aeiou".Contains(c, StringComparison.Ordinal);

    private static string Plural(string noun) =>
        noun.EndsWith('y') && noun.Length > 2 && Consonant(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    /// <summary>Regular pasts; a short consonant-vowel-consonant ending may double ("stop" → "stopped"), so both are listed.</summary>
    private static IEnumerable<string> Past(string verb)
    {
        if (verb.EndsWith('e'))
        {
            return [verb + "d"];
        }

        if (verb.EndsWith('y') && verb.Length > 2 && Consonant(verb[^2]))
        {
            return [verb[..^1] + "ied"];
        }

        return Doubles(verb) ? [verb + "ed", verb + verb[^1] + "ed"] : [verb + "ed"];
    }

    private static string Gerund(string verb) =>
        verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && verb.Length > 2 ? verb[..^1] + "ing"
        : verb + "ing";

    private static bool Doubles(string verb) =>
        verb.Length >= 3 && Consonant(verb[^1]) && verb[^1] is not ('w' or 'x' or 'y') && !Consonant(verb[^2]) && Consonant(verb[^3]);
}
