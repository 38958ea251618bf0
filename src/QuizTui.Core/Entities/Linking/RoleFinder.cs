using QuizTui.Core.Entities.Gazetteers;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Finds the role the text gives a person, before the name ("U.S. Secretary of State John Kerry",
/// "the last UN-Arab League envoy to Syria Kofi Annan") or in an apposition after it ("Lakhdar Brahimi,
/// the UN-Arab League envoy for Syria,"). A role is a run of titles, names of places, organisations and
/// nationalities, and a few joining words, with at least one title that is not a mere honorific.
/// Each person keeps the first role found, on all their mentions.
/// </summary>
internal static class RoleFinder
{
    private static readonly HashSet<string> Joiners = new(
        ["of", "to", "for", "the", "and", "-", "'s", "former", "last", "new", "acting", "deputy", "special", "top", "senior", "chief", "then", "current", "outgoing", "incoming", "joint", "foreign", "defence", "defense", "interior", "state", "general", "international", "peace", "national", "security", "intelligence"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles of address that belong to the name after them ("Foreign Minister Prince Saud Al-Faisal").</summary>
    private static readonly HashSet<string> AddressTitles = new(["Prince", "Princess", "King", "Queen", "Sheikh", "Sheik", "Emir", "Cardinal", "Rev", "Rev.", "Reverend", "Father", "Baroness", "Baron", "Pope"], StringComparer.Ordinal);

    /// <summary>Nouns for a person's relation to another, named after "of": "son of", "friend of", "widow of".</summary>
    private static readonly HashSet<string> Relations = new(
        ["son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "widow", "widower", "partner", "girlfriend", "boyfriend", "fiancee",
         "fiance", "friend", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter",
         "ally", "rival", "successor", "predecessor", "biographer", "assistant", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "lawyer"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Edges = new(["of", "to", "for", "the", "and", "-", "'s", "a", "an"], StringComparer.OrdinalIgnoreCase);

    public static void Assign(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer, string text)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in candidates.GroupBy(c => c.Region))
        {
            var owners = new Candidate?[region.Key.Tokens.Count];
            foreach (var c in region)
            {
                for (var i = c.First; i < c.Last; i++)
                {
                    owners[i] = c;
                }
            }

            var titles = TitleMask(region.Key, gazetteer);
            foreach (var person in region.Where(c => c.Type == MentionType.Person).OrderBy(c => c.First))
            {
                if (roles.ContainsKey(person.Entity))
                {
                    continue;
                }

                var role = Before(region.Key, person, owners, titles, text, gazetteer) ?? After(region.Key, person, owners, titles, text, gazetteer);
                if (role is not null)
                {
                    roles[person.Entity] = role;
                }
            }
        }

        foreach (var c in candidates.Where(c => c.Type == MentionType.Person))
        {
            c.Role = roles.GetValueOrDefault(c.Entity);
        }
    }

    private static string? Before(TextRegion region, Candidate person, Candidate?[] owners, bool[] titles, string text, Gazetteer gazetteer)
    {
        var start = person.First;
        while (start > 0 && Fits(region, start - 1, owners, titles, gazetteer))
        {
            start--;
        }

        // "Otis Ferry, the son of rock star Bryan Ferry": a relation and its "of" are the person's before, not this one's.
        for (var k = person.First - 2; k >= start; k--)
        {
            if (Relations.Contains(region.Tokens[k].Text) && region.Tokens[k + 1].Text == "of")
            {
                start = k + 2;
                break;
            }
        }

        return Role(region, start, person.First, titles, text);
    }

    private static string? After(TextRegion region, Candidate person, Candidate?[] owners, bool[] titles, string text, Gazetteer gazetteer)
    {
        var tokens = region.Tokens;
        if (person.Last >= tokens.Count || tokens[person.Last].Text != ",")
        {
            return null;
        }

        var end = person.Last + 1;
        while (end < tokens.Count && (Fits(region, end, owners, titles, gazetteer) || Edges.Contains(tokens[end].Text)))
        {
            end++;
        }

        // The apposition must close where the role ends, or it is the start of a clause.
        return end == tokens.Count || tokens[end].Text is "," or "." or ";" or ")" ? Role(region, person.Last + 1, end, titles, text) : null;
    }

    /// <summary>A title, a joining word, a name of no person, or a party or people left outside any name ("Tory MP").</summary>
    private static bool Fits(TextRegion region, int i, Candidate?[] owners, bool[] titles, Gazetteer gazetteer) =>
        titles[i] || Joiners.Contains(region.Tokens[i].Text) ||
        owners[i] is { Type: not MentionType.Person } || (owners[i] is null && MentionTyper.IsAffiliation(region.Tokens[i].Text, gazetteer));

    private static string? Role(TextRegion region, int start, int end, bool[] titles, string text)
    {
        var tokens = region.Tokens;
        while (start < end && Edges.Contains(tokens[start].Text))
        {
            start++;
        }

        // "Archbishop of Canterbury Dr Rowan Williams", "Foreign Minister Prince Saud": the title of address is the name's, not the role's.
        while (end > start && (Edges.Contains(tokens[end - 1].Text) || NameForms.Honorifics.Contains(tokens[end - 1].Text) || AddressTitles.Contains(tokens[end - 1].Text)))
        {
            end--;
        }

        var hasTitle = false;
        for (var i = start; i < end; i++)
        {
            hasTitle |= titles[i] && !NameForms.Honorifics.Contains(tokens[i].Text);
        }

        return hasTitle ? text[tokens[start].Span.Start..tokens[end - 1].Span.End] : null;
    }

    /// <summary>
    /// A lower-case word that is also a past tense: "Dr Fox accused Mr Blair of lying" gives Mr Blair no role "accused",
    /// though "accused" is a noun for a person too.
    /// </summary>
    private static bool IsPastVerb(string word) =>
        char.IsLower(word[0]) && Grammar.TagLexicon.Default.Class(word).Split('|').Contains("VBD");

    private static bool[] TitleMask(TextRegion region, Gazetteer gazetteer)
    {
        var tokens = region.Tokens;
        var mask = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var phrase = "";
            for (var length = 1; length <= 4 && i + length <= tokens.Count; length++)
            {
                phrase = length == 1 ? tokens[i].Text : phrase + " " + tokens[i + length - 1].Text;
                if (gazetteer.Titles.Contains(phrase) && !(length == 1 && IsPastVerb(phrase)))
                {
                    Array.Fill(mask, true, i, length);
                }
            }
        }

        return mask;
    }
}
