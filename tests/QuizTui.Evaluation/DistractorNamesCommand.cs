using Bogus;
using Bogus.Bson;

namespace QuizTui.Evaluation;

/// <summary>
/// Writes <c>src/QuizTui.Core/Resources/Questions/names.generated.txt</c>: common English-language given names and
/// surnames, most frequent first, from the locale data of Bogus (MIT licence, from faker.js): the 500 commonest female
/// and male given names of its "en" locale (US census ranks; the distractor finder tells a woman's name from a man's by
/// them and offers the first 150) and the ranked surnames that open its "en_AU" list (Smith,
/// Jones, Williams ... Richards: 76 of them, up to where faker's invented surnames such as "Bahringer" and "Yundt" follow). The distractor finder makes wrong people from them when a
/// business or technology story names too few people of its own: "Simon Wheatley, from Goldman Sachs" is better
/// matched by an ordinary name than by a head of government.
/// Usage: <c>distractor-names</c>.
/// </summary>
internal static class DistractorNamesCommand
{
    public static int Run(EvaluationContext context)
    {
        var lines = new List<string> { "# Kind<TAB>name, most frequent first: Bogus 35.6.5 locale data (en name.female_first_name and name.male_first_name, 500 each; en_AU name.last_name, first 76); written by `QuizTui.Evaluation distractor-names`; see SOURCES.md." };
        foreach (var (kind, path, locale, take) in new[] { ("given-female", "female_first_name", "en", 500), ("given-male", "male_first_name", "en", 500), ("surname", "last_name", "en_AU", 76) })
        {
            var names = Database.HasKey("name", path, locale, null) && Database.Get("name", path, locale, null) is BArray list
                ? list.Cast<BValue>().Select(v => v.StringValue).Where(n => n.Length > 1 && n.All(c => char.IsLetter(c) || c is '-' or '\'')).Distinct(StringComparer.Ordinal).Take(take).ToList()
                : [];
            if (names.Count == 0)
            {
                Console.Error.WriteLine($"distractor-names: Bogus has no {locale} name.{path}");
                return 2;
            }

            lines.AddRange(names.Select(n => $"{kind}\t{Cased(n)}"));
            Console.WriteLine($"{kind,-13} {names.Count,5}");
        }

        var target = Path.Combine(context.RepositoryRoot, "src", "QuizTui.Core", "Resources", "Questions", "names.generated.txt");
        File.WriteAllLines(target, lines);
        Console.WriteLine($"wrote {target}");
        return 0;
    }

    /// <summary>"O'neill" → "O'Neill", "Mclaughlin" → "McLaughlin", as the names are written.</summary>
    private static string Cased(string name)
    {
        if (name.Length > 3 && name[1] == '\'')
        {
            name = name[..2] + char.ToUpperInvariant(name[2]) + name[3..];
        }

        return name.Length > 3 && name.StartsWith("Mc", StringComparison.Ordinal) ? "Mc" + char.ToUpperInvariant(name[2]) + name[3..] : name;
    }
}
