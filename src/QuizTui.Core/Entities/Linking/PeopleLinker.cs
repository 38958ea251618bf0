using QuizTui.Core.Entities.Gazetteers;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Joins the mentions of each person: full names spelt differently ("Sergey"/"Sergei Lavrov") become one
/// person named by the fullest form most used in the body; a lone surname ("Kerry", the "Assad" of
/// "Assad's") takes the nearest earlier full name with that surname, a lone given name the one full name
/// that starts with it, and a lone word the tagger called a place or organisation becomes that person when
/// it is no known place or body.
/// </summary>
internal static class PeopleLinker
{
    public static void Link(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer, string text)
    {
        // "Kenteris, 31, and Thanou, 30, had been charged": a name with an age set off by commas is a person's, whatever the
        // tagger guessed, unless it is a known place or body.
        foreach (var aged in candidates.Where(c => c.Type is MentionType.Organization or MentionType.Place && !c.Settled && c.Last + 2 < c.Region.Tokens.Count
            && c.Region.Tokens[c.Last].Text == "," && c.Region.Tokens[c.Last + 2].Text == "," && int.TryParse(c.Region.Tokens[c.Last + 1].Text, out var age) && age is >= 14 and <= 99
            && c.Words.All(w => char.IsUpper(w[0])) && !IsKnownPlaceOrBody(c.Text, gazetteer)))
        {
            aged.Type = MentionType.Person;
        }

        // "Gloria" typed a body where "child, Gloria" made her a person: one word, one sense in a story, unless the story also
        // writes it in lower case ("the Bill", "the bill": a law, whatever the tagger made of some mentions).
        var givenPeople = candidates.Where(c => c.Type == MentionType.Person && c.TokenCount == 1 && (gazetteer.Lookup(c.Text) & GazetteerKind.GivenName) != 0
                && !MentionTyper.WrittenInLowerCase(text, c.Text))
            .Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var named in candidates.Where(c => c.Type is MentionType.Organization or MentionType.Place && !c.Settled && c.TokenCount == 1 && givenPeople.Contains(c.Text)
            && !IsKnownPlaceOrBody(c.Text, gazetteer)))
        {
            named.Type = MentionType.Person;
        }

        // "Sheffield Brightside" beside "schooled in Sheffield": two words, the first a known place the article names by
        // itself, the last never used alone, name a constituency or a district, not a person the tagger took it for.
        var placesAlone = candidates.Where(c => c.Type == MentionType.Place && c.TokenCount == 1).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var wordsAlone = candidates.Where(c => c.TokenCount == 1).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var district in candidates.Where(c => c.Type == MentionType.Person && !c.Settled && c.TokenCount == 2 && placesAlone.Contains(c.Words.First())
            && (gazetteer.Lookup(c.Words.First()) & (GazetteerKind.City | GazetteerKind.Place | GazetteerKind.Region)) != 0 && !wordsAlone.Contains(c.Words.Last())))
        {
            district.Type = MentionType.Place;
        }

        // One name, one sense in a story: "Phillips Idowu" typed an organisation where "Idowu" alone is a person elsewhere
        // is that person, unless its words say it is a body (a suffix such as "Group") or the gazetteer lists it.
        var surnames = candidates.Where(c => c.Type == MentionType.Person && c.TokenCount == 1).Select(c => NameForms.SurnameKey(c.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var body in candidates.Where(c => c.Type is MentionType.Organization or MentionType.Place && !c.Settled && c.TokenCount == 2
            && c.Words.First() is not ("La" or "Le" or "Les" or "El" or "Al" or "De" or "Du" or "Da" or "Di" or "Van" or "Von" or "The") && surnames.Contains(NameForms.SurnameKey(c.Words.Last())) && c.Words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))
            && !c.Words.Any(w => (gazetteer.Lookup(w) & GazetteerKind.OrgSuffix) != 0) && !IsKnownPlaceOrBody(c.Text, gazetteer)))
        {
            body.Type = MentionType.Person;
        }

        // "El Guerrouj" after "Hicham El Guerrouj": the last words of a person's fuller name are that person, whatever
        // the tagger called them, unless they are a known place or body or end in a body's suffix.
        var fullNames = candidates.Where(c => c.Type == MentionType.Person && c.TokenCount >= 3).Select(c => c.Words.ToList()).ToList();
        foreach (var tail in candidates.Where(c => c.TokenCount >= 2 && !c.Settled && c.Type is not MentionType.Person
            && !c.Words.Any(w => (gazetteer.Lookup(w) & GazetteerKind.OrgSuffix) != 0) && !IsKnownPlaceOrBody(c.Text, gazetteer)))
        {
            var words = tail.Words.ToList();
            if (fullNames.Any(n => EndsWith(n, words)))
            {
                tail.Type = MentionType.Person;
            }
        }

        // "Pernod" after "France's Pernod Ricard", "Bosch" after "parts maker Robert Bosch": a lone word that begins a firm's
        // longer name (or ends a founder's) is that firm, though the tagger, seeing "Pernod said", took it for a person,
        // unless a person's name begins or ends with it too.
        var nameEnds = candidates.Where(c => c.Type == MentionType.Person && c.TokenCount >= 2).SelectMany(c => new[] { c.Words.First(), c.Words.Last() }).ToHashSet(StringComparer.Ordinal);
        foreach (var single in candidates.Where(c => c.Type == MentionType.Person && c.TokenCount == 1 && !c.Settled && !nameEnds.Contains(c.Text)
            && OtherLinker.LongerOrganisation(c, candidates, gazetteer) is not null))
        {
            single.Type = MentionType.Organization;
        }

        var people = new List<Person>();
        foreach (var full in candidates.Where(c => c.Type == MentionType.Person && c.TokenCount >= 2).OrderByDescending(c => c.TokenCount))
        {
            var person = people.FirstOrDefault(p => p.Accepts(full)) ?? new Person();
            if (person.Forms.Count == 0)
            {
                people.Add(person);
            }

            person.Forms.Add(full);
        }

        foreach (var person in people)
        {
            var name = person.Name();
            person.Forms.ForEach(f => f.Entity = name);
        }

        foreach (var single in candidates.Where(c => c.TokenCount == 1 && !c.Settled && c.Type is MentionType.Person or MentionType.Place or MentionType.Other or MentionType.Organization))
        {
            var key = NameForms.SurnameKey(single.Text);
            var matches = people.Where(p => p.Surname == key).ToList();

            // "Our beloved Sonia" after "Sonia O'Sullivan", "Sir Digby" after "Sir Digby Jones": a given name alone (known as
            // one, or after the knight's "Sir" or "Dame") is the one person the article gives it to.
            if (matches.Count == 0 && single.Type == MentionType.Person
                && ((gazetteer.Lookup(single.Text) & GazetteerKind.GivenName) != 0 || single.First > 0 && single.Region.Tokens[single.First - 1].Text is "Sir" or "Dame")
                && people.Where(p => p.Forms.Any(f => f.Words.First() == single.Text)).ToList() is [var only])
            {
                single.Entity = only.Forms[0].Entity;
                continue;
            }

            // "Mido" after "Ahmed 'Mido' Hossam": a nickname alone is the one person the article gives it to.
            if (matches.Count == 0 && single.Type == MentionType.Person && people.Where(p => p.Nicknames.Contains(single.Text)).ToList() is [var known])
            {
                single.Entity = known.Forms[0].Entity;
                continue;
            }

            if (matches.Count == 0 || (single.Type != MentionType.Person && IsKnownPlaceOrBody(single.Text, gazetteer)))
            {
                continue;
            }

            // "Mrs Howard" after "Michael Howard's wife, Sandra": a woman's title is no man whose given name says he is one,
            // nor the reverse; with no one else of the name she is someone of her own, named with her title.
            var title = single.First > 0 ? single.Region.Tokens[single.First - 1].Text.TrimEnd('.') : string.Empty;
            if (NameForms.TitleIsFemale(title) is { } woman)
            {
                matches = [.. matches.Where(p => Questions.Gazetteer.Default.IsFemaleName(p.Forms[0].Words.First()) != !woman)];
                if (matches.Count == 0)
                {
                    single.Type = MentionType.Person;
                    single.Entity = title + " " + single.Text;
                    continue;
                }
            }

            var nearest = matches
                .SelectMany(p => p.Forms.Select(f => (Person: p, Form: f)))
                .OrderBy(m => m.Form.Span.Start <= single.Span.Start ? 0 : 1)
                .ThenBy(m => Math.Abs(single.Span.Start - m.Form.Span.Start))
                .First();
            single.Type = MentionType.Person;
            single.Entity = nearest.Form.Entity;
        }

        // "Mobiles are not yet ready ...", "makers of the Blogger software": one word of no one's fuller name, known to the
        // lexicon only in lower case and written so in the article too ("mobile", "blogger"), is a common word, no person.
        foreach (var word in candidates.Where(c => c.Type == MentionType.Person && c.Entity.Length == 0 && c.TokenCount == 1 && !c.Settled
            && (gazetteer.Lookup(c.Text) & GazetteerKind.GivenName) == 0 && Grammar.TagLexicon.Default.Class(c.Text).StartsWith('~')
            && MentionTyper.WrittenInLowerCase(text, c.Text)))
        {
            word.Type = MentionType.Other;
        }

        foreach (var rest in candidates.Where(c => c.Type == MentionType.Person && c.Entity.Length == 0))
        {
            rest.Entity = rest.Text;
        }
    }

    /// <summary>
    /// "Laura Michelle Kelly" ends in "Michelle Kelly", "Hicham El Guerrouj" in "El Guerrouj", and "Ruud van Nistelrooy" in
    /// "Van Nistelrooy" (a particle capitalised when it opens the name).
    /// </summary>
    private static bool EndsWith(List<string> name, List<string> tail) =>
        name.Count > tail.Count && name.Skip(name.Count - tail.Count).SequenceEqual(tail, StringComparer.OrdinalIgnoreCase);

    private static bool IsQuote(string word) => word is "'" or "‘" or "’" or "\"" or "“" or "”";

    private static bool IsKnownPlaceOrBody(string text, Gazetteer gazetteer) =>
        (gazetteer.Lookup(text) & (GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Organization)) != 0;

    private sealed class Person
    {
        public List<Candidate> Forms { get; } = [];

        public string Surname => NameForms.SurnameKey(Forms[0].Words.Last());

        /// <summary>The words in quotation marks inside the person's names: "Mido" of "Ahmed 'Mido' Hossam".</summary>
        public IEnumerable<string> Nicknames => Forms.Select(f => f.Words.ToList())
            .SelectMany(w => Enumerable.Range(1, Math.Max(0, w.Count - 2)).Where(k => IsQuote(w[k - 1]) && IsQuote(w[k + 1])).Select(k => w[k]));

        public bool Accepts(Candidate full)
        {
            var words = full.Words.ToList();
            // "Lord Butler" and "Robin Butler": a peer's title stands where the given name would.
            return NameForms.SurnameKey(words[^1]) == Surname &&
                Forms.Any(f => NameForms.SameGivenName(f.Words.First(), words[0]) || EndsWith(f.Words.ToList(), words)
                    || (words.Count == 2 && f.TokenCount == 2 && (MentionTyper.IsPeerage(words[0]) || MentionTyper.IsPeerage(f.Words.First()))));
        }

        /// <summary>The fullest form; among equally full spellings the one most used in the body, then the first there.</summary>
        public string Name()
        {
            var most = Forms.Max(f => f.TokenCount);
            return Forms.Where(f => f.TokenCount == most)
                .GroupBy(f => f.Text, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count(f => f.Region.InBody))
                .ThenBy(g => g.Where(f => f.Region.InBody).Select(f => f.Span.Start).DefaultIfEmpty(int.MaxValue).Min())
                .ThenBy(g => g.Min(f => f.Span.Start))
                .First().Key;
        }
    }
}
