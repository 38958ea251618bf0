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
            else if (VerbGroup.IntroducesFact(opener) && sentence.Tags[i] is "IN" or "WRB" or "CC"
                && (opener != "and" || (i > 0 && sentence.Word(i - 1) == ","))
                && TryParse(sentence, i + 1, [], embedded: true) is { } embedded)
            {
                clauses.Add(embedded);
            }
        }

        return clauses;
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

        var opensWithAdjunct = s.ChunkType(i) is "PP" or "SBAR" or "ADVP" or "ADJP" || s.Tags[i] is "VBG" or "VBN" or "IN" or "RB" or "TO" or "WRB";
        if (!opensWithAdjunct)
        {
            return i;
        }

        for (var j = i + 1; j < s.Count - 1; j++)
        {
            if (s.Word(j) == ",")
            {
                leading = [.. Enumerable.Range(i, j - i)];
                return j + 1;
            }
        }

        return -1;
    }

    private static Clause? TryParse(TaggedSentence s, int start, IReadOnlyList<int> leading, bool embedded)
    {
        var subject = new List<int>();
        var parenthetical = new List<int>();
        var i = start;
        while (i < s.Count && !(s.ChunkType(i) == "VP" && VerbGroup.IsVerbTag(s.Tags[i])))
        {
            var word = s.Word(i);
            if (word is "," or "—" or "--" or "–" or "(")
            {
                var close = word == "(" ? ")" : word;
                var end = FindClose(s, i + 1, close);
                if (subject.Count == 0 || end < 0 || parenthetical.Count > 0)
                {
                    return null;
                }

                parenthetical.AddRange(Enumerable.Range(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }

            if (VerbGroup.IsVerbTag(s.Tags[i]) || s.Tags[i] is "WDT" or "WP" or "." or ":" || word is "“" or "”" or "\"" or "that")
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
        if (subject.Skip(1).Any(k => s.Tags[k] == "DT" && s.Tags[k - 1] is not ("IN" or "CC" or "POS" or "," or "DT")))
        {
            return null;
        }

        if (i >= s.Count || subject.Count == 0 || subject.Count > 14 || !subject.Any(k => s.ChunkType(k) == "NP" && s.Tags[k].StartsWith("N", StringComparison.Ordinal) || s.Tags[k] is "PRP" or "CD"))
        {
            return null;
        }

        return ParseVerbGroup(s, i, subject, adverbs, leading, parenthetical, embedded);
    }

    private static Clause? ParseVerbGroup(TaggedSentence s, int i, List<int> subject, List<int> adverbs, IReadOnlyList<int> leading, List<int> parenthetical, bool embedded)
    {
        var verbs = new List<int>();
        var j = i;
        while (j < s.Count && (s.ChunkType(j) == "VP" || s.Tags[j] is "RB") && s.Tags[j] != "TO")
        {
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

        if (verbs.Count == 0)
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
        return new Clause(s, subject, auxiliaries, adverbs.Where(a => a < j).ToList(), main, rest, leading, parenthetical, embedded);
    }

    /// <summary>The tokens after the verb group up to the first clause boundary or the sentence's end.</summary>
    /// <param name="reporting">The verb reports speech: its remainder opens with a clause whose subject waits for its verb.</param>
    private static List<int> Remainder(TaggedSentence s, int j, bool reporting)
    {
        var rest = new List<int>();
        var subjectWaiting = reporting;
        for (var k = j; k < s.Count; k++)
        {
            var word = s.Lower(k);
            var afterTimeUnit = k > 0 && s.Lower(k - 1) is "days" or "hours" or "weeks" or "months" or "years" or "minutes" or "shortly" or "soon" or "long" or "just";
            var boundary = word is "—" or "--" or "–" or "(" or ";" or ":" or ","
                || (rest.Count > 0 && !afterTimeUnit && word is "while" or "because" or "although" or "though" or "whereas" or "but" or "which" or "who" or "whose" or "after" or "before" or "when" or "unless" or "if" or "amid")
                || (rest.Count > 0 && word == "as" && k + 1 < s.Count && s.ChunkType(k + 1) == "NP" && LooksLikeClause(s, k + 1))
                || (rest.Count > 0 && !subjectWaiting && word == "and" && k + 1 < s.Count && LooksLikeClause(s, k + 1));
            if (boundary)
            {
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

        while (rest.Count > 0 && s.Tags[rest[^1]] is "." or "," or ":" or "''" or "``" or "CC" or "IN" or "DT" or "TO")
        {
            rest.RemoveAt(rest.Count - 1);
        }

        return rest;
    }

    /// <summary>True when an NP at <paramref name="k"/> is followed by a finite verb group.</summary>
    private static bool LooksLikeClause(TaggedSentence s, int k)
    {
        var end = s.ChunkEnd(k);
        return s.ChunkType(k) == "NP" && end < s.Count && s.ChunkType(end) == "VP" && s.Tags[end] is "VBD" or "VBZ" or "VBP" or "MD";
    }

    private static int FindClose(TaggedSentence s, int from, string close)
    {
        for (var k = from; k < s.Count && k < from + 20; k++)
        {
            if (s.Word(k) == close || (close is "—" or "--" or "–" && s.Word(k) is "—" or "--" or "–"))
            {
                return k;
            }
        }

        return -1;
    }
}
