using QuizTui.Core.Grammar;
using QuizTui.Core.Entities;

namespace QuizTui.Core.Questions;

internal sealed partial class CandidateFinder
{
    /// <summary>"... seized four peacekeepers in the Golan Heights" → "Where did ... seize four peacekeepers?"</summary>
    /// <param name="nounAttached">The clause's places after common nouns are taken to belong to the nouns.</param>
    private void Where(ClauseRealizer r, double penalty, bool nounAttached = false)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Negated || ReportCut(s, clause))
        {
            return;
        }

        LeadingWhere(r, penalty);
        var lemma = clause.Verb >= 0 ? lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]) : "be";

        // "The film is entitled U-Carmen eKhayelitsha or Carmen in Khayelitsha": a place inside a name is no place of the naming.
        if (clause.Passive && lemma is "entitle" or "title" or "call" or "name" or "dub" or "rename" or "know")
        {
            return;
        }

        foreach (var k in clause.Rest)
        {
            var direction = s.Lower(k) == "from"
                || (s.Lower(k) is "to" or "into" && clause.Verb >= 0 && VerbGroup.IsMotion(lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb])));
            if (!(IsLocative(s, k) || direction) || k + 1 >= s.Count || s.ChunkType(k + 1) != "NP" || !clause.Rest.Contains(k + 1))
            {
                continue;
            }

            // A place inside an infinitive or participle phrase belongs to that phrase, not to the clause's verb
            // ("agreed to push both sides in Syria"): whether it locates the action or the object is unclear.
            // "began working for the company in France" is still about where the subject worked.
            var aspectual = clause.Verb >= 0 && lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]) is "begin" or "start" or "continue" or "keep" or "stop" or "finish" or "resume";
            // "born to Hans Luder ... on 10 November 1483 in Eisleben": "to" before a noun phrase is a preposition, not an
            // infinitive; but a place right after its noun may be the noun's ("taken to the Ferncliff Cemetery in Ardsley").
            // "demonstrated a boat to the public during an exhibition at Madison Square Garden": a place right after an event's
            // noun says where the event was, and so where the clause's action was.
            var afterEvent = k > clause.Rest[0] && EventNouns.Contains(s.Lower(k - 1));
            if (clause.Rest.Any(j => j < k && s.Tags[j] is "TO" or "VBG" or "VBN" or "WDT" or "IN" && s.Lower(j) is not ("in" or "at" or "for" or "with" or "on" or "of" or "from" or "into" or "by" or "during")
                && !(s.Tags[j] == "TO" && j + 1 < s.Count && s.Tags[j + 1] is not ("VB" or "RB") && (afterEvent || !s.Tags[k - 1].StartsWith("NN", StringComparison.Ordinal)))
                && !(aspectual && j == clause.Rest[0] && s.Tags[j] == "VBG")))
            {
                return;
            }

            // "who fled Rwanda and now live in Belgium": a place after a second verb joined to the first is that verb's,
            // and one question cannot carry both ("Where did they flee Rwanda and now live?").
            if (clause.Rest.Any(j => j < k && s.Lower(j) is "and" or "but" or "or" && SecondVerb(s, j)))
            {
                return;
            }

            // "the plan agreed last June for a peaceful solution in Syria": in a participle's clause a place after a
            // common noun may well belong to the noun.
            if (nounAttached && k > clause.Rest[0] && s.Tags[k - 1] is "NN" or "NNS")
            {
                return;
            }

            // "learn a lot from her bad experiences in Athens", "talk about the fighting in Syria": a place right after the
            // noun of an "about" or "from" phrase belongs to that noun. After "of" it may still say where the clause's
            // event was ("entertained crowds at the premiere of Lemony Snicket in London").
            if (k > clause.Rest[0] && s.Tags[k - 1].StartsWith("NN", StringComparison.Ordinal) && s.ChunkType(k - 1) == "NP"
                && ClauseFinder.ChunkStart(s, k - 1) is var nounStart and > 0 && s.Lower(nounStart - 1) is "about" or "from" && clause.Rest.Contains(nounStart - 1))
            {
                return;
            }

            // "his build-up for the European Indoors at Madrid", "a deal with Nissan in Japan": a place right after a body named in
            // a phrase that hangs on a noun says where the body is, not where the clause's action was; so does one after the
            // first of two agents ("conducted jointly by the Environmental Research Institute in Thurso ... and the Southampton
            // Oceanography Centre"). "began working for the Continental Edison Company in France" still says where he worked.
            if (k > 0 && context.Mentions.FirstOrDefault(m => m.Type == MentionType.Organization && m.Span.End == s.Tokens[k - 1].Span.End) is { } body
                && s.TokenAt(body.Span.Start) is var bodyStart and > 0
                && (s.Lower(bodyStart - 1) == "the" ? bodyStart - 2 : bodyStart - 1) is var by and > 0
                && s.Lower(by) is "by" or "with" or "for" or "from"
                && (s.Tags[by - 1] is "NN" or "NNS" || (s.Lower(by) == "by" && (clause.Adverbs.Concat(clause.Rest).Any(j => s.Lower(j) == "jointly")
                    || clause.Rest.Any(j => j > k && s.Lower(j) == "and" && j + 1 < s.Count && s.Tags[j + 1] is "DT" or "NNP")))))
            {
                return;
            }

            // After a copula a place right after a noun locates that noun, not the clause: "the hub of airlines in the UK". So
            // after a verb that relates one event to another: "The jump followed a fire at the company's refinery in Texas".
            if ((clause.Copula || VerbGroup.RelatesEvents(lemma)) && k > clause.Rest[0] && s.Tags[k - 1].StartsWith("NN", StringComparison.Ordinal))
            {
                return;
            }

            var common = NounPhrase(s, k + 1);
            var (np, head) = PlaceAnswer(s, k + 1, clause.Rest) is ({ } named, { } place) ? (named, place) : Apposed(s, common, clause.Rest);
            if (np is null || head is null)
            {
                continue;
            }

            // "believed the majority of people in Scotland wanted ...": the place sits in the subject of a later clause.
            if (clause.Rest.Any(j => j > np[^1] && s.Tags[j] is "VBD" or "VBZ" or "VBP" or "MD"))
            {
                return;
            }

            // "moved to Gateshead" → "Where did ... move?"; "comes from Egypt" → "Where does ... come from?"
            if (direction && (head.Type != MentionType.Place || s.Lower(k) == "from" && clause.Rest.Any(j => j > np[^1])))
            {
                continue;
            }

            // "brought £21 billion to London alone": a word that narrows the place goes with it.
            var end = Math.Max(np[^1], common[^1]) + 1;
            if (end < s.Count && clause.Rest.Contains(end) && s.Lower(end) is "alone" or "itself")
            {
                end++;
            }

            var (front, after) = r.Inverted();
            var stranded = s.Lower(k) == "from" ? "from" : "";
            var prompt = Question("Where", front, r.Subject(), after, r.Words(Without(clause.Rest, k, end)), stranded);
            var key = EntityKey(head, AnswerKind.Place, s, np);
            Add(QuestionType.Where, prompt, key, Statement(r, k + 1, end), penalty + (direction ? 0.05 : 0));
            return;
        }
    }

    /// <summary>Nouns of events, which a place right after them locates: "an exhibition at Madison Square Garden".</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "exhibition", "meeting", "meetings", "conference", "festival", "ceremony", "match", "game", "rally", "summit", "concert",
        "show", "fair", "convention", "exposition", "tournament", "race", "competition", "event", "celebration", "service",
        "funeral", "wedding", "premiere", "session", "talks", "hearing", "trial", "parade", "protest", "demonstration", "congress",
    };

    /// <summary>True when a finite verb (after at most one adverb) follows the conjunction at <paramref name="j"/>.</summary>
    private static bool SecondVerb(TaggedSentence s, int j)
    {
        var next = j + 1 < s.Count && s.Tags[j + 1] == "RB" ? j + 2 : j + 1;
        return next < s.Count && s.Tags[next] is "VBD" or "VBZ" or "VBP" or "VB";
    }

    /// <summary>"In Germany, teachers are recruited ..." → "Where are teachers recruited ...?"</summary>
    private void LeadingWhere(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var adverbials = Adverbials(s, r.Clause.Leading);
        for (var i = 0; i < adverbials.Count; i++)
        {
            var leading = adverbials[i];
            if (leading.Count < 2 || !IsLocative(s, leading[0]) || PlaceAnswer(s, leading[1], leading) is not ({ } np, { } head) || np[^1] != leading[^1])
            {
                continue;
            }

            // "At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched ...": the first of a list is no whole answer.
            if (i + 1 < adverbials.Count && s.Tags[adverbials[i + 1][0]] is "NNP" or "NNPS")
            {
                continue;
            }

            var (front, after) = r.Inverted();
            var prompt = Question("Where", front, r.Subject(), after, r.Words(r.Clause.Rest));
            var statement = Sentence([r.Subject(), r.VerbGroupAsWritten(), r.Words(r.Clause.Rest), s.Lower(leading[0]), "{A}"], ".");
            Add(QuestionType.Where, prompt, EntityKey(head, AnswerKind.Place, s, np), statement, penalty + 0.05);
            return;
        }
    }

    /// <summary>
    /// The adverbials of a clause's leading part, split at commas that are not a date's ("On May 21, 2013"):
    /// "However, in October 2007," gives "However" and "in October 2007".
    /// </summary>
    /// <remarks>A trailing adverb is left out: "In the United States especially, ...".</remarks>
    private static List<List<int>> Adverbials(TaggedSentence s, IReadOnlyList<int> leading)
    {
        var all = new List<List<int>>();
        var current = new List<int>();
        foreach (var k in leading.Append(-1))
        {
            if (k >= 0 && (s.Word(k) != "," || ClauseFinder.CommaInDate(s, k)))
            {
                current.Add(k);
                continue;
            }

            while (current.Count > 1 && s.Tags[current[^1]] == "RB")
            {
                current.RemoveAt(current.Count - 1);
            }

            if (current.Count > 0)
            {
                all.Add(current);
            }

            current = [];
        }

        return all;
    }

    private static bool IsLocative(TaggedSentence s, int k) =>
        s.Lower(k) is "in" or "at" or "near" or "inside" or "across" or "throughout" or "outside";

    /// <summary>
    /// "returned to his birthtown, Smiljan", "moved to the capital, Nairobi": a place named in apposition to the common
    /// noun phrase the clause ends with answers for it.
    /// </summary>
    private (List<int>?, Mention?) Apposed(TaggedSentence s, List<int> common, IReadOnlyList<int> rest)
    {
        var comma = common[^1] + 1;
        if (common[^1] != rest[^1] || s.Tags[common[^1]] is not ("NN" or "NNS") || comma + 1 >= s.Count || s.Word(comma) != "," || s.Tags[comma + 1] is not ("NNP" or "NNPS" or "DT"))
        {
            return (null, null);
        }

        var name = NounPhrase(s, comma + 1);
        var after = name[^1] + 1;
        return after >= s.Count || s.Word(after) is "," or "." or ";" ? PlaceAnswer(s, comma + 1, name) : (null, null);
    }

    /// <summary>
    /// The answer of a place adjunct starting at <paramref name="k"/>: a place, or a named building or site
    /// ("the Santa Clara Convention Center", "Charles-Ferdinand University"), with "of"-names that continue
    /// it and the town that locates a site ("the Castle Church in Wittenberg").
    /// </summary>
    private (List<int>?, Mention?) PlaceAnswer(TaggedSentence s, int k, IReadOnlyList<int> within)
    {
        var np = NounPhrase(s, k);
        var end = np[^1] + 1;

        // "the US state of Maine", "the city of Tours": the name after "of" is the place.
        var placeClass = s.Lower(np[^1]) is "state" or "province" or "city" or "town" or "village" or "county" or "region" or "island" or "republic" or "kingdom"
            or "district" or "capital" or "port" or "colony" or "territory" or "municipality" or "borough" or "parish" or "prefecture" or "duchy" or "principality" or "suburb";
        while (end + 1 < s.Count && s.Lower(end) == "of" && (s.Tags[end - 1] is "NNP" or "NNPS" || placeClass) && s.Tags[end + 1] is "NNP" or "NNPS" && within.Contains(end + 1))
        {
            np.AddRange(Enumerable.Range(end, NounPhrase(s, end + 1)[^1] + 1 - end));
            end = np[^1] + 1;
        }

        if (!within.Contains(np[^1]) || (end < s.Count && s.Tags[end] == "POS") || np.Any(j => s.Tags[j] is "PRP$" or "CC"))
        {
            return (null, null);
        }

        // "at the left-leaning Institute for Public Policy Research": a name that runs on past the phrase is cut, not answered.
        var npEnd = s.Tokens[np[^1]].Span.End;
        if (context.Mentions.Any(m => m.Span.Start < npEnd && m.Span.End > npEnd && m.Span.Start >= s.Tokens[np[0]].Span.Start))
        {
            return (null, null);
        }

        if (context.Head(s, np, MentionType.Place) is { } place)
        {
            return (np, place);
        }

        // A named site: proper names ending in a site's head word ("Castle Church", "the Western Cape province").
        if (!Sites.IsHead(s.Word(np[^1])) || !np.Any(j => s.Tags[j] is "NNP" or "NNPS")
            || np.Any(j => s.Tags[j] is not ("NNP" or "NNPS" or "NN" or "JJ" or "DT" or "IN" or "HYPH" or "CD")) || s.Tags[np[0]] is "IN")
        {
            return (null, null);
        }

        // A site is located by the place after it: "in the Castle Church in Wittenberg".
        if (end + 1 < s.Count && s.Lower(end) is "in" or "at" && within.Contains(end + 1) && s.ChunkType(end + 1) == "NP")
        {
            var town = NounPhrase(s, end + 1);
            if (within.Contains(town[^1]) && context.Head(s, town, MentionType.Place) is not null)
            {
                np.AddRange(Enumerable.Range(end, town[^1] + 1 - end));
            }
        }

        var span = new Text.TextSpan(s.Tokens[np[0]].Span.Start, s.Tokens[np[^1]].Span.End);
        var name = s.Render(np);
        var entity = context.Head(s, np, MentionType.Organization)?.Entity ?? Gazetteer.Bare(name);
        return (np, new Mention(name, MentionType.Place, span, entity));
    }

    /// <summary>"... seized 21 peacekeepers in March" → "When did ... seize 21 peacekeepers?" → "in March (2013)".</summary>
    private void When(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Negated || clause.Rest.Count == 0 || ReportCut(s, clause))
        {
            return;
        }

        LeadingWhen(r, penalty);

        // "the report forecast total growth of 3.6% in 2004": after a verb of foretelling a date is the forecast's, not the
        // time it was made.
        if (clause.Verb >= 0 && lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]) is "forecast" or "predict" or "expect" or "project"
            or "estimate" or "anticipate" or "foresee" or "target" or "budget")
        {
            return;
        }

        // A derived clause may hold its tokens out of text order ("It was in 1489 that ..." ends with "in 1489").
        var restSpan = (clause.Rest.Min(k => s.Tokens[k].Span.Start), clause.Rest.Max(k => s.Tokens[k].Span.End));
        foreach (var time in context.Extraction.Times)
        {
            if (time.Type is not (Times.TimeType.Date or Times.TimeType.Time) || time.Span.Start < restSpan.Item1 || time.Span.End > restSpan.Item2)
            {
                continue;
            }

            var tokens = clause.Rest.Where(k => s.Tokens[k].Span.Start >= time.Span.Start && s.Tokens[k].Span.End <= time.Span.End).ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            var from = tokens[0];
            var end = tokens[^1] + 1;
            var preposition = "";

            // "born on 10 July [O.S. 28 June] 1856", "in the 1980s and 1990s", "in 1870 to 1939", "1865–1871": one date of a
            // range or a pair is no answer on its own.
            var next = clause.Rest.FirstOrDefault(j => j >= end, -1);
            if ((next >= 0 && next + 1 < s.Count && (ClauseFinder.IsYear(s, next) || (IsRangeWord(s.Lower(next)) && s.Tags[next + 1] == "CD")))
                || (from > 1 && IsRangeWord(s.Lower(from - 1)) && s.Tags[from - 2] == "CD"))
            {
                continue;
            }

            // "won the Guardian First Book Award 2004", "Euro 2004": a year written right after a name is part of the name.
            if (from > 0 && s.Tags[from - 1] is "NNP" or "NNPS" && ClauseFinder.IsYear(s, from))
            {
                continue;
            }

            if (from > 0 && s.Tags[from - 1] is "IN" or "TO" && clause.Rest.Contains(from - 1))
            {
                preposition = s.Lower(from - 1);

                // "seasons from 2016", "double from 2004": after the verb "from" seldom says when; "since" says it after a perfect
                // ("has been open since 19 November"), not after a superlative ("the biggest since 1993").
                // "has risen for the first time since May": the date bounds "the first time", not the rise.
                if (!(IsTimePreposition(preposition) || preposition is "early" or "late") || preposition == "from"
                    || (preposition == "since" && (!clause.Auxiliaries.Any(a => VerbGroup.IsHave(s.Lower(a))) || (from > 2 && s.Lower(from - 2) == "time"))))
                {
                    continue;
                }

                // "the closing date on 14 January": the date of a date or deadline is the noun's.
                if (from > 1 && s.Lower(from - 2) is "date" or "deadline")
                {
                    continue;
                }

                from--;

                // "lost tragically back on February 1, 2003": "back" goes with the date it points to; "early in the 20th century" too.
                if (from > 0 && s.Lower(from - 1) is "back" or "early" or "late" && clause.Rest.Contains(from - 1))
                {
                    from--;
                    preposition = s.Lower(from) == "back" ? preposition : s.Lower(from) + " " + preposition;
                }

                // "resigned earlier in 2004": "earlier" goes with the date too; "revised figures from earlier in 2004" dates
                // the figures, not the revising.
                if (from > 0 && s.Lower(from - 1) is "earlier" or "later" && clause.Rest.Contains(from - 1))
                {
                    if (from > 1 && s.Tags[from - 2] is "IN" or "TO")
                    {
                        continue;
                    }

                    from--;
                }
            }
            else if (from > 0 && clause.Rest.Contains(from - 1) && s.Lower(from - 1) is "till" or "until" or "before" or "after" or "since" or "from" or "between" or "to")
            {
                // "defended till September 27": a preposition the tagger missed, and not one whose date answers "when".
                continue;
            }

            // "have until midnight on 1 February": a deadline's date, not when the clause happens.
            if (from > 1 && clause.Rest.Contains(from - 2) && s.Lower(from - 2) is "till" or "until" && s.Tags[from - 1] is "NN" or "RB")
            {
                continue;
            }

            // A date inside a reported or relative clause dates that clause, not this one: "predicted that sales in 2005 would double".
            // So does one inside a participle or an infinitive after an object ("asking bloggers to dedicate their sites on
            // 22 February"), or in a subject whose verb comes after it ("a suspect held since December 2001 was freed",
            // "reduction of crop yields by 2050 exceeded ...").
            var reporting = Reports(clause);

            // "said on Thursday": the day a statement was made is the news report's routine, not a fact to learn.
            if (reporting && TimeText.IsWeekday(time.Value))
            {
                continue;
            }

            if (clause.Rest.Any(j => (j < from && (s.Lower(j) == "that" || s.Tags[j] is "WDT" or "WP" or "VBD" or "VBZ" or "VBP" or "MD"
                    || (j > clause.Rest[0] && ((s.Tags[j] == "VBG" && s.Lower(j) != "following" && s.Tags[j - 1].StartsWith("NN", StringComparison.Ordinal)) || (s.Tags[j] == "TO" && j + 1 < s.Count && s.Tags[j + 1] == "VB")))))
                || (!reporting && j >= end && s.Tags[j] is "VBD" or "VBZ" or "VBP" or "MD" && (j == end || VerbGroup.IsAuxiliary(s.Lower(j), s.Tags[j])))))
            {
                continue;
            }

            // "cited the late 1980s as an example", "the quarter ending September 30": a date without a preposition is an
            // adjunct only as a bare day or month ("met Putin Tuesday"), not as an object or inside another phrase.
            if (preposition.Length == 0 && ((time.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && TimeText.Granularity(time.Value) is < 7)
                || (from > 0 && clause.Rest.Contains(from - 1) && s.Tags[from - 1] is "VBG" or "VBN" or "VB" or "JJ" or "TO" or "IN")))
            {
                continue;
            }

            // "start on 17 February for home customers and 1 April for businesses": with another date left in it the question is unclear.
            if (context.Extraction.Times.Any(t => t != time && t.Type == Times.TimeType.Date && _sentence.Span.Start <= t.Span.Start && t.Span.End <= _sentence.Span.End && clause.Rest.Any(j => j < from || j >= end ? s.Tokens[j].Span.Start >= t.Span.Start && s.Tokens[j].Span.End <= t.Span.End : false)))
            {
                continue;
            }

            // "was commenting on the wrongful jailing of 11 people for IRA bomb attacks on pubs in Guildford and Woolwich in
            // 1974": a date right after a name four phrases or more from the verb dates what that name ends, not the verb.
            // "is in his best shape since finishing fourth at the European Championships in 1998": a date after a participle
            // opened by "since", "after" or "before" dates the participle.
            if ((from > 0 && s.Tags[from - 1] is "NNP" or "NNPS" && clause.Rest.Count(j => j < from && s.Tags[j] is "IN" or "TO" && s.Lower(j) != "that") >= 4)
                || clause.Rest.Any(j => j < from && s.Tags[j] == "VBG" && j > 0 && s.Lower(j - 1) is "since" or "after" or "before" or "while" or "when" && clause.Rest.Contains(j - 1))
                || SinceNounPhrase(s, clause, from)
                || ComparedFigure(s, clause, from)
                || EventOfANoun(s, clause, from))
            {
                continue;
            }

            // A date inside a longer noun phrase ("the May 7 meeting", "in 1987's Robocop") is not an adjunct.
            if ((end < s.Count && (s.Tags[end].StartsWith("NN", StringComparison.Ordinal) || s.Tags[end] == "POS")) || (from > 0 && clause.Rest.Contains(from - 1) && s.Tags[from - 1] is "DT" or "POS"))
            {
                continue;
            }

            if (AnswerForms.Time(time, preposition, time.Span) is not { } key)
            {
                continue;
            }

            // "played on February 7, 2016, at Levi's Stadium": the comma that closed the date goes with it.
            var cut = end < s.Count && s.Word(end) == "," && clause.Rest.Contains(end) ? end + 1 : end;
            var (front, after) = r.Inverted(simplePast: !StartingPoint(preposition));
            var prompt = Question(WhenWord(preposition), front, r.Subject(), after, r.Words(Without(clause.Rest, from, cut)));
            Add(QuestionType.When, prompt, key, Statement(r, from, end), penalty);
            return;
        }
    }

    /// <summary>
    /// "slowed a decline in revenues to 5.4% from 10.2% in 2003", "profits of £198m, up from £130m in 2003": a date right
    /// after the figure that "from" or "with" compares dates that figure, not the verb ("more than 10% in 2000" is no comparison).
    /// </summary>
    private static bool ComparedFigure(TaggedSentence s, Clause clause, int from) =>
        (from > 1 && (s.Tags[from - 1] == "CD" || s.Word(from - 1) == "%")
            && Enumerable.Range(Math.Max(0, from - 4), Math.Min(3, from - 1)).Any(j => clause.Rest.Contains(j) && s.Lower(j) is "from" or "with"))
        // "The figure was 30% more than in 2003": the date after "than" is what the figure is measured against.
        || (from > 0 && s.Lower(from - 1) == "than");

    /// <summary>"In 1943, a Supreme Court decision restored the patents" → "When did a Supreme Court decision restore the patents?"</summary>
    /// <remarks>
    /// "In 1064, during the War of Barbastro, ..." or "However, in October 2007, ...": of several leading adverbials
    /// any may be the time. "Since the 1980s", "By autumn 1347", "Starting in 1894" keep their words in the answer.
    /// </remarks>
    private void LeadingWhen(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        foreach (var leading in Adverbials(s, r.Clause.Leading))
        {
            var at = 0;
            var preposition = "";
            if (leading.Count > 2 && s.Lower(leading[0]) is "starting" or "beginning" && s.Lower(leading[1]) is "in" or "on" or "from")
            {
                (at, preposition) = (2, s.Lower(leading[0]) + " " + s.Lower(leading[1]));
            }
            else if (s.Tags[leading[0]] == "IN")
            {
                (at, preposition) = (1, s.Lower(leading[0]));
            }

            if (at > 0 && (!IsTimePreposition(preposition) || leading.Count <= at))
            {
                continue;
            }

            // "On his 50th birthday in 1906, Tesla demonstrated ...": a phrase of time whose date closes it says when too.
            if (preposition is "on" or "in" or "at" or "during" && leading.Count > 3 && leading.Skip(at).ToList() is var inner
                && inner.FindLastIndex(k => s.Lower(k) == "in") is var nested and > 0 && nested < inner.Count - 1
                && context.Extraction.Times.Any(t => t.Span.Start == s.Tokens[inner[nested + 1]].Span.Start && t.Span.End == s.Tokens[leading[^1]].Span.End))
            {
                (at, preposition) = (at + nested + 1, "in");
            }

            var start = s.Tokens[leading[at]].Span.Start;
            var end = s.Tokens[leading[^1]].Span.End;
            if (context.Extraction.Times.FirstOrDefault(t => t.Span.Start == start && t.Span.End == end && t.Type is Times.TimeType.Date or Times.TimeType.Time) is not { } time
                || AnswerForms.Time(time, preposition, time.Span) is not { } key
                || (TimeText.IsWeekday(time.Value) && Reports(r.Clause)))
            {
                continue;
            }

            var (front, after) = r.Inverted(simplePast: !StartingPoint(preposition));
            var prompt = Question(WhenWord(preposition), front, r.Subject(), after, r.Words(r.Clause.Rest));
            var statement = Sentence([r.Subject(), r.VerbGroupAsWritten(), r.Words(r.Clause.Rest), "{A}"], ".");
            Add(QuestionType.When, prompt, key, statement, penalty);
            return;
        }
    }

    /// <summary>"since 2011", "from 2006", "starting in 1894": a starting point, which keeps a present perfect ("When have the rules applied?").</summary>
    private static bool StartingPoint(string preposition) =>
        preposition is "since" or "from" || preposition.StartsWith("starting", StringComparison.Ordinal) || preposition.StartsWith("beginning", StringComparison.Ordinal);

    /// <summary>"Since when has the exhibition been open?": the preposition of a starting point moves with the wh-word.</summary>
    private static string WhenWord(string preposition) => preposition == "since" ? "Since when" : "When";

    private static bool IsRangeWord(string lower) => lower is "and" or "or" or "to" or "until" or "till" or "through" or "–" or "-" or "—";

    /// <summary>
    /// "has been sidelined since the European Cup in Poland in June 2004": a date after "since" and its noun phrase, with no
    /// verb between, dates that noun phrase; "When has Hansen been sidelined since the European Cup in Poland?" asks nothing.
    /// </summary>
    private static bool SinceNounPhrase(TaggedSentence s, Clause clause, int from)
    {
        var since = clause.Rest.LastOrDefault(j => j < from - 1 && s.Lower(j) == "since" && s.Tags[j] == "IN", -1);
        return since >= 0 && Enumerable.Range(since + 1, from - since - 1)
            .All(j => s.Tags[j] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "IN" or "CD" or "POS" or "PRP$" or "CC");
    }

    /// <summary>
    /// "confirmed his participation in the Norwich Union Grand Prix in Birmingham on 18 February": after a verb that reports
    /// or announces, a date right after an event (a name of the "other" kind, perhaps with its place) that a noun's phrase
    /// holds dates the event, not the report. "will take part in the Great Ireland Run on 9 April" asks: it happens then.
    /// </summary>
    private bool EventOfANoun(TaggedSentence s, Clause clause, int from)
    {
        var k = from - 1;
        if (k < 0 || !clause.Rest.Contains(k) || !Reports(clause))
        {
            return false;
        }

        if (context.Mentions.FirstOrDefault(m => m.Type == MentionType.Place && m.Span.End == s.Tokens[k].Span.End) is { } place
            && TokenAt(s, place.Span.Start) is var at and > 1 && s.Lower(at - 1) is "in" or "at")
        {
            k = at - 2;
        }

        if (k < 0 || context.Mentions.FirstOrDefault(m => m.Type == MentionType.Other && m.Span.End == s.Tokens[k].Span.End) is not { } other
            || TokenAt(s, other.Span.Start) is not (var start and > 0))
        {
            return false;
        }

        start -= s.Tags[start - 1] == "DT" ? 1 : 0;
        return start > 1 && clause.Rest.Contains(start - 2) && s.Lower(start - 1) is "in" or "at" or "for" or "of" && s.Tags[start - 2] is "NN" or "NNS";
    }

    /// <summary>The index of the token that starts at <paramref name="offset"/>, or -1.</summary>
    private static int TokenAt(TaggedSentence s, int offset)
    {
        for (var j = 0; j < s.Count; j++)
        {
            if (s.Tokens[j].Span.Start == offset)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Prepositions whose phrase with a date answers "when": "in March", "since 2011", "by autumn 1347", "starting in 1894".</summary>
    private static bool IsTimePreposition(string preposition) => preposition is "in" or "on" or "at" or "during" or "around" or "since" or "by" or "throughout"
        or "from" or "starting in" or "beginning in" or "starting on" or "beginning on" or "starting from" or "beginning from";

    /// <summary>"a conflict that has claimed over 70,000 lives" → "How many lives has ... claimed?" → "over 70,000".</summary>
    private void HowMany(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Negated)
        {
            return;
        }

        var (first, last) = (s.Tokens[0].Span.Start, s.Tokens[^1].Span.End);
        foreach (var quantity in context.Extraction.Quantities)
        {
            if (quantity.Span.Start < first || quantity.Span.End > last)
            {
                continue;
            }

            var tokens = Enumerable.Range(0, s.Count).Where(k => s.Tokens[k].Span.Start >= quantity.Span.Start && s.Tokens[k].Span.End <= quantity.Span.End).ToList();
            var lastNumber = tokens.LastOrDefault(k => s.Tags[k] == "CD", -1);
            if (lastNumber < 0 || quantity.Value < 2 || tokens.Any(k => s.Word(k) is "$" or "£" or "€" or "%"))
            {
                continue;
            }

            var firstNumber = tokens.First(k => s.Tags[k] == "CD");
            var unitEnd = s.ChunkEnd(lastNumber);
            var unit = Enumerable.Range(lastNumber + 1, Math.Max(0, unitEnd - lastNumber - 1)).ToList();
            // "46 outgoing flights and 86 incoming flights were delayed": a count joined to another is asked about with it or not at all.
            // "four times more likely" is a ratio: "How many times are those ... more likely?" reads wrong.
            if (unit.Count == 0 || s.Tags[unit[^1]] is not ("NNS" or "NNPS") || unit.Any(k => s.Tags[k] == "CD" || s.Lower(k) is "percent" or "cent")
                || (s.Lower(unit[^1]) == "times" && unitEnd < s.Count && (s.Tags[unitEnd] is "JJR" or "RBR" || s.Lower(unitEnd) is "as" or "more" or "less" or "the" or "that" or "higher" or "lower"))
                || (unitEnd < s.Count && s.Tags[unitEnd] == "POS")
                || (unitEnd + 1 < s.Count && s.Lower(unitEnd) is "and" or "or" && s.Tags[unitEnd + 1] == "CD")
                || (tokens[0] >= 2 && s.Lower(tokens[0] - 1) is "and" or "or" && s.Tags[tokens[0] - 2] is "NNS" or "NNPS" or "NN"
                    && Enumerable.Range(0, tokens[0] - 1).Any(k => s.Tags[k] == "CD")))
            {
                continue;
            }

            var modifier = s.Render(tokens.Where(k => k < firstNumber));
            var number = Enumerable.Range(tokens[0], lastNumber - tokens[0] + 1).ToList();
            var span = new Text.TextSpan(s.Tokens[number[0]].Span.Start, s.Tokens[lastNumber].Span.End);
            var key = AnswerForms.Number(quantity, s.Render(number), modifier, span);
            var unitWords = r.Words(unit);
            if (clause.Subject.Contains(lastNumber))
            {
                // "Two executives from AIG and one from Marsh & McLennan were the latest", "Nine men from West Yorkshire and
                // another man from Leicester": a count joined to another further on in the subject is no whole answer either.
                var before = clause.Subject.Where(k => k < number[0]).ToList();
                if (before.Any(k => s.Tags[k] != "DT") || clause.Subject.Any(k => k > unitEnd && s.Lower(k) is "and" or "or" && k + 1 < s.Count && (s.Tags[k + 1] == "CD" || s.Lower(k + 1) == "another")))
                {
                    continue;
                }

                var prompt = Question("How many", unitWords, r.Words(clause.Subject.Where(k => k >= unitEnd)), r.VerbGroupAsWritten(), r.Words(clause.Rest));
                var statement = Sentence([r.Words(before, lowerFirst: true), "{A}", unitWords, r.Words(clause.Subject.Where(k => k >= unitEnd)), r.VerbGroupAsWritten(), r.Words(clause.Rest)], ".");
                Add(QuestionType.HowMany, prompt, key, statement, penalty);
            }
            // "set up an online petition that notched 3,000 signatures": a count inside a relative clause is that clause's.
            // "says only 11 householders or occupiers of business premises have been ...", "involves 155,465 pickups, vans and
            // sports utility vehicles": after the verb a count whose noun is joined to others counts them all, and the question
            // would keep only the first.
            else if (clause.Rest.Contains(number[0]) && clause.Rest.Contains(unitEnd - 1)
                && !(unitEnd + 1 < s.Count && (s.Lower(unitEnd) is "and" or "or" || (s.Word(unitEnd) == "," && clause.Rest.Contains(unitEnd))) && s.Tags[unitEnd + 1] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "DT" or "CD")
                && (number[0] == clause.Rest[0] || s.Tags[number[0] - 1] is "RB" || VerbGroup.IsVerbTag(s.Tags[number[0] - 1]))
                && !clause.Rest.Any(j => j < number[0] && (s.Tags[j] is "WDT" or "WP" || (s.Lower(j) == "that" && j > clause.Rest[0] && s.Tags[j - 1].StartsWith("NN", StringComparison.Ordinal))))
                // "said laws affecting 750,000 people with dementia needed updating": a count after a participle, in the
                // subject of a verb that follows, is that subject's.
                && !(number[0] > 0 && s.Tags[number[0] - 1] is "VBG" or "VBN" && clause.Rest.Any(j => j >= unitEnd && s.Tags[j] is "VBD" or "VBZ" or "VBP" or "MD")))
            {
                // "The average size of an English constituency was 70,000 people": a measure is what a count after "be" gives,
                // and "How many people was the average size ...?" asks for it wrongly.
                if (clause.Copula && clause.Subject.TakeWhile(k => s.Tags[k] != "IN").LastOrDefault(-1) is >= 0 and var head
                    && s.Lower(head) is "size" or "number" or "total" or "average" or "population" or "figure" or "turnout" or "attendance" or "crowd"
                        or "capacity" or "count" or "membership" or "tally" or "toll")
                {
                    continue;
                }

                // "elects 70 members of the Legislative Council" → "How many members of the Legislative Council does ... elect?"
                var phraseEnd = unitEnd;
                if (phraseEnd + 1 < s.Count && s.Lower(phraseEnd) == "of" && s.ChunkType(phraseEnd + 1) == "NP" && clause.Rest.Contains(NounPhrase(s, phraseEnd + 1)[^1]))
                {
                    phraseEnd = NounPhrase(s, phraseEnd + 1)[^1] + 1;
                    unitWords = r.Words(Enumerable.Range(lastNumber + 1, phraseEnd - lastNumber - 1));
                }

                var (front, after) = r.Inverted();
                var prompt = Question("How many", unitWords, front, r.Subject(), after, r.Words(Without(clause.Rest, number[0], phraseEnd)));
                Add(QuestionType.HowMany, prompt, key, Statement(r, number[0], lastNumber + 1), penalty);
            }
        }
    }
}
