namespace QuizTui.Evaluation;

/// <summary>
/// Writes <c>src/QuizTui.Core/Resources/Entities/person-nouns.generated.txt</c>: the nouns WordNet 3.0 files under
/// noun.person (its lexicographer file 18: "quarterback", "administrator", "head coach", "zoologist") in their commonest
/// sense, lower-case words and phrases of up to three words. The role finder reads them as roles that may stand before a name ("Panthers
/// quarterback Cam Newton"). Usage: <c>person-nouns [--wordnet /usr/share/wordnet]</c> (Debian package wordnet-base).
/// </summary>
internal static class PersonNounsCommand
{
    private const string PersonFile = "18";

    public static int Run(EvaluationContext context)
    {
        var wordnet = context.Option("--wordnet", "/usr/share/wordnet");
        var data = Path.Combine(wordnet, "data.noun");
        if (!File.Exists(data))
        {
            Console.Error.WriteLine($"person-nouns: {data} not found (apt-get install wordnet-base, or pass --wordnet DIR)");
            return 2;
        }

        // A word whose commonest sense (the first synset index.noun lists) is not a person is left out: "fate", "head",
        // "star" and "end" are nouns for people only now and then.
        var firstSense = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(wordnet, "index.noun"), System.Text.Encoding.Latin1).Where(l => !l.StartsWith(' ')))
        {
            // "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset [synset_offset...]"
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pointers = int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture);
            firstSense[fields[0]] = fields[4 + pointers + 2];
        }

        // A word read more often as an adjective ("national", "native": more adjective senses than noun senses) is left
        // out too: before a name it describes ("the National Enforcement System"), it seldom names a role.
        var adjectiveSenses = File.ReadLines(Path.Combine(wordnet, "index.adj"), System.Text.Encoding.Latin1).Where(l => !l.StartsWith(' '))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(f => f[0], f => int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var nounSenses = File.ReadLines(Path.Combine(wordnet, "index.noun"), System.Text.Encoding.Latin1).Where(l => !l.StartsWith(' '))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(f => f[0], f => int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

        var nouns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(data, System.Text.Encoding.Latin1).Where(l => !l.StartsWith(' ')))
        {
            // "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] ..." with w_cnt in hexadecimal.
            var fields = line.Split(' ');
            if (fields.Length < 5 || fields[1] != PersonFile)
            {
                continue;
            }

            var count = Convert.ToInt32(fields[3], 16);
            for (var i = 0; i < count; i++)
            {
                var lemma = fields[4 + (2 * i)];
                var cut = lemma.IndexOf('(', StringComparison.Ordinal);
                var words = (cut >= 0 ? lemma[..cut] : lemma).Split('_');
                if (words.Length <= 3 && words.All(w => w.Length > 1 && w.All(c => char.IsAsciiLetterLower(c) || c == '-'))
                    && firstSense.GetValueOrDefault(string.Join('_', words)) == fields[0]
                    && adjectiveSenses.GetValueOrDefault(string.Join('_', words)) <= nounSenses.GetValueOrDefault(string.Join('_', words)))
                {
                    nouns.Add(string.Join(' ', words));
                }
            }
        }

        var target = Path.Combine(context.RepositoryRoot, "src", "QuizTui.Core", "Resources", "Entities", "person-nouns.generated.txt");
        File.WriteAllLines(target, nouns.Prepend("# Nouns for people (WordNet 3.0 noun.person), written by `QuizTui.Evaluation person-nouns`; see SOURCES.md."));
        Console.WriteLine($"person-nouns: {nouns.Count} nouns written to {target}");
        return 0;
    }
}
