using QuizTui.Core.Text;

namespace QuizTui.Core.Grammar;

/// <summary>
/// Clefts read as the plain clauses they focus: "It was only in 1489 that the Venetians acquired full control of the
/// island" gives "The Venetians acquired full control of the island in 1489"; "It was not until January 1518 that friends
/// of Luther translated the 95 Theses" gives "... translated the 95 Theses in January 1518". The focused phrase moves to
/// the end of the clause "that" opens, so the time and place questions of that clause can ask for it.
/// </summary>
public static class CleftClauses
{
    /// <summary>The clause a cleft in <paramref name="s"/> focuses, given the clauses <see cref="ClauseFinder"/> found in it.</summary>
    public static Clause? Find(TaggedSentence s, IReadOnlyList<Clause> clauses)
    {
        // "It was [only | not until] <phrase> that <clause>".
        if (clauses.FirstOrDefault(c => !c.Embedded) is not { Copula: true, Subject: [var it], Auxiliaries: [var be], Rest.Count: >= 4 } main
            || s.Lower(it) != "it" || s.Lower(be) is not ("was" or "is") || main.Leading.Count > 0)
        {
            return null;
        }

        var k = main.Rest[0];
        var adverbs = 0;
        while (k < s.Count && s.Lower(k) is "only" or "just" or "precisely" or "exactly" or "also")
        {
            k++;
            adverbs++;
        }

        // "not" stands in the verb group: "It was not until January 1518 that ...".
        var notUntil = s.Lower(k) is "until" or "till" && main.Adverbs.Any(a => s.Lower(a) == "not") && main.Adverbs.Count == 1;
        var preposition = k;
        var that = preposition + 1;
        while (that < s.Count && s.Lower(that) != "that" && (s.Tags[that] is "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" || s.Lower(that) == "of"))
        {
            that++;
        }

        if ((!notUntil && s.Tags[preposition] != "IN") || that >= s.Count || s.Lower(that) != "that" || that - preposition < 2 || (adverbs > 0 && notUntil)
            || (main.Negated && !notUntil)
            || (clauses.FirstOrDefault(c => c.Embedded && c.Subject.Count > 0 && c.Subject[0] == that + 1) ?? ClauseFinder.ParseAt(s, that + 1)) is not { } focused
            || focused.Rest.Count == 0)
        {
            return null;
        }

        // The focused clause as written, then the phrase: "not until" a date is "in" a year or month, "on" a day.
        var phrase = Enumerable.Range(preposition + 1, that - preposition - 1).ToList();
        var order = Enumerable.Range(focused.Subject[0], focused.Rest[^1] - focused.Subject[0] + 1).ToList();
        var tokens = order.Select(j => s.Tokens[j]).ToList();
        var tags = order.Select(j => s.Tags[j]).ToList();
        var chunks = order.Select(j => s.Chunks[j]).ToList();
        var day = phrase.Any(j => s.Tags[j] == "CD" && s.Word(j).Length <= 2);
        var at = s.Tokens[preposition].Span;
        tokens.Add(notUntil ? new Token(day ? "on" : "in", new TextSpan(at.Start, at.Start)) : s.Tokens[preposition]);
        tags.Add("IN");
        chunks.Add("B-PP");
        foreach (var j in phrase)
        {
            tokens.Add(s.Tokens[j]);
            tags.Add(s.Tags[j]);
            chunks.Add(s.Chunks[j]);
        }

        var derived = new TaggedSentence(s.Text, tokens, tags, chunks);
        var offset = focused.Subject[0];
        IReadOnlyList<int> Moved(IEnumerable<int> indices) => [.. indices.Select(j => j - offset)];
        var rest = Moved(focused.Rest).Concat(Enumerable.Range(order.Count, phrase.Count + 1)).ToList();
        return new Clause(derived, Moved(focused.Subject), Moved(focused.Auxiliaries), Moved(focused.Adverbs),
            focused.Verb < 0 ? -1 : focused.Verb - offset, rest, [], [], Embedded: false);
    }
}
