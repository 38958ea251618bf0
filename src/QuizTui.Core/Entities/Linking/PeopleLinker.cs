using QuizTui.Core.Entities.Gazetteers;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Joins the mentions of each person: full names spelt differently ("Sergey"/"Sergei Lavrov") become one
/// person named by the fullest form most used in the body; a lone surname ("Kerry", the "Assad" of
/// "Assad's") takes the nearest earlier full name with that surname, and a lone word the tagger called a
/// place or organisation becomes that person when it is no known place.
/// </summary>
internal static class PeopleLinker
{
    public static void Link(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer)
    {
        var people = new List<Person>();
        foreach (var full in candidates.Where(c => c.Type == MentionType.Person && c.TokenCount >= 2))
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

        foreach (var single in candidates.Where(c => c.TokenCount == 1 && !c.Settled && c.Type is MentionType.Person or MentionType.Place or MentionType.Other))
        {
            var key = NameForms.SurnameKey(single.Text);
            var matches = people.Where(p => p.Surname == key).ToList();
            if (matches.Count == 0 || (single.Type != MentionType.Person && IsKnownPlaceOrBody(single.Text, gazetteer)))
            {
                continue;
            }

            var nearest = matches
                .SelectMany(p => p.Forms.Select(f => (Person: p, Form: f)))
                .OrderBy(m => m.Form.Span.Start <= single.Span.Start ? 0 : 1)
                .ThenBy(m => Math.Abs(single.Span.Start - m.Form.Span.Start))
                .First();
            single.Type = MentionType.Person;
            single.Entity = nearest.Form.Entity;
        }

        foreach (var rest in candidates.Where(c => c.Type == MentionType.Person && c.Entity.Length == 0))
        {
            rest.Entity = rest.Text;
        }
    }

    private static bool IsKnownPlaceOrBody(string text, Gazetteer gazetteer) =>
        (gazetteer.Lookup(text) & (GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Organization)) != 0;

    private sealed class Person
    {
        public List<Candidate> Forms { get; } = [];

        public string Surname => NameForms.SurnameKey(Forms[0].Words.Last());

        public bool Accepts(Candidate full)
        {
            var words = full.Words.ToList();
            return NameForms.SurnameKey(words[^1]) == Surname &&
                Forms.Any(f => NameForms.SameGivenName(f.Words.First(), words[0]));
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
