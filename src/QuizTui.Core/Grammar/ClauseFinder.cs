namespace QuizTui.Core.Grammar;

/// <summary>
/// Finds the main clause of a tagged and chunked sentence and the clauses embedded after reporting
/// verbs and subordinators, in the manner of Heilman and Smith's simplified-statement extraction:
/// leading adverbials are set aside, appositions and relative clauses lifted out of the subject, and
/// the remainder cut at the first clause boundary.
/// </summary>
public static class ClauseFinder
{
    public static IReadOnlyList<Clause> Find(TaggedSentence sentence)
    {
        var clauses = new List<Clause>();
        var start = SkipLeading(sentence, out var leading);
        if (start >= 0 && TryParse(sentence, start, leading, embedded: false) is { } main)
        {
            clauses.Add(main);
        }

        for (var i = 1; i < sentence.Count - 2; i++)
        {
            var opener = sentence.Lower(i);
            var afterReporting = VerbGroup.IsVerbTag(sentence.Tags[i - 1]) && sentence.Tags[i - 1] != "MD"
                && VerbGroup.IsReporting(Lemmatizer.Default.Base(sentence.Word(i - 1), sentence.Tags[i - 1]))
                && sentence.ChunkType(i) == "NP";
            if (afterReporting && clauses.All(c => c.Subject[0] != i) && TryParse(sentence, i, [], embedded: true) is { } reported)
            {
                clauses.Add(reported);
            }
            // "a war that Scientology has been waging": "that" after a noun opens a relative clause with a gap, no fact of its own.
            // "served as mayor of Leeds before being elected": "as" names a role there, and no subject holds "being".
            else if (VerbGroup.IntroducesFact(opener) && sentence.Tags[i] is "IN" or "WRB" or "CC"
                && (opener != "and" || (i > 0 && sentence.Word(i - 1) == ","))
                && !(opener == "that" && sentence.Tags[i - 1].StartsWith("NN", StringComparison.Ordinal))
                && !(opener == "as" && sentence.Lower(i - 1) is "such" or "known" or "well")
                // "A film starring Kevin Bacon as a convicted paedophile won ...": an "as" inside the sentence's subject, before any
                // finite verb or comma, names a part; what follows it is no clause's subject.
                && !(opener == "as" && !Enumerable.Range(0, i).Any(k => sentence.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD" || sentence.Word(k) is "," or ";" or ":"))
                && TryParse(sentence, i + 1, [], embedded: true) is { } embedded
                && !embedded.Subject.Any(k => sentence.Lower(k) is "being" or "having")
                && !(opener == "and" && clauses.Any(c => c.Subject.Contains(i) && IsConjunctOf(embedded, c))))
            {
                clauses.Add(embedded);
            }
        }

        FindByVerb(sentence, clauses);
        return clauses;
    }

    /// <summary>
    /// "Sweden's Carolina Kluft, the Olympic champion, and Slovenia's Jolanda Ceplak had winning performances": what
    /// follows an "and" inside a found clause's subject is the last of its subjects, sharing its verb, not a clause of its own.
    /// </summary>
    private static bool IsConjunctOf(Clause part, Clause whole) =>
        whole.Subject.Contains(part.Subject[0]) && part.Verb == whole.Verb && part.Auxiliaries.SequenceEqual(whole.Auxiliaries);

    /// <summary>
    /// Clauses the openers above miss, found from their finite verbs: a verb coordinated with a found
    /// clause's verb shares its subject ("owners voted and awarded the game"); a relative "who" after a
    /// comma has its antecedent for subject ("Bruno Mars, who headlined ..."); and a noun phrase that
    /// starts after a comma, a conjunction or "where" is the subject of the verb right after it
    /// ("..., and quarterback Cam Newton was named ...", "New York, where he was hired ...").
    /// </summary>
    private static void FindByVerb(TaggedSentence s, List<Clause> clauses)
    {
        for (var v = 2; v < s.Count - 1; v++)
        {
            if (s.Tags[v] is not ("VBD" or "VBZ" or "VBP" or "MD") || s.ChunkType(v) != "VP" || !s.StartsChunk(v)
                || clauses.Any(c => c.Verb == v || c.Auxiliaries.Contains(v) || c.Subject.Contains(v)))
            {
                continue;
            }

            // Inside a quotation the speaker's words are not the article's facts.
            if (Enumerable.Range(0, v).Count(k => s.Word(k) is "“" or "\"" or "”") % 2 == 1)
            {
                continue;
            }

            var before = v - 1;
            while (before > 0 && s.Tags[before] == "RB")
            {
                before--;
            }

            // "was born in Warsaw and in 1916 married a lawyer": a phrase of time or place between "and" and the verb leads
            // the second verb's clause, as it would a sentence of its own.
            IReadOnlyList<int>? ownLeading = null;
            var reach = Math.Max(1, v - 9);
            if (Enumerable.Range(reach, Math.Max(0, v - 1 - reach)).FirstOrDefault(k => PhraseThenVerb(s, k) == v, -1) is var conjunction and > 0)
            {
                ownLeading = [.. Enumerable.Range(conjunction + 1, before - conjunction).Where(k => s.Word(k) != ",")];
                before = conjunction;
            }

            Clause? found = null;
            if (s.Tags[before] == "CC" && s.Lower(before) is "and" or "but" or "or"
                && (InAdverbialClause(s, clauses, before) ?? clauses.Where(c => VerbAt(c) is >= 0 and var at && at < before && (c.Rest.Count == 0 || c.Rest[^1] < before)).MaxBy(VerbAt)) is { } first)
            {
                // "Korea substituted Park and was replaced by Kim": a change of voice across "and" often changes the subject too.
                // "Theresa May told ... that the plans were inadequate and were papering over ...": a verb that does not agree
                // with the subject it would share belongs to another.
                // A leading phrase of its own leaves no room for another subject: "was born in Warsaw and in 1916 married" keeps it.
                found = ParseVerbGroup(s, v, [.. first.Subject], [], ownLeading ?? first.Leading, [], first.Embedded) is { } joined
                    && (joined.Passive == first.Passive || ownLeading is not null) && Agrees(s, first.Subject, v) ? joined : null;
            }
            else if (ownLeading is not null)
            {
                continue;
            }
            else if (s.Lower(before) == "who" && AntecedentEnd(s, before) is var end and > 0)
            {
                // "Thanou, 30, who won the silver": an age between commas is not who; the name before it is.
                if (end >= 3 && s.Tags[end - 1] == "CD" && s.Word(end - 2) == "," && s.Tags[end - 3] is "NNP" or "NNPS")
                {
                    end -= 2;
                }

                var start = end - 1;
                while (start > 0 && s.ChunkType(start - 1) == "NP" && s.Tags[start - 1] is "NNP" or "NNPS" && !s.StartsChunk(start))
                {
                    start--;
                }

                // "the way Thackeray - who was born in India": a name after "the" and a common noun the chunker joined it to is the
                // antecedent; a role before a name stays with it ("blues singer Ray Charles, who").
                while (start > 0 && !s.StartsChunk(start) && !(s.Tags[start] is "NNP" or "NNPS" && s.Tags[start - 1] is "NN" or "NNS" && start >= 2 && s.Lower(start - 2) == "the"))
                {
                    start--;
                }

                // "House of Flying Daggers and UK star Kate Winslet, who has two nods": a singular verb after "who" takes the
                // last of the names the chunker joined with "and", not the pair.
                if ((s.Tags[v] == "VBZ" || s.Lower(v) == "was") && Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).LastOrDefault(k => s.Tags[k] == "CC", -1) is var pair and > 0)
                {
                    start = pair + 1;
                }

                found = ParseVerbGroup(s, v, [.. Enumerable.Range(start, end - start)], [], [], [], embedded: true);

                // "Richard Dean Adams, who headed up the Niagara Falls Company sought Tesla's opinion": without its closing
                // comma the relative clause ends where a finite verb follows a noun, the main clause's verb.
                if (found is { Verb: >= 0 } relative && !VerbGroup.IsReporting(Lemmatizer.Default.Base(s.Word(relative.Verb), s.Tags[relative.Verb]))
                    && relative.Rest.ToList().FindIndex(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" && k > 0 && s.Tags[k - 1] is "NN" or "NNS" or "NNP" or "NNPS"
                        && relative.Rest.Contains(k - 1)) is var cut and > 0
                    && !relative.Rest.Take(cut).Any(k => s.Tags[k] is "WDT" or "WP" or "IN" && s.Lower(k) is "that" or "which" or "who" or "whom"))
                {
                    found = relative with { Rest = [.. relative.Rest.Take(cut)] };
                }

                // "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won ...": a name
                // after "and" that a comma closes is the next of the main clause's subjects, not the relative clause's.
                if (found is { Rest.Count: > 2 } rel && rel.Rest[^1] + 1 < s.Count && s.Word(rel.Rest[^1] + 1) == ","
                    && rel.Rest.ToList().FindLastIndex(k => s.Lower(k) == "and") is var joint and > 0
                    && rel.Rest.Skip(joint + 1).All(k => s.Tags[k] is "NNP" or "NNPS"))
                {
                    found = rel with { Rest = [.. rel.Rest.Take(joint)] };
                }
            }
            else if (s.Lower(before) is "which" or "who" && clauses.FirstOrDefault(c => c.Parenthetical.Count > 0 && c.Parenthetical[0] == before) is { } main
                && !main.Subject.Any(k => s.Tags[k] is "IN" or "TO" or "CC"))
            {
                // "The prize, which will be awarded in London in June, will be given ...": a relative clause set off after the
                // subject has that subject for its own; after "Her links to Opus Dei" it may have the last noun instead.
                found = ParseVerbGroup(s, v, [.. main.Subject], [], [], [], embedded: true);
            }
            else if (s.ChunkType(before) == "NP" && ChunkStart(s, before) is var start and > 0
                && (s.Word(start - 1) is "," or ";" || s.Tags[start - 1] is "CC" or "WRB") && !(s.Tags[start - 1] == "CC" && (start < 2 || s.Word(start - 2) != ",")))
            {
                found = TryParse(s, start, [], embedded: true);
            }
            else if (s.ChunkType(before) == "NP" && ChunkStart(s, before) is var inner and > 2 && s.Tags[inner - 1] == "IN" && s.ChunkType(inner - 1) == "PP"
                && (s.Word(inner - 2) is "," or ";" || (s.Lower(inner - 2) is "and" or "but" && s.Word(inner - 3) == ","))
                && SubjectAfterPhrase(s, inner - 1, out var phrase) is var subject and > 0 && subject <= before)
            {
                // "This view was controversial, and in the early 1990s three Advocate Generals argued ...": a clause after the
                // comma may open with its own phrase of time or place, as a sentence does.
                found = TryParse(s, subject, phrase, embedded: true);
            }

            if (found is not null && found.Verb != -1 | found.Auxiliaries.Count > 0)
            {
                clauses.Add(found);
            }
        }
    }

    /// <summary>
    /// The finite main verb after "and" or "but" at <paramref name="conjunction"/> and a prepositional phrase: "and in December
    /// 1517 forwarded them", "and, in 1916, married". The phrase is a preposition and one short noun phrase, set off by commas
    /// or not; a name after a number is a new subject ("and in 1886 Tesla met"). -1 when the words are anything else.
    /// </summary>
    private static int PhraseThenVerb(TaggedSentence s, int conjunction)
    {
        if (s.Tags[conjunction] != "CC" || s.Lower(conjunction) is not ("and" or "but"))
        {
            return -1;
        }

        var k = conjunction + 1;
        if (k < s.Count && s.Word(k) == ",")
        {
            k++;
        }

        if (k >= s.Count - 2 || s.Tags[k] != "IN" || s.Lower(k) is "that" or "of" or "than" or "because" or "if" or "while" or "as" or "with")
        {
            return -1;
        }

        var first = ++k;
        while (k < s.Count && k - first < 5 && s.Tags[k] is "CD" or "NNP" or "NN" or "NNS" or "DT" or "JJ" or "POS"
            && (k == first || !s.StartsChunk(k)) && !(s.Tags[k] == "NNP" && s.Tags[k - 1] == "CD"))
        {
            k++;
        }

        if (k == first || k >= s.Count)
        {
            return -1;
        }

        if (s.Word(k) == ",")
        {
            k++;
        }

        // "spent on conflict in Iraq and in the Middle East should have been used": an auxiliary there more likely has the
        // whole run before it for subject, the first verb a participle.
        return k < s.Count && s.Tags[k] is "VBD" or "VBZ" && s.ChunkType(k) == "VP" && !VerbGroup.IsAuxiliary(s.Lower(k), s.Tags[k]) ? k : -1;
    }

    /// <summary>
    /// Where the name a relative "who" at <paramref name="who"/> refers to ends: before the comma or dash that sets the
    /// relative clause off, or right before "who" after a name whose relative clause a comma closes before the main verb
    /// ("Mr Snow who is currently in Dublin, has applauded ..."); -1 for a restrictive "who" ("the man who ...").
    /// </summary>
    private static int AntecedentEnd(TaggedSentence s, int who)
    {
        if (who >= 2 && (s.Word(who - 1) == "," || IsDash(s, who - 1)) && s.ChunkType(who - 2) == "NP")
        {
            return who - 1;
        }

        return UnmarkedRelativeEnd(s, who) > 0 ? who : -1;
    }

    /// <summary>
    /// The comma that closes a relative clause opened by "who" at <paramref name="who"/> right after a name, without the
    /// comma that should open it, when the main clause's finite verb follows it: "Mr Snow who is currently in Dublin, has
    /// applauded"; -1 otherwise.
    /// </summary>
    private static int UnmarkedRelativeEnd(TaggedSentence s, int who)
    {
        if (who < 1 || s.Lower(who) != "who" || s.Tags[who - 1] is not ("NNP" or "NNPS") || FindClose(s, who + 1, ",") is not (var comma and > 0)
            || comma + 1 >= s.Count || s.Tags[comma + 1] is not ("VBD" or "VBZ" or "VBP" or "MD") || s.ChunkType(comma + 1) != "VP")
        {
            return -1;
        }

        return comma;
    }

    /// <summary>
    /// False when the finite verb at <paramref name="v"/> cannot agree with <paramref name="subject"/>: "were", "are" or
    /// "have" after one singular name or noun, "was", "is" or "has" after a plural one or a pair joined by "and".
    /// </summary>
    private static bool Agrees(TaggedSentence s, IReadOnlyList<int> subject, int v)
    {
        var head = subject.TakeWhile(k => s.Tags[k] is not ("IN" or "," or "WDT" or "WP")).LastOrDefault(-1);
        if (head < 0 || subject.Any(k => s.Tags[k] is "PRP" or "CD"))
        {
            return true;
        }

        var plural = s.Tags[head] is "NNS" or "NNPS" || subject.Any(k => s.Lower(k) == "and");
        var singular = s.Tags[head] is "NN" or "NNP" && !plural;
        return s.Lower(v) switch
        {
            "were" or "are" or "have" => !singular,
            "was" or "is" or "has" => !plural,
            _ => true,
        };
    }

    /// <summary>
    /// Where a clause's verb stands: its main verb, or a copula's "be" ("the plans were inadequate and were papering over
    /// the cracks": the second verb joins the nearer clause, whose verb is the copula).
    /// </summary>
    private static int VerbAt(Clause c) => c.Verb >= 0 ? c.Verb : c.Auxiliaries.Count > 0 ? c.Auxiliaries[^1] : -1;

    /// <summary>
    /// True when the comma at <paramref name="k"/>, after a noun, goes on with a list of noun phrases closed by "and" or "or":
    /// "made low inflation, unemployment and mortgage rates the centrepiece" keeps its object whole instead of ending at
    /// "low inflation". Each item is a short noun phrase; a verb or anything else before the "and" ends no list.
    /// </summary>
    private static bool ListGoesOn(TaggedSentence s, int k)
    {
        if (k == 0 || s.Tags[k - 1] is not ("NN" or "NNS"))
        {
            return false;
        }

        var j = k + 1;
        for (var items = 0; items < 6; items++)
        {
            var start = j;
            while (j < s.Count && j - start < 5 && s.Tags[j] is "DT" or "JJ" or "NN" or "NNS" or "CD" or "VBG" && s.ChunkType(j) == "NP")
            {
                j++;
            }

            // "race, policing and immigration": a lone -ing word between the commas of a list is a noun the chunker took for a verb.
            var gerund = j == start && j + 1 < s.Count && s.Tags[j] == "VBG" && (s.Word(j + 1) == "," || s.Lower(j + 1) is "and" or "or");
            if (gerund)
            {
                j++;
            }
            else if (j == start || j >= s.Count || s.Tags[j - 1] is not ("NN" or "NNS"))
            {
                return false;
            }

            if (s.Word(j) == ",")
            {
                j++;
                continue;
            }

            return s.Lower(j) is "and" or "or" && j + 1 < s.Count && s.ChunkType(j + 1) == "NP" && s.Tags[j + 1] is not ("PRP" or "NNP" or "NNPS");
        }

        return false;
    }

    /// <summary>
    /// The adverbial clause whose rest runs over the conjunction at <paramref name="and"/>: "her career took a setback when
    /// she failed to finish the marathon and later dropped out of the 10,000m" joins "dropped out" to "she failed", not
    /// to the main clause. A reported clause does not take the verb ("said the plan was good and announced funds").
    /// </summary>
    private static Clause? InAdverbialClause(TaggedSentence s, List<Clause> clauses, int and)
    {
        var last = clauses.Where(c => c.Verb >= 0 && c.Verb < and).MaxBy(c => c.Verb);
        return last is { Embedded: true } && last.Subject.Count > 0 && last.Subject[0] > 0 && last.Rest.Contains(and)
            && s.Lower(last.Subject[0] - 1) is "when" or "after" or "before" or "because" or "while" or "as" or "if" or "since" or "although" or "though" or "until" or "once" or "whereas"
            ? last
            : null;
    }

    internal static int ChunkStart(TaggedSentence s, int k)
    {
        while (k > 0 && !s.StartsChunk(k))
        {
            k--;
        }

        return k;
    }

    /// <summary>Index where the main subject starts, past connectives and a leading adverbial; -1 if none.</summary>
    private static int SkipLeading(TaggedSentence s, out IReadOnlyList<int> leading)
    {
        leading = [];
        var i = 0;
        while (i < s.Count && (s.Tags[i] == "CC" || s.Word(i) is "“" or "\"" or "–" or "-" or "—"))
        {
            if (s.Word(i) is "“" or "\"")
            {
                return -1;
            }

            i++;
        }

        if (i >= s.Count)
        {
            return -1;
        }

        // "Last year MAB, which opposed the war, urged ...": a noun phrase of time may lead without a comma.
        if (i + 2 < s.Count && s.Lower(i) is "last" or "this" or "next" && s.Lower(i + 1) is "year" or "week" or "month" or "season" or "summer"
            or "winter" or "spring" or "autumn" or "weekend" or "night" or "time" && s.Tags[i + 2] is "NNP" or "NNPS" or "DT" or "PRP" or "PRP$")
        {
            leading = [i, i + 1];
            return i + 2;
        }

        // "A few plays later, ...", "Two days earlier, ...", "Moments ago, ...": a noun phrase of time counted back or on
        // from another leads like a prepositional phrase.
        var comma = Enumerable.Range(i, Math.Min(7, s.Count - i)).FirstOrDefault(k => s.Word(k) == ",", -1);
        var timeAway = comma > i + 1 && s.Lower(comma - 1) is "later" or "earlier" or "ago" or "afterwards" or "before"
            && Enumerable.Range(i, comma - 1 - i).All(k => s.ChunkType(k) == "NP" && s.Tags[k] is "DT" or "JJ" or "CD" or "NNS" or "NN" or "RB");
        var opensWithAdjunct = timeAway || (!RoundsCount(s, i) && (s.ChunkType(i) is "PP" or "SBAR" or "ADVP" or "ADJP" || s.Tags[i] is "VBG" or "VBN" or "IN" or "RB" or "TO" or "WRB"));
        if (!opensWithAdjunct)
        {
            return i;
        }

        for (var j = i + 1; j < s.Count - 1; j++)
        {
            // "In late 1886 Tesla met Alfred S. Brown, a ...": a finite verb before any comma means the adverbial had none.
            // "In talks that stretched late into Tuesday night (May 7), ...": a relative clause's verb is not the sentence's.
            if (s.Tags[j] is "VBD" or "VBZ" or "VBP" or "MD" && s.ChunkType(j) == "VP" && s.ChunkType(i) == "PP"
                && s.Lower(i) is "in" or "on" or "at" or "during" or "throughout" or "around" or "by"
                && !Enumerable.Range(i, j - i).Any(k => s.Tags[k] is "WDT" or "WP" or "WRB" || s.Lower(k) == "that" || (s.Word(k) == "(" && s.Word(j - 1) != ")")))
            {
                break;
            }

            // "On May 21, 2013, ...": the comma inside a date does not end the adverbial.
            if (s.Word(j) == "," && !CommaInDate(s, j))
            {
                j = PastAdjuncts(s, PastList(s, j));
                leading = [.. Enumerable.Range(i, j - i)];

                // "However, in the early 11th century the dukes began ...": a phrase without a comma may follow the first.
                if (j + 2 < s.Count && s.Tags[j + 1] == "IN" && SubjectAfterPhrase(s, j + 1, out var more) is var subject and >= 0)
                {
                    leading = [.. leading, j, .. more];
                    return subject;
                }

                return j + 1;
            }
        }

        return SubjectAfterPhrase(s, i, out leading);
    }

    /// <summary>
    /// "In 2012 the Economist Intelligence Unit ranked Warsaw ...": a leading prepositional phrase without a
    /// comma ends where the noun phrase before the first finite verb begins; -1 when that is unclear.
    /// </summary>
    private static int SubjectAfterPhrase(TaggedSentence s, int i, out IReadOnlyList<int> leading)
    {
        leading = [];
        if (s.ChunkType(i) != "PP" || s.Tags[i] != "IN")
        {
            return -1;
        }

        var verb = i + 1;
        var end = -1;
        while (verb < s.Count && !(s.ChunkType(verb) == "VP" && s.Tags[verb] is "VBD" or "VBZ" or "VBP" or "MD"))
        {
            // "In 1927 a zoological garden (Ogród Zoologiczny) was established": an aside in brackets between the subject
            // and its verb is passed over.
            if (s.Word(verb) == "(" && verb > i + 1 && s.ChunkType(verb - 1) == "NP" && FindClose(s, verb + 1, ")") is var close and > 0
                && close + 1 < s.Count && s.ChunkType(close + 1) == "VP" && s.Tags[close + 1] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                end = verb;
                verb = close + 1;
                break;
            }

            if (s.Tags[verb] is "VBG" or "VBN" or "WDT" or "WP" or "." or ":" || s.Word(verb) is "“" or "\"" or "(")
            {
                return -1;
            }

            verb++;
        }

        end = end < 0 ? verb : end;

        // "in the early 1990s three Advocate Generals persuasively argued": adverbs before the verb are the verb's.
        while (end > i + 2 && s.Tags[end - 1] == "RB" && s.ChunkType(end - 2) == "NP")
        {
            end--;
        }

        if (verb >= s.Count || s.ChunkType(end - 1) != "NP")
        {
            return -1;
        }

        // "Since 1990 the President of Warsaw had been elected": the preposition takes one noun phrase (with its "of"
        // phrases); a noun phrase after that, running to the verb, is the subject.
        var after = s.ChunkType(i + 1) == "NP" ? s.ChunkEnd(i + 1) : -1;
        while (after > 0 && after + 1 < verb && s.Lower(after) == "of" && s.ChunkType(after + 1) == "NP")
        {
            after = s.ChunkEnd(after + 1);
        }

        if (after > i + 1 && after < end - 1 && s.ChunkType(after) == "NP" && s.StartsChunk(after) && s.Tags[after] is "DT" or "NNP" or "NNPS" or "PRP$" or "JJ"
            && Enumerable.Range(after, end - after).All(k => s.ChunkType(k) == "NP" || (s.Lower(k) == "of" && s.ChunkType(k + 1) == "NP")))
        {
            leading = [.. Enumerable.Range(i, after - i)];
            return after;
        }

        // The subject: the proper-name run before the verb when the chunk holds a possessor ("Edison's company Tesla"), else the whole chunk.
        var start = end - 1;
        // "In late 1886 Tesla met ...": the chunker runs the year into the name; a name after a number starts the subject,
        // and so does a number after a year ("in the early 1990s three Advocate Generals argued").
        while (start > i + 1 && s.ChunkType(start - 1) == "NP" && !s.StartsChunk(start) && s.Tags[start - 1] != "POS"
            && !(s.Tags[start - 1] == "CD" && s.Tags[start] is "NNP" or "NNPS" or "CD" && s.Word(start - 1).TrimEnd('s') is { Length: 4 } year && year.All(char.IsDigit)))
        {
            start--;
        }

        if (start <= i + 1 || s.Tags[start] == "POS" || (s.ChunkType(start - 1) != "NP" && s.Tags[start - 1] is not ("CD" or "NNP" or "NNPS" or "NN" or "NNS")))
        {
            return -1;
        }

        leading = [.. Enumerable.Range(i, start - i)];
        return start;
    }

    /// <summary>
    /// "In 1064, during the War of Barbastro, William of Montreuil led ...": a second adverbial after the
    /// first one's comma, itself closed by a comma before any verb, belongs to the leading part too.
    /// </summary>
    private static int PastAdjuncts(TaggedSentence s, int comma)
    {
        while (comma + 2 < s.Count && (s.Tags[comma + 1] == "IN" || s.Lower(comma + 1) == "following")
            && s.Lower(comma + 1) is not ("of" or "that" or "because" or "although" or "though" or "if" or "while" or "as"))
        {
            var next = comma + 2;
            while (next < s.Count && s.Word(next) != "," && !VerbGroup.IsVerbTag(s.Tags[next]) && s.Tags[next] is not ("WDT" or "WP" or "." or ":") && s.Word(next) is not ("“" or "\"" or "("))
            {
                next++;
            }

            if (next >= s.Count - 1 || s.Word(next) != "," || next - comma > 12)
            {
                break;
            }

            comma = next;

            // "In 1952, following pressure from Tesla's nephew, Sava Kosanović, Tesla's estate was shipped": a name set off
            // after the adverbial's last noun is that noun's apposition, still part of the adverbial.
            var name = comma + 1;
            while (name < s.Count && s.Tags[name] is "NNP" or "NNPS")
            {
                name++;
            }

            if (name > comma + 1 && name + 1 < s.Count && s.Word(name) == "," && s.Tags[comma - 1] is "NN" or "NNS")
            {
                comma = name;
            }
        }

        return comma;
    }

    /// <summary>
    /// "At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched ...": when the words after a
    /// comma run without a verb into "and"/"or" and another comma, the comma separates list items of the
    /// leading adverbial; the adverbial ends at the comma after the list.
    /// </summary>
    private static int PastList(TaggedSentence s, int comma)
    {
        // "In 1516, Johann Tetzel, a Dominican friar and ...": items of one list are of one kind; a name after a year is the subject.
        if (comma + 1 < s.Count && (s.Tags[comma - 1] == "CD") != (s.Tags[comma + 1] == "CD"))
        {
            return comma;
        }

        var coordinated = false;
        for (var k = comma + 1; k < s.Count - 1; k++)
        {
            if (VerbGroup.IsVerbTag(s.Tags[k]) || s.Tags[k] is "WDT" or "WP" or "." or ":" || s.Word(k) is "“" or "\"")
            {
                return comma;
            }

            if (s.Tags[k] == "CC")
            {
                coordinated = true;
            }
            else if (s.Word(k) == "," && coordinated)
            {
                return k;
            }
        }

        return comma;
    }

    /// <summary>"About 200 people attended", "Nearly 400 fans watched": a word that rounds a count opens the subject, not an adjunct.</summary>
    private static bool RoundsCount(TaggedSentence s, int i) =>
        i + 2 < s.Count && s.Lower(i) is "about" or "around" or "nearly" or "almost" or "over" or "roughly" or "approximately" or "just" or "only"
        && s.Tags[i + 1] == "CD" && s.Tags[i + 2] is "NNS" or "NN" or "NNPS";

    private static Clause? TryParse(TaggedSentence s, int start, IReadOnlyList<int> leading, bool embedded)
    {
        var subject = new List<int>();
        var parenthetical = new List<int>();
        var i = start;
        while (i < s.Count && !(s.ChunkType(i) == "VP" && VerbGroup.IsVerbTag(s.Tags[i]) && !Gerund(s, i, subject)))
        {
            var word = s.Word(i);

            // "consumers in the UK, France, Germany and the Netherlands": commas of a list of names stay in the subject.
            if (word == "," && subject.Count > 0 && ListOfNames(s, i) is var listEnd and > 0)
            {
                subject.AddRange(Enumerable.Range(i, listEnd - i));
                i = listEnd;
                continue;
            }

            // "Kenteris, 31, and Thanou, 30, had been charged": a name's age between commas stands aside, however many
            // names have one.
            if (word == "," && subject.Count > 0 && s.Tags[i - 1] is "NNP" or "NNPS" && i + 2 < s.Count && s.Tags[i + 1] == "CD" && s.Word(i + 2) == ","
                && int.TryParse(s.Word(i + 1), out var age) && age is > 0 and < 120)
            {
                i += 3;
                continue;
            }

            if (word is "," or "(" || IsDash(s, i))
            {
                // "The demand for $280bn (£155bn) - filed by the Clinton administration in 1999 - was rejected": a bracket
                // and a dash may both stand aside; two commas are more likely a list.
                var close = word == "(" ? ")" : word;
                var end = FindClose(s, i + 1, close);
                if (subject.Count == 0 || end < 0 || (parenthetical.Count > 0 && (word == "," || s.Word(parenthetical[0] - 1) == ",")))
                {
                    return null;
                }

                parenthetical.AddRange(Enumerable.Range(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }

            // "Mr Snow who is currently in Dublin, has applauded": a relative clause the writer forgot to open with a comma.
            if (word == "who" && subject.Count > 0 && parenthetical.Count == 0 && UnmarkedRelativeEnd(s, i) is var relativeEnd and > 0)
            {
                parenthetical.AddRange(Enumerable.Range(i, relativeEnd - i));
                i = relativeEnd + 1;
                continue;
            }

            // "the first in California since Super Bowl XXXVII took place in San Diego": a subordinator whose noun phrase
            // runs into the verb opens a clause of its own; the words before it are no subject.
            // "profit before exceptional items rose" is one noun phrase: "since", "until", "before" and "after" open a
            // clause only before a name or a determined noun phrase.
            var subordinator = subject.Count > 0 && i + 1 < s.Count && LooksLikeClause(s, i + 1)
                && (s.Lower(i) is "because" or "although" or "though" or "while" or "whereas" or "unless" or "once"
                    || (s.Lower(i) is "since" or "until" or "before" or "after" && s.Tags[i + 1] is "NNP" or "NNPS" or "DT" or "PRP" or "PRP$"));
            if (subordinator || (VerbGroup.IsVerbTag(s.Tags[i]) && !Premodifier(s, i) && !Gerund(s, i, subject)) || s.Tags[i] is "WDT" or "WP" or "." or ":" || word is "“" or "”" or "\"" or "that")
            {
                return null;
            }

            subject.Add(i);
            i++;
        }

        // Adverbs just before the verb ("rebels meanwhile said") belong to the verb group.
        var adverbs = new List<int>();
        while (subject.Count > 0 && s.Tags[subject[^1]] is "RB" && s.ChunkType(subject[^1]) != "NP")
        {
            adverbs.Insert(0, subject[^1]);
            subject.RemoveAt(subject.Count - 1);
        }

        // Two noun phrases side by side ("one Rohingya the first boat") mean the parse went wrong.
        // Compared across a lifted apposition too: "One Rohingya, Muhammad Amin, the first boat".
        if (Enumerable.Range(1, Math.Max(0, subject.Count - 1)).Any(n => s.Tags[subject[n]] == "DT"
            && s.Tags[subject[n - 1]] is not ("IN" or "CC" or "POS" or "DT" or "VBG")))
        {
            return null;
        }

        // "as the Red Army was nearing the city", "(as) of March 4, 2011, IE6": a subordinate clause or a
        // prepositional phrase is no subject; "predicting profits to rise": nor is an infinitive's; "billed the machine
        // as the Walkman of the 21st Century and has sold": nor what ends in "and", the verb's subject being earlier.
        if (subject.Count > 0 && ((s.Tags[subject[0]] == "IN" && !RoundsCount(s, subject[0])) || s.Tags[subject[^1]] is "TO" or "CC"))
        {
            return null;
        }

        if (i >= s.Count || subject.Count == 0 || subject.Count > 14 || !subject.Any(k => s.ChunkType(k) == "NP" && s.Tags[k].StartsWith("N", StringComparison.Ordinal) || s.Tags[k] is "PRP" or "CD"))
        {
            return null;
        }

        return ParseVerbGroup(s, i, subject, adverbs, leading, parenthetical, embedded);
    }

    /// <summary>
    /// The closing comma of an aside opened at <paramref name="comma"/>: a phrase of up to 14 words without a finite verb
    /// or a relative pronoun, followed by the finite verb its clause was waiting for; -1 if there is none.
    /// </summary>
    private static int AsideBeforeVerb(TaggedSentence s, int comma)
    {
        for (var k = comma + 2; k < s.Count - 1 && k <= comma + 15; k++)
        {
            // "a practice established/VBD at Super Bowl V": a past form right after a noun may be its participle.
            var participle = s.Tags[k] == "VBD" && s.Tags[k - 1] is "NN" or "NNS" && Lemmatizer.Default.CanBeParticiple(s.Word(k));
            if ((s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD" or "WDT" or "WP" or "WRB" or "CC" or ":" && !participle) || s.Word(k) is "(" or "“" or "\"")
            {
                return -1;
            }

            if (s.Word(k) == ",")
            {
                var next = k + 1 < s.Count && s.Tags[k + 1] == "RB" ? k + 2 : k + 1;
                return next < s.Count && s.Tags[next] is "VBD" or "VBZ" or "VBP" or "MD" ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>"three minutes later", "two days earlier": "later" or "earlier" after a unit of time ends a span of time.</summary>
    private static bool EndsTimeSpan(TaggedSentence s, int k) =>
        k > 0 && s.Lower(k) is "later" or "earlier"
        && s.Lower(k - 1) is "seconds" or "minutes" or "hours" or "days" or "weeks" or "months" or "years" or "decades"
            or "second" or "minute" or "hour" or "day" or "week" or "month" or "year" or "decade";

    /// <summary>"The invading Normans", "an increase in imported cars": a participle before its noun, inside the noun phrase.</summary>
    private static bool Premodifier(TaggedSentence s, int i) =>
        s.Tags[i] is "VBG" or "VBN" && s.ChunkType(i) == "NP" && i + 1 < s.Count && s.ChunkType(i + 1) == "NP" && !s.StartsChunk(i + 1)
        && s.Tags[i + 1] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ";

    /// <summary>"the problem of squaring an integer": an -ing form after a preposition inside the subject is a gerund, no verb of the clause.</summary>
    private static bool Gerund(TaggedSentence s, int i, List<int> subject) =>
        s.Tags[i] == "VBG" && subject.Count > 1 && s.Tags[i - 1] == "IN" && subject[^1] == i - 1;

    private static Clause? ParseVerbGroup(TaggedSentence s, int i, List<int> subject, List<int> adverbs, IReadOnlyList<int> leading, List<int> parenthetical, bool embedded)
    {
        var verbs = new List<int>();
        var j = i;
        while (j < s.Count && (s.ChunkType(j) == "VP" || s.Tags[j] is "RB") && s.Tags[j] != "TO")
        {
            // "is too high", "is very large": an adverb of degree before an adjective is the complement's, not
            // the verb's; dropped with the verb group's adverbs it would change the fact ("is high"). Negation stays.
            if (s.Tags[j] is "RB" && verbs.Count > 0 && j + 1 < s.Count && s.Tags[j + 1] is "JJ" or "JJR" or "JJS"
                && s.Lower(j) is not ("not" or "n't" or "never"))
            {
                break;
            }

            var misTaggedAdverb = VerbGroup.IsVerbTag(s.Tags[j]) && j + 1 < s.Count && s.Tags[j + 1] is "VBD" or "VBZ"
                && s.Tags[j] is "VBP" or "VB" && !VerbGroup.IsAuxiliary(s.Lower(j), s.Tags[j]);
            if (misTaggedAdverb)
            {
                adverbs.Add(j);
            }
            else if (VerbGroup.IsVerbTag(s.Tags[j]))
            {
                verbs.Add(j);
            }
            else if (s.Tags[j] is "RB")
            {
                adverbs.Add(j);
            }
            else
            {
                break;
            }

            j++;
            if (verbs.Count > 0 && !VerbGroup.IsAuxiliary(s.Lower(verbs[^1]), s.Tags[verbs[^1]]) && s.Tags[verbs[^1]] != "MD")
            {
                break;
            }
        }

        // "Dries Mertens making early attempts": a participle without an auxiliary is no finite clause; nor is
        // "the castle built in 1080 by ..." (see ParticipleClauses.IsReducedPassive).
        // "suspects being held without trial told a court": a group that opens with an -ing form has no finite verb either.
        if (verbs.Count == 0 || s.Tags[verbs[0]] == "VBG" || (verbs.Count == 1 && ParticipleClauses.IsReducedPassive(s, verbs[0])))
        {
            return null;
        }

        var main = verbs[^1];
        var auxiliaries = verbs.Take(verbs.Count - 1).ToList();
        var copula = VerbGroup.IsBe(s.Lower(main)) && (j >= s.Count || !VerbGroup.IsVerbTag(s.Tags[j]));
        if (copula)
        {
            auxiliaries.Add(main);
            main = -1;
        }
        else if (VerbGroup.IsAuxiliary(s.Lower(main), s.Tags[main]) && auxiliaries.Count == 0 && j < s.Count && s.Tags[j] is "TO")
        {
            // "has to go" and similar: leave as is, the rest carries the infinitive.
        }

        var reporting = main >= 0 && VerbGroup.IsReporting(Lemmatizer.Default.Base(s.Word(main), s.Tags[main]));
        var rest = Remainder(s, j, reporting);
        if (auxiliaries.Count == 0 && main >= 0 && !reporting && s.Tags[main] is "VBD" or "VBN" && FiniteAfterParticiple(s, rest, pastToo: s.Tags[main] == "VBN") is var finite and >= 0)
        {
            // "the number of handsets sold in 2005 would double": the participle belongs to the subject.
            subject.AddRange(Enumerable.Range(i, finite - i));
            return subject.Count > 14 || adverbs.Count > 0 ? null : ParseVerbGroup(s, finite, subject, adverbs, leading, parenthetical, embedded);
        }

        return new Clause(s, subject, auxiliaries, adverbs.Where(a => a < j).ToList(), main, rest, leading, parenthetical, embedded);
    }

    /// <summary>The clause whose subject starts at <paramref name="start"/>, read as one embedded in another; null if none does.</summary>
    internal static Clause? ParseAt(TaggedSentence s, int start) => TryParse(s, start, [], embedded: true);

    /// <summary>The tokens after the verb group up to the first clause boundary or the sentence's end.</summary>
    /// <param name="reporting">The verb reports speech: its remainder opens with a clause whose subject waits for its verb.</param>
    internal static List<int> Remainder(TaggedSentence s, int j, bool reporting)
    {
        var rest = new List<int>();
        var subjectWaiting = reporting;
        for (var k = j; k < s.Count; k++)
        {
            var word = s.Lower(k);

            // "born to Hans Luder (or Ludher) and his wife Margarethe ... in Eisleben": an aside in brackets is left out,
            // and the clause goes on after it.
            if (word is "(" or "[" && rest.Count > 0 && FindClose(s, k + 1, word == "(" ? ")" : "]") is var close and > 0)
            {
                k = close;
                continue;
            }

            // "announced that the practice of branding games with Roman numerals, a practice established at Super Bowl V,
            // would be suspended": an aside between a reported clause's subject and its verb is left out, and the clause
            // goes on to its verb.
            if (word == "," && subjectWaiting && rest.Count > 0 && AsideBeforeVerb(s, k) is var asideEnd and > 0)
            {
                k = asideEnd;
                continue;
            }

            // "agreed a deal with energy drink company, Red Bull, who will supply": the name set off after a bare noun names
            // it; the clause takes the name in ("with energy drink company Red Bull") and stops after it.
            if (word == "," && rest.Count > 0 && NameOfBareNoun(s, k) is var nameEnd and > 0)
            {
                for (var m = k + 1; m < nameEnd; m++)
                {
                    rest.Add(m);
                }

                k = nameEnd - 1;
                continue;
            }

            var afterTimeUnit = k > 0 && (s.Lower(k - 1) is "days" or "hours" or "weeks" or "months" or "years" or "minutes" or "moments" or "shortly" or "soon" or "long" or "just"
                || (k > 1 && s.Lower(k - 1) is "day" or "hour" or "week" or "month" or "year" or "minute" && (s.Tags[k - 2] == "CD" || s.Lower(k - 2) is "a" or "an" or "one" or "the")));
            // "a virtual, story-based, 3D model": commas between adjectives, inside the noun phrase, go on.
            var listedAdjective = word == "," && k > j && k + 1 < s.Count && s.Tags[k - 1] == "JJ"
                && (s.Tags[k + 1] is "JJ" or "VBN" || (s.ChunkType(k) == "NP" && !s.StartsChunk(k) && s.ChunkType(k + 1) == "NP" && !s.StartsChunk(k + 1)));
            var joined = JoinsNumbers(s, k) || (word == "," && rest.Count > 0 && (ListGoesOn(s, k) || ListOfNames(s, k) > 0));

            // "named after the castle built in 1080 by Robert Curthose": a participle modifying the noun before it opens
            // a clause of its own (ParticipleClauses); its agent, time and place are not the main verb's. Not after a
            // causative ("had the car repaired by ...").
            // Only with its own agent: "as time expired/VBN in the half" is a clause the tagger misread.
            var modifier = rest.Count > 0 && ParticipleClauses.IsReducedPassive(s, k)
                && Lemmatizer.Default.Base(s.Word(j - 1), s.Tags[j - 1]) is not ("have" or "get" or "keep" or "see" or "want" or "need" or "leave" or "make");
            if (modifier)
            {
                break;
            }

            // "are British, compared to 16 of the 21 principals in 1985": a comparison's time and place are not the clause's.
            var comparison = word is "compared" or "up" or "down" or "against" && k > j && s.Word(k - 1) == "," && k + 1 < s.Count && s.Lower(k + 1) is "to" or "with" or "from";
            // "the budget looked as if it would stimulate growth": "as if" and "as though" complete a verb like "look".
            var asIf = word is "if" or "though" && k > 0 && s.Lower(k - 1) == "as";
            // "before he left for Africa on Tuesday the chancellor told reporters": with no comma after the adverbial clause, a
            // determined noun phrase and its finite verb right after a day, month or year start the main clause.
            var mainAfterDate = !subjectWaiting && rest.Count > 0 && s.Tags[k] == "DT" && s.StartsChunk(k) && LooksLikeClause(s, k)
                && (IsYear(s, k - 1) || s.Lower(k - 1) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
                    || System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Contains(s.Word(k - 1), StringComparer.Ordinal));
            var boundary = comparison || mainAfterDate || ((word is "(" or "[" or ";" or ":" or "," || IsDash(s, k)) && !listedAdjective && !joined)
                || (rest.Count > 0 && !afterTimeUnit && !asIf && word is "while" or "because" or "although" or "though" or "whereas" or "but" or "which" or "who" or "whose" or "after" or "before" or "when" or "where" or "unless" or "if" or "amid")
                || (rest.Count > 0 && word == "as" && k + 1 < s.Count && s.ChunkType(k + 1) == "NP" && (LooksLikeClause(s, k + 1) || LooksLikeLongSubject(s, k + 1)))
                || (!subjectWaiting && rest.Count > 0 && PhraseThenVerb(s, k) > 0)
                || (!subjectWaiting && word == "and" && k + 1 < s.Count && ((rest.Count > 0 && LooksLikeClause(s, k + 1)) || (s.Tags[k + 1] is "VBD" or "VBZ" or "MD" && (rest.Count > 0 || s.Tags[j - 1] is "VBD" or "VBZ" or "VBP"))));
            if (boundary)
            {
                // Adverbs before a subordinator modify it, not the clause before: "not least because", "partly after"; but
                // "three minutes later when" ends a span of time the clause keeps ("came to the rescue three minutes later").
                while (rest.Count > 0 && s.Tags[k - 1] != "," && s.Tags[rest[^1]] is "RB" or "RBS" or "JJS" && s.Lower(rest[^1]) != "ago" && !EndsTimeSpan(s, rest[^1])
                    && word is not ("," or "(" or ";" or ":") && !IsDash(s, k))
                {
                    rest.RemoveAt(rest.Count - 1);
                    k--;
                }

                break;
            }

            if (word == "that" && s.Tags[k] is "IN" or "WDT")
            {
                subjectWaiting = true;
            }
            else if (s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                subjectWaiting = false;
            }

            rest.Add(k);
        }

        // "objected to a saying attributed to Johann Tetzel that "As soon as the coin in the coffer rings, ...": a
        // boundary inside a quotation leaves it open; the remainder stops before the quotation and its "that".
        if (rest.Count(k => s.Word(k) is "\"" or "“" or "”" or "``" or "''") % 2 == 1)
        {
            // Not where that leaves a verb without its complement: "said the ruling would "hurt ...""; nor where the odd
            // mark closes a quotation opened before the verb.
            var open = rest.FindLastIndex(k => s.Word(k) is "\"" or "“" or "``");
            var cut = open;
            while (cut > 0 && (s.Lower(rest[cut - 1]) == "that" || s.Tags[rest[cut - 1]] is "IN" or "DT" or "TO" or "CC" or "," or ":"))
            {
                cut--;
            }

            if (open >= 0 && (cut == 0 || !(VerbGroup.IsVerbTag(s.Tags[rest[cut - 1]]) || s.Tags[rest[cut - 1]] is "MD")))
            {
                rest.RemoveRange(cut, rest.Count - cut);
            }
        }

        // "communications relevant to that": a demonstrative after a preposition is its object, and stays; so does a
        // "those" or "these" that heads its noun phrase ("to ensure only those whose roles are essential").
        // "the performance would not be put on": a particle right after its verb is the verb's, and stays too.
        while (rest.Count > 0 && s.Tags[rest[^1]] is "." or "," or ":" or "''" or "``" or "CC" or "IN" or "DT" or "TO"
            && !(s.Lower(rest[^1]) is "that" or "this" or "these" or "those" && rest.Count > 1 && s.Tags[rest[^2]] is "IN" or "TO")
            && s.Lower(rest[^1]) is not ("those" or "these")
            && !(s.Tags[rest[^1]] == "IN" && s.Lower(rest[^1]) is "on" or "off" or "out" or "up" or "down" or "over" or "away" or "back" or "through"
                && rest[^1] > 0 && VerbGroup.IsVerbTag(s.Tags[rest[^1] - 1])))
        {
            rest.RemoveAt(rest.Count - 1);
        }

        return rest;
    }

    /// <summary>
    /// True when the mark at <paramref name="k"/> is part of a number, not a break: the comma of a date
    /// ("February 1, 2016") or a dash written tight between two numbers (a score "15–1", a range "1524–25").
    /// </summary>
    private static bool JoinsNumbers(TaggedSentence s, int k)
    {
        if (k == 0 || k + 1 >= s.Count || s.Tags[k - 1] != "CD")
        {
            return false;
        }

        // "played on February 7, 2016, at Levi's Stadium": the comma that closes a full date is not a break either.
        if (s.Word(k) == "," && s.Tags[k + 1] == "IN" && IsYear(s, k - 1) && k >= 4 && s.Word(k - 2) == "," && s.Tags[k - 3] == "CD" && s.Tags[k - 4] == "NNP")
        {
            return true;
        }

        if (s.Tags[k + 1] != "CD")
        {
            return false;
        }

        return s.Word(k) switch
        {
            "," => k >= 2 && s.Tags[k - 2] == "NNP" && IsYear(s, k + 1),
            "–" or "-" or "—" => s.Tokens[k - 1].Span.End == s.Tokens[k].Span.Start && s.Tokens[k].Span.End == s.Tokens[k + 1].Span.Start,
            _ => false,
        };
    }

    /// <summary>True when token <paramref name="k"/> is a year written in four digits.</summary>
    internal static bool IsYear(TaggedSentence s, int k) => k >= 0 && k < s.Count && s.Word(k) is { Length: 4 } year && year.All(char.IsDigit);

    /// <summary>True when the comma at <paramref name="k"/> sits inside a date: a number before it, a year after ("May 21, 2013").</summary>
    internal static bool CommaInDate(TaggedSentence s, int k) => k > 0 && s.Word(k) == "," && s.Tags[k - 1] == "CD" && IsYear(s, k + 1);

    /// <summary>
    /// The first finite verb in <paramref name="rest"/> that has no subject of its own (no "that", "which",
    /// or noun phrase right before it), making the clause's verb a reduced relative; -1 if none.
    /// </summary>
    /// <param name="pastToo">The verb was tagged a participle, not a past form: a later plain past ("Investigations carried
    /// out in the wake of her resignation found ...") is the finite verb too.</param>
    private static int FiniteAfterParticiple(TaggedSentence s, List<int> rest, bool pastToo)
    {
        foreach (var k in rest)
        {
            if (s.Tags[k] is "WDT" or "WP" || s.Lower(k) is "that" || (s.Tags[k] == "CC" && k > rest[0]))
            {
                return -1;
            }

            if ((s.Tags[k] is "MD" or "VBZ" or "VBP" || (s.Tags[k] == "VBD" && (pastToo || VerbGroup.IsAuxiliary(s.Lower(k), "VBD")))) && k > rest[0] && s.ChunkType(k) == "VP")
            {
                // "completed a hat-trick of wins/VBZ": no verb follows a preposition or a determiner; the tagger misread a noun.
                if (s.Tags[k - 1] is "IN" or "DT" or "TO" or "PRP$")
                {
                    return -1;
                }

                // A noun phrase right before the verb is its subject unless it is a preposition's object ("sold in 2005 would").
                var start = k - 1;
                while (start > rest[0] && s.ChunkType(start) == "NP" && (!s.StartsChunk(start) || (s.Tags[start] == "POS" && start - 1 > rest[0])))
                {
                    start--;
                }

                return s.ChunkType(k - 1) != "NP" || (start > rest[0] && s.Tags[start - 1] is "IN" or "TO") ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True for a dash that sets words apart: "—", "–", "--", or a hyphen with space on both sides ("Comedy Fat Albert -
    /// co-written by Bill Cosby - entered"), not the hyphen of "wholly- owned".
    /// </summary>
    internal static bool IsDash(TaggedSentence s, int k) =>
        s.Word(k) is "—" or "–" or "--"
        || (s.Word(k) == "-" && k > 0 && k + 1 < s.Count && s.Tokens[k - 1].Span.End < s.Tokens[k].Span.Start && s.Tokens[k].Span.End < s.Tokens[k + 1].Span.Start);

    /// <summary>True when an NP at <paramref name="k"/> is followed by a finite verb group.</summary>
    private static bool LooksLikeClause(TaggedSentence s, int k)
    {
        if (s.ChunkType(k) != "NP")
        {
            return false;
        }

        // "and a fourth place in the British trials effectively ended his hopes": the subject may carry a phrase or two and
        // an adverb before its verb.
        var end = s.ChunkEnd(k);
        // "and Staunton's award was announced": a possessor and what it owns make one subject.
        if (end < s.Count && s.Tags[end] == "POS")
        {
            end = s.ChunkEnd(end);
        }

        // (A name is seldom such a subject: "between Britain and Spain in a referendum are ...".)
        for (var phrases = 0; phrases < 2 && s.Tags[k] is "DT" or "PRP$" or "CD" && end + 1 < s.Count && s.Lower(end) is "of" or "in" or "at" or "on" or "for" or "from" && s.ChunkType(end + 1) == "NP"; phrases++)
        {
            end = s.ChunkEnd(end + 1);
        }

        if (end < s.Count && s.Tags[end] == "RB")
        {
            end++;
        }

        return end < s.Count && s.ChunkType(end) == "VP" && s.Tags[end] is "VBD" or "VBZ" or "VBP" or "MD";
    }

    /// <summary>
    /// Whether noun phrases joined by prepositions and "and" run from <paramref name="k"/> up to a finite verb: "as [sales of
    /// ice cream and mineral water] were dampened". Not when "and" comes straight before the verb ("as chairman of the
    /// board and was ...": a second verb of the same subject), nor after "such as".
    /// </summary>
    private static bool LooksLikeLongSubject(TaggedSentence s, int k)
    {
        if (k > 1 && s.Lower(k - 2) == "such")
        {
            return false;
        }

        var end = k;
        while (end < s.Count && end - k < 12 && (s.ChunkType(end) == "NP" || s.Lower(end) == "and" || (s.Tags[end] == "IN" && s.Lower(end) is "of" or "in" or "at" or "on" or "for" or "from")))
        {
            end++;
        }

        return end > k + 1 && end < s.Count && s.ChunkType(end) == "VP" && s.Tags[end] is "VBD" or "VBZ" or "VBP" or "MD" && s.ChunkType(end - 1) == "NP";
    }

    /// <summary>
    /// Where the name after the comma <paramref name="comma"/> ends when it names the bare singular noun before it
    /// ("with energy drink company, Red Bull, who"): a noun phrase with no determiner, possessive or number, after a
    /// preposition or a verb, then proper names closed by a comma, "who", "which" or the end; -1 otherwise.
    /// </summary>
    private static int NameOfBareNoun(TaggedSentence s, int comma)
    {
        if (comma < 2 || s.Tags[comma - 1] != "NN" || s.ChunkType(comma - 1) != "NP")
        {
            return -1;
        }

        var start = comma - 1;
        while (start > 0 && !s.StartsChunk(start))
        {
            start--;
        }

        if (start == 0 || Enumerable.Range(start, comma - start).Any(i => s.Tags[i] is not ("NN" or "JJ" or "NNS" or "VBG"))
            || !(s.Tags[start - 1] == "IN" || VerbGroup.IsVerbTag(s.Tags[start - 1])))
        {
            return -1;
        }

        var end = comma + 1;
        while (end < s.Count && s.Tags[end] is "NNP" or "NNPS")
        {
            end++;
        }

        return end > comma + 1 && (end == s.Count || s.Word(end) is "," or "." || s.Lower(end) is "who" or "which") ? end : -1;
    }

    /// <summary>
    /// Where a list of proper names that goes on at the comma <paramref name="comma"/> ends ("UK, France, Germany
    /// and the Netherlands"): names, commas and one "and"/"or" before the last item; -1 when it is no such list.
    /// </summary>
    /// <remarks>A date is no item: "start in South Korea on 24 December, and France on 12 January".</remarks>
    internal static int ListOfNames(TaggedSentence s, int comma)
    {
        if (comma == 0 || s.Tags[comma - 1] is not ("NNP" or "NNPS") || (comma >= 2 && s.Tags[comma - 2] == "CD"))
        {
            return -1;
        }

        var joined = false;
        var k = comma;
        while (k < s.Count && (s.Tags[k] is "NNP" or "NNPS" || s.Word(k) == "," || (s.Tags[k] == "DT" && k + 1 < s.Count && s.Tags[k + 1] is "NNP" or "NNPS")
            || (!joined && s.Lower(k) is "and" or "or")))
        {
            joined |= s.Lower(k) is "and" or "or";
            k++;
        }

        // "the Boston, London and Tokyo Marathons, as well as": the comma after the last name closes the list; before a verb
        // it closes an apposition instead ("Kamal Nath, Commerce and Industry Minister, announced").
        while (k - 1 > comma && s.Word(k - 1) == "," && k < s.Count && !VerbGroup.IsVerbTag(s.Tags[k]))
        {
            k--;
        }

        return joined && s.Tags[k - 1] is "NNP" or "NNPS" ? k : -1;
    }

    private static int FindClose(TaggedSentence s, int from, string close)
    {
        for (var k = from; k < s.Count && k < from + 20; k++)
        {
            if (s.Word(k) == close || (close is "—" or "--" or "–" or "-" && IsDash(s, k)))
            {
                return k;
            }
        }

        return -1;
    }
}
