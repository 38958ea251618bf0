using QuizTui.Core.Text;

namespace QuizTui.Core.Grammar;

/// <summary>
/// Participial modifiers read as passive clauses of their own, Heilman and Smith's "extraction of
/// simplified statements from participial phrases": "Liberated by Napoleon's army in 1806, Warsaw was
/// made ..." gives "Warsaw was liberated by Napoleon's army in 1806"; "This motor, patented in May 1888,
/// was ..." gives "This motor was patented in May 1888". Each clause comes with a sentence of its own:
/// the original tokens, spans and tags in the new order, and one written-in form of "be" that agrees with
/// the noun and takes the tense of the sentence's main clause (its span is empty, so nothing slices it).
/// </summary>
public static class ParticipleClauses
{
    /// <summary>The participial clauses of <paramref name="s"/>, given the clauses <see cref="ClauseFinder"/> found in it.</summary>
    public static IReadOnlyList<Clause> Find(TaggedSentence s, IReadOnlyList<Clause> clauses)
    {
        var found = new List<Clause>();
        var main = clauses.FirstOrDefault(c => !c.Embedded);

        // "Liberated by Napoleon's army in 1806, Warsaw was made the capital ...": the participle's subject is the main clause's.
        if (main is { Leading.Count: >= 3 } && s.Tags[main.Leading[0]] == "VBN" && s.Tags[main.Leading[1]] == "IN"
            && Derive(s, main.Subject, main.Leading[0], [.. main.Leading.Skip(1)], IsPast(s, main) || HasYear(s, main.Leading)) is { } leading)
        {
            found.Add(leading);
        }

        for (var v = 2; v + 1 < s.Count; v++)
        {
            // "This motor, patented/VBD in May 1888, was ...": the tagger may read the participle as a past tense, but
            // between commas after the main clause's subject it is the modifier the clause finder lifted out.
            var lifted = (s.Tags[v] == "VBD" && s.Word(v - 1) == "," && s.Lower(v).EndsWith("ed", StringComparison.Ordinal)
                && clauses.Any(c => c.Parenthetical.Count > 0 && c.Parenthetical[0] == v)) || IsReducedPassive(s, v);
            if (!(s.Tags[v] == "VBN" || lifted) || s.Tags[v + 1] != "IN" || clauses.Any(c => c.Verb == v || c.Auxiliaries.Contains(v) || c.Leading.Contains(v)))
            {
                continue;
            }

            // "Net profit was $186m in the quarter, compared with $1.13bn in the same period in 2003": a comparison, not
            // something done to the noun before it.
            if (s.Lower(v) == "compared" && s.Lower(v + 1) is "with" or "to")
            {
                continue;
            }

            // "This motor, patented in May 1888, ..." or "a motor presented in a paper by Galileo Ferraris". Set aside
            // between the subject and its verb, the participle is about the whole subject: "The demand for $280bn (£155bn)
            // - filed by the Clinton administration in 1999 - was rejected".
            var host = clauses.FirstOrDefault(c => c.Parenthetical.Contains(v) && (s.Word(v - 1) == "," || ClauseFinder.IsDash(s, v - 1)) && c.Subject.Count > 1 && c.Subject[^1] < v);
            var end = host is not null ? host.Subject[^1] + 1 : s.Word(v - 1) == "," ? v - 1 : v;
            if (end < 1 || s.ChunkType(end - 1) != "NP" || !(s.Tags[end - 1].StartsWith("NN", StringComparison.Ordinal) || host is not null))
            {
                continue;
            }

            var start = host?.Subject[0] ?? end - 1;
            while (host is null && start > 0 && s.ChunkType(start - 1) == "NP" && !s.StartsChunk(start))
            {
                start--;
            }

            // "the spread of the disease, linked to ...": which noun the participle belongs to is unclear after "of".
            // A noun phrase begins with a determiner or a name; a chunk that starts on an adjective is part of a longer one
            // the chunker split ("a similar commutator-less, rotating magnetic ... motor").
            // "some scenes made in Kigali": a quantified noun says too little to be asked about on its own.
            if ((host is null && start > 0 && s.Lower(start - 1) is "of" or "'s") || s.Tags[start] is not ("DT" or "NNP" or "NNPS" or "PRP$")
                || (s.Tags[start] == "DT" && s.Lower(start) is not ("the" or "this" or "these" or "those"))
                || Enumerable.Range(start, end - start).Any(k => s.Tags[k] == "POS"))
            {
                continue;
            }

            // "the mistake that John Major and his colleagues made in 1992": after a noun and "that" or "which" the
            // participle is the relative clause's verb, whose object is that noun; "When were his colleagues made?" is no question.
            if (host is null && AfterObjectRelative(s, start))
            {
                continue;
            }

            var adjunct = new List<int>();
            for (var k = v + 1; k < s.Count && !(s.Word(k) is "," or "." or ";" or ":" or "(" or "\"" or "“" or "”" || ClauseFinder.IsDash(s, k)) && !VerbGroup.IsVerbTag(s.Tags[k]) && s.Tags[k] is not ("WDT" or "WP"); k++)
            {
                adjunct.Add(k);
            }

            // "will fight the bans imposed on them by the IAAF": what an agent did to the noun was done before whatever the
            // main clause tells, so it is told in the past ("Who imposed the bans?").
            // Not a lasting state: "the operating system owned by Sun" still is.
            var past = main is null || IsPast(s, main) || HasYear(s, adjunct)
                || (adjunct.Any(k => s.Lower(k) == "by") && !VerbGroup.IsLastingState(Lemmatizer.Default.Base(s.Word(v), "VBN")));
            IReadOnlyList<int> patient = host is not null ? [.. host.Subject] : [.. Enumerable.Range(start, end - start)];
            if (adjunct.Count >= 2 && Derive(s, patient, v, adjunct, past) is { } modifier)
            {
                found.Add(modifier);
            }
        }

        if (main is { Subject.Count: > 0 })
        {
            found.AddRange(Adverbial(s, main, clauses));
        }

        return found;
    }

    /// <summary>Whether the noun phrase at <paramref name="start"/>, with those joined to it, follows a noun and "that" or "which".</summary>
    private static bool AfterObjectRelative(TaggedSentence s, int start)
    {
        var first = start;
        while (first > 0 && s.Tags[first - 1] is "NNP" or "NNPS" or "NN" or "NNS" or "PRP$" or "CC" or "DT" or "POS")
        {
            first--;
        }

        return first >= 2 && s.Lower(first - 1) is "that" or "which" && s.Tags[first - 2] is "NN" or "NNS";
    }

    /// <summary>Words before an "-ing" form that make it an adverbial of time whose subject is the main clause's.</summary>
    private static readonly HashSet<string> TimeOpeners = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "while", "upon", "on", "when" };

    /// <summary>
    /// Adverbial participles whose subject is the main clause's, read as clauses of their own told in its tense: "Tesla
    /// gained experience ... before emigrating to the United States in 1884" gives "Tesla emigrated to the United States in
    /// 1884"; "He finished a four-year term in three years, graduating in 1873" gives "He graduated in 1873"; "after being
    /// elected in 2001" gives "... was elected in 2001"; "After leaving Edison's company, Tesla partnered ..." gives "Tesla
    /// left Edison's company". Only a main clause told in the past lends its tense (a dated participle is past too).
    /// </summary>
    private static IEnumerable<Clause> Adverbial(TaggedSentence s, Clause main, IReadOnlyList<Clause> clauses)
    {
        var lastOfRest = main.Rest.Count > 0 ? main.Rest[^1] : main.Verb;
        for (var v = 0; v + 1 < s.Count; v++)
        {
            if (s.Tags[v] != "VBG" || clauses.Any(c => c.Verb == v || c.Auxiliaries.Contains(v) || c.Subject.Contains(v)))
            {
                continue;
            }

            // Where the participle stands: opening the sentence ("Leaving ..., Tesla"), after a time word in the leading part
            // or in the main clause's remainder, or after the comma that closes the main clause.
            var opener = v > 0 && TimeOpeners.Contains(s.Word(v - 1)) && s.Tags[v - 1] is "IN" or "WRB";
            var leading = main.Leading.Contains(v) && (v == main.Leading[0] || (opener && v - 1 == main.Leading[0]));
            var trailing = v > main.Subject[^1] && main.Verb >= 0 && v > main.Verb
                && ((opener && (main.Rest.Contains(v - 1) || v - 1 == lastOfRest + 1)) || (s.Word(v - 1) == "," && v - 1 == lastOfRest + 1));
            if (!(leading || trailing))
            {
                continue;
            }

            // Nothing between the main verb and a trailing participle may open another clause ("said the company, employing ...").
            if (trailing && Enumerable.Range(main.Verb + 1, v - main.Verb - 1).Any(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD" or "WDT" or "WP" || s.Lower(k) == "that"))
            {
                continue;
            }

            // "being elected", "having studied": the participle after them carries the verb.
            var lower = s.Lower(v);
            var passive = lower == "being" && s.Tags[v + 1] == "VBN";
            var perfect = lower == "having" && s.Tags[v + 1] == "VBN";
            if (lower is "being" or "having" && !(passive || perfect))
            {
                continue;
            }

            // "took the role, winning him an Oscar": a participle with a pronoun object tells what the event did, not its subject.
            var verb = passive || perfect ? v + 1 : v;
            if (s.Tags[verb + 1] == "PRP")
            {
                continue;
            }

            var adjunct = new List<int>();
            for (var k = verb + 1; k < s.Count && !(s.Word(k) is "," or "." or ";" or ":" or "(" or "—" or "–" or "\"" or "“" or "”")
                && s.Tags[k] is not ("VBD" or "VBZ" or "VBP" or "MD" or "WDT" or "WP") && !(s.Lower(k) is "and" or "but" or "or" && k + 1 < s.Count && s.Tags[k + 1] == "VBG"); k++)
            {
                adjunct.Add(k);
            }

            // "after being confronted by Zoe, Chrissie and Sam": a list of names the comma would cut is left whole, unasked.
            var cut = verb + adjunct.Count + 1;
            var past = IsPast(s, main) || HasYear(s, adjunct);
            if (adjunct.Count == 0 || !past || (cut + 1 < s.Count && s.Word(cut) == "," && s.Tags[cut - 1] is "NNP" or "NNPS" && s.Tags[cut + 1] is "NNP" or "NNPS" && trailing))
            {
                continue;
            }

            var form = passive ? null
                : perfect ? Lemmatizer.Default.PastOfParticiple(s.Word(verb))
                : Lemmatizer.Default.PastOfPresentParticiple(s.Word(verb));
            var clause = passive ? Derive(s, main.Subject, verb, adjunct, past: true)
                : form is not null ? Active(s, main.Subject, verb, form, adjunct)
                : null;
            if (clause is not null)
            {
                yield return clause;
            }
        }
    }

    /// <summary>The clause "subject verb adjunct" with the verb written in its past form over the participle's span.</summary>
    private static Clause? Active(TaggedSentence s, IReadOnlyList<int> subject, int participle, string past, IReadOnlyList<int> adjunct) =>
        Rebuilt(s, [.. subject.Append(participle).Concat(adjunct)],
            k => k == participle ? (new Token(past, s.Tokens[k].Span), "VBD", "B-VP") : (s.Tokens[k], s.Tags[k], s.Chunks[k]),
            subject.Count, [], subject.Count);

    /// <summary>
    /// "named after the castle built in 1080 by Robert Curthose": a past form (tagged either way) right after a noun, with no
    /// object, followed by prepositional phrases that lead to "by" and a name, is a participle modifying the
    /// noun, not the noun's finite verb (an active past verb rarely has a "by"-agent).
    /// </summary>
    internal static bool IsReducedPassive(TaggedSentence s, int v)
    {
        if (s.Tags[v] is not ("VBD" or "VBN") || v == 0 || !s.Tags[v - 1].StartsWith("NN", StringComparison.Ordinal) || s.ChunkType(v - 1) != "NP"
            || v + 2 >= s.Count || s.Tags[v + 1] != "IN" || !Lemmatizer.Default.CanBeParticiple(s.Word(v)))
        {
            return false;
        }

        for (var k = v + 1; k + 1 < s.Count && k < v + 10; k++)
        {
            if (s.Lower(k) == "by")
            {
                var name = k + 1;
                while (name < s.Count && s.Tags[name] is "DT" or "JJ")
                {
                    name++;
                }

                return name < s.Count && s.Tags[name] is "NNP" or "NNPS";
            }

            if (s.Tags[k] is not ("IN" or "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "POS"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Started in 1990, the festival continues ...": a dated participle happened in the past, whatever the main clause's tense.</summary>
    private static bool HasYear(TaggedSentence s, IEnumerable<int> tokens) => tokens.Any(k => ClauseFinder.IsYear(s, k));

    /// <summary>
    /// "the Jesse Owens Awards", "the Commonwealth Games": a name ending in a common noun's plural is plural, though tagged a
    /// singular proper noun; "Times" names a newspaper ("The Times was founded").
    /// </summary>
    private static bool PluralName(string word) =>
        word.Length > 3 && char.IsUpper(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word != "Times"
        && TagLexicon.Default.Class(word.ToLowerInvariant()).Split('|').Contains("NNS", StringComparer.Ordinal)
        && TagLexicon.Default.Class(word[..^1].ToLowerInvariant()).Split('|').Contains("NN", StringComparer.Ordinal);

    /// <summary>True when the clause is told in the past ("was", "had", a past form).</summary>
    internal static bool IsPast(TaggedSentence s, Clause clause) =>
        clause.Auxiliaries.Count > 0 ? s.Lower(clause.Auxiliaries[0]) is "was" or "were" or "had" or "did" : clause.Verb >= 0 && s.Tags[clause.Verb] is "VBD" or "VBN";

    private static Clause? Derive(TaggedSentence s, IReadOnlyList<int> patient, int participle, IReadOnlyList<int> adjunct, bool past)
    {
        if (patient.Count == 0 || patient.Count > 10 || adjunct.Count == 0 || !patient.Any(k => s.Tags[k].StartsWith("NN", StringComparison.Ordinal)))
        {
            return null;
        }

        var plural = s.Tags[patient[^1]] is "NNS" or "NNPS" || patient.Any(k => s.Lower(k) == "and") || PluralName(s.Word(patient[^1]));
        var be = (past, plural) switch
        {
            (true, false) => "was",
            (true, true) => "were",
            (false, false) => "is",
            (false, true) => "are",
        };

        var at = Math.Max(0, s.Tokens[participle].Span.Start - 1);
        (Token, string, string) Written(int k) => k < 0 ? (new Token(be, new TextSpan(at, at)), past ? "VBD" : plural ? "VBP" : "VBZ", "B-VP")
            : (s.Tokens[k], s.Tags[k], k == participle ? "I-VP" : s.Chunks[k]);
        return Rebuilt(s, [.. patient.Append(-1).Append(participle).Concat(adjunct)], Written, patient.Count, [patient.Count], patient.Count + 1);
    }

    /// <summary>
    /// The clause of a sentence made of <paramref name="s"/>'s tokens in <paramref name="order"/> (each with its tag and
    /// chunk as <paramref name="written"/> gives them): the subject first, then the verb group, then what follows up to the
    /// first clause boundary; null when nothing follows the verb.
    /// </summary>
    private static Clause? Rebuilt(TaggedSentence s, IReadOnlyList<int> order, Func<int, (Token Token, string Tag, string Chunk)> written, int subject, IReadOnlyList<int> auxiliaries, int verb)
    {
        var items = order.Select(written).ToList();
        var chunks = items.Select(i => i.Chunk).ToList();
        chunks[0] = "B-" + s.ChunkType(order[0]);
        var derived = new TaggedSentence(s.Text, [.. items.Select(i => i.Token)], [.. items.Select(i => i.Tag)], chunks);
        var rest = ClauseFinder.Remainder(derived, verb + 1, reporting: false);
        return rest.Count == 0 ? null
            : new Clause(derived, [.. Enumerable.Range(0, subject)], auxiliaries, [], verb, rest, [], [], Embedded: false);
    }
}
