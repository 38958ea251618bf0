using System.Globalization;
using System.Text.RegularExpressions;

namespace QuizTui.Evaluation;

/// <summary>
/// Writes <c>src/QuizTui.Core/Resources/Questions/famous-people.generated.txt</c>: people WordNet 3.0 names as
/// instances (Jesse Owens is an instance of "athlete"), born in 1900 or later by their gloss's dates, each with the
/// field of the category they are filed under: sport (athletes, players), entertainment (performers, musicians, film
/// makers, writers), politics (politicians, heads of state), business (businessmen) or science (scientists,
/// inventors). The distractor finder offers them when an article of that field has too few names of its own.
/// Usage: <c>famous-people [--wordnet /usr/share/wordnet]</c> (Debian package wordnet-base).
/// </summary>
internal static partial class FamousPeopleCommand
{
    /// <summary>The synsets whose descendants (by hypernym) are each field's people.</summary>
    private static readonly (string Field, string Synset)[] Roots =
    [
        ("sport", "09820263"), // athlete, jock
        ("sport", "10439851"), // player, participant
        ("entertainment", "10415638"), // performer, performing artist
        ("entertainment", "10339966"), // musician
        ("entertainment", "10088390"), // film maker
        ("entertainment", "10794014"), // writer, author
        ("politics", "10450303"), // politician
        ("politics", "10164747"), // head of state
        ("business", "09882007"), // businessman
        ("science", "10560637"), // scientist
        ("science", "10214637"), // inventor
    ];

    public static int Run(EvaluationContext context)
    {
        var wordnet = context.Option("--wordnet", "/usr/share/wordnet");
        var data = Path.Combine(wordnet, "data.noun");
        if (!File.Exists(data))
        {
            Console.Error.WriteLine($"famous-people: {data} not found (apt-get install wordnet-base, or pass --wordnet DIR)");
            return 2;
        }

        // offset -> (hypernyms, instance hypernyms, first lemma, gloss)
        var synsets = new Dictionary<string, (List<string> Up, List<string> InstanceOf, List<string> Lemmas, string Gloss)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(data, System.Text.Encoding.Latin1).Where(l => !l.StartsWith(' ')))
        {
            // "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] | gloss", w_cnt hexadecimal.
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            var fields = (bar >= 0 ? line[..bar] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = Convert.ToInt32(fields[3], 16);
            var lemmas = Enumerable.Range(0, count).Select(i => fields[4 + (2 * i)]).ToList();
            var at = 4 + (2 * count);
            var pointers = int.Parse(fields[at], CultureInfo.InvariantCulture);
            var up = new List<string>();
            var instanceOf = new List<string>();
            for (var p = 0; p < pointers; p++)
            {
                var symbol = fields[at + 1 + (4 * p)];
                var pointed = fields[at + 2 + (4 * p)];
                if (symbol == "@")
                {
                    up.Add(pointed);
                }
                else if (symbol == "@i")
                {
                    instanceOf.Add(pointed);
                }
            }

            synsets[fields[0]] = (up, instanceOf, lemmas, bar >= 0 ? line[(bar + 3)..] : "");
        }

        string? FieldOf(string synset)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>([synset]);
            while (queue.TryDequeue(out var next))
            {
                if (Roots.FirstOrDefault(r => r.Synset == next) is { Field: not null } root)
                {
                    return root.Field;
                }

                if (seen.Add(next) && synsets.TryGetValue(next, out var s))
                {
                    foreach (var up in s.Up)
                    {
                        queue.Enqueue(up);
                    }
                }
            }

            return null;
        }

        var people = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, s) in synsets.Where(s => s.Value.InstanceOf.Count > 0))
        {
            // "(1913-1980)", "(born 1947)": the first year in the gloss's last parenthesis is the year of birth.
            var dates = Dates().Matches(s.Gloss).LastOrDefault();
            var born = dates is null ? 0 : int.Parse(dates.Groups["year"].Value, CultureInfo.InvariantCulture);
            // The shortest name of two words or more, as the synset lists it ("Yogi Berra", not "Lawrence Peter Berra"), without "Sir".
            var name = s.Lemmas.Select(l => Lemma().Replace(l, "").Replace('_', ' ')).Select(l => l.StartsWith("Sir ", StringComparison.Ordinal) ? l[4..] : l)
                .Where(l => l.Contains(' ', StringComparison.Ordinal)).OrderBy(l => l.Split(' ').Length).FirstOrDefault();
            if (born < 1900 || name is null || !name.Split(' ').All(w => w.Length > 1 && char.IsAsciiLetterUpper(w[0]) && w.All(c => char.IsAsciiLetter(c) || c is '-' or '.' or '\'')))
            {
                continue;
            }

            if (s.InstanceOf.Select(FieldOf).FirstOrDefault(f => f is not null) is { } field)
            {
                people.Add($"{field}\t{name}");
            }
        }

        var target = Path.Combine(context.RepositoryRoot, "src", "QuizTui.Core", "Resources", "Questions", "famous-people.generated.txt");
        File.WriteAllLines(target, people.Prepend("# Field<TAB>name: people WordNet 3.0 files as instances, born 1900 or later; written by `QuizTui.Evaluation famous-people`; see SOURCES.md."));
        foreach (var group in people.GroupBy(p => p.Split('\t')[0], StringComparer.Ordinal))
        {
            Console.WriteLine($"famous-people: {group.Key,-14} {group.Count(),4}");
        }

        Console.WriteLine($"famous-people: {people.Count} people written to {target}");
        return 0;
    }

    [GeneratedRegex(@"\((?:born |b\. )?(?<year>1[89]\d\d|20\d\d)(?:-\d{4})?\)")]
    private static partial Regex Dates();

    [GeneratedRegex(@"\(.*\)$")]
    private static partial Regex Lemma();
}
