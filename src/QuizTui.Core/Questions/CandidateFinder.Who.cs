using QuizTui.Core.Entities;
using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Grammar;
using QuizTui.Core.Text;
using Names = QuizTui.Core.Entities.Gazetteers.Gazetteer;

namespace QuizTui.Core.Questions;

internal sealed partial class CandidateFinder
{
    /// <summary>"Syrian rebels seized four peacekeepers" → "Who seized four peacekeepers?"; reporting verbs give who-said.</summary>
    private void SubjectWho(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Rest.Count == 0
            || (context.Head(s, clause.Subject, MentionType.Person, MentionType.Organization) ?? ApposedPerson(s, clause) ?? PersonOf(s, clause.Subject)) is not { } head)
        {
            return;
        }

        // "lawyers have been arguing that Mr Ebbers was not responsible": a denial reported is a claim, not a fact to ask about;
        // so is one reported after it ("Ebbers never made accounting decisions, a witness has told jurors").
        if (clause.Negated && (clause.Embedded || ReportedAfter(s, clause.Rest[^1] + 1)))
        {
            return;
        }

        // "DEC has no connection with the fake site": having nothing is a denial, true of almost anyone.
        if (clause.Verb >= 0 && s.Lower(clause.Rest[0]) == "no" && lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]) == "have")
        {
            return;
        }

        // "The EU said a tax would only be passed after full consultation": what "only" leads to is the point, and the clause
        // was cut before it.
        var afterRest = clause.Rest[^1] + 1;
        if (afterRest < s.Count && clause.Rest.Any(k => s.Lower(k) == "only") && s.Lower(afterRest) is "after" or "if" or "when" or "until" or "unless" or "once" or "before" or "because")
        {
            return;
        }

        // "Hayley Yelling also competes in Edinburgh, as does Kathy Butler": someone else does the same, so the question has
        // two answers.
        if (afterRest + 2 < s.Count && s.Word(afterRest) == "," && s.Lower(afterRest + 1) == "as"
            && s.Lower(afterRest + 2) is "does" or "did" or "do" or "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "can")
        {
            return;
        }

        // "Who took place in San Diego in 2003?": only events take place, happen or occur; their subject is no doer.
        if (clause.Verb >= 0 && !clause.Passive && lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]) is var lemma
            && (VerbGroup.IsStative(lemma) || lemma is "happen" or "occur" || (lemma == "take" && s.Lower(clause.Rest[0]) == "place")))
        {
            return;
        }

        var reporting = Reports(clause);
        if (reporting && (ThingObject(s, clause) || ClauseRealizer.TellsObjectToDo(s, clause, lemmatizer)))
        {
            reporting = false;
        }

        // "said as both parties planned to cut ..., they should accept ...": what was said comes after the subordinate clause.
        if ((reporting && clause.Rest.Count > 18) || (reporting && s.Lower(clause.Rest[0]) is "as" or "if" or "when" or "because" or "although" or "though" or "while" or "once" or "unless" or "since" or "until"))
        {
            return;
        }

        // "Who is located in ...?", "Who is an annual event?": being and undergoing ask for a person that reads like one,
        // or an organisation said to be an agent ("BAA are owners of the airports").
        if ((clause.Copula || clause.Passive) && !LooksLikePerson(head) && head.Span.Start < s.Tokens[clause.Subject[^1]].Span.End && !(clause.Copula && head.Type == MentionType.Organization && AgentComplement(s, clause)))
        {
            return;
        }

        // "Korea's Hyundai was another big gainer", "Nissan was also a winner": a description the sentence says others share
        // has more than one answer.
        if (clause.Copula && (s.Lower(clause.Rest[0]) == "another" || clause.Adverbs.Any(k => s.Lower(k) == "also")))
        {
            return;
        }

        // "Mustafa Yoda is currently one of the hottest tracks", "Kinsey was one of four films": a name the complement calls
        // a work or a made thing is no person's.
        if (clause.Copula && head.Type == MentionType.Person && ComplementNoun(s, clause) is { } noun
            && (ThingNouns.Contains(noun) || (noun.EndsWith('s') && ThingNouns.Contains(noun[..^1]))))
        {
            return;
        }

        // "writes that anybody", "pointed out that the Netherlands": a complement clause cut before its verb says nothing.
        var that = clause.Rest.FirstOrDefault(k => s.Lower(k) == "that" && s.Tags[k] == "IN" && (k == clause.Rest[0] || s.Tags[k - 1] is "RP" or "RB" || s.Lower(k - 1) is "out" or "up"), -1);
        if (that >= 0 && !clause.Rest.Any(k => k > that && s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD"))
        {
            return;
        }

        if (ObjectIsALaterSubject(s, clause))
        {
            return;
        }

        var key = EntityKey(head, head.Type == MentionType.Person ? AnswerKind.Person : AnswerKind.Organization, s, clause.Subject);
        var rest = clause.Rest;
        if (reporting)
        {
            // "said Tuesday his country ...": the day of saying is not part of what was said.
            // Not a time that owns what follows: "said January's figures were decent".
            var said = rest.SkipWhile(k => context.Extraction.Times.Any(t => t.Span.Start <= s.Tokens[k].Span.Start && s.Tokens[k].Span.End <= t.Span.End)).ToList();
            rest = said.Count > 0 && s.Tags[said[0]] == "POS" ? rest : said;
        }

        rest = WithRestrictiveRelative(s, rest, clause.Copula);

        // What was said must be a clause, not a bare name ("said John Kerry"), nor only the condition of one: "said that
        // whether the public chose Michael Howard or Mr Kennedy, it would result in ..." keeps nothing of what was said,
        // nor does "said instead of the "bonfire of quangos" Labour had promised, there had been an "explosion"".
        if (reporting && (!rest.Any(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD")
            || rest.SkipWhile(k => s.Lower(k) == "that").FirstOrDefault(-1) is >= 0 and var opening
                && s.Lower(opening) is "whether" or "if" or "although" or "though" or "because" or "unless" or "while" or "once" or "when" or "as"
                    or "instead" or "despite" or "unlike" or "after" or "before" or "since" or "until" or "given" or "with" or "without"
                && rest[^1] + 1 < s.Count && s.Word(rest[^1] + 1) == ","))
        {
            return;
        }

        var prompt = Question("Who", r.AgreeingVerbGroup(PluralComplement(s, clause)), r.Words(rest));
        var statement = Sentence(["{A}", r.VerbGroupAsWritten(), r.Words(rest)], ".");
        var organization = head.Type == MentionType.Organization ? 0.1 : 0;
        Add(reporting ? QuestionType.WhoSaid : QuestionType.Who, prompt, key, statement, penalty + organization);
    }

    /// <summary>
    /// "Anne Thompson of the Hollywood Reporter said ...", "Ken Smith from Oxford University found ...": a person named
    /// first, then where they are from, heads the subject.
    /// </summary>
    private Mention? PersonOf(TaggedSentence s, IReadOnlyList<int> subject)
    {
        if (subject.Count < 3)
        {
            return null;
        }

        var start = s.Tokens[subject[0]].Span.Start;
        if (context.Mentions.FirstOrDefault(m => m.Span.Start == start && m.Type == MentionType.Person) is not { } person || !LooksLikePerson(person))
        {
            return null;
        }

        var after = subject.FirstOrDefault(k => s.Tokens[k].Span.Start >= person.Span.End, -1);
        if (after < 0 || s.Lower(after) is not ("of" or "from" or "at") || after + 1 > subject[^1])
        {
            return null;
        }

        // The rest is one organisation or place: "of the Hollywood Reporter", not "of the company and his brother".
        var restStart = s.Tokens[after + 1].Span.Start;
        var restEnd = s.Tokens[subject[^1]].Span.End;
        return context.Mentions.Any(m => m.Type is MentionType.Organization or MentionType.Place && m.Span.End == restEnd && m.Span.Start >= restStart
            && Enumerable.Range(after + 1, subject[^1] - after).All(k => s.Tokens[k].Span.Start >= m.Span.Start || s.Tags[k] is "DT"))
            ? person : null;
    }

    /// <summary>
    /// "The last Prime Minister of East Germany, Lothar de Maizière, is ...": a subject headed by a role, with the
    /// person who holds it in apposition right after it, is that person.
    /// </summary>
    private Mention? ApposedPerson(TaggedSentence s, Clause clause)
    {
        if (clause.Parenthetical.Count == 0 || clause.Subject.Count == 0 || clause.Parenthetical[0] > clause.Subject[^1] + 2)
        {
            return null;
        }

        // "the editor of Electrical World magazine, Thomas Commerford Martin (a friend and publicist),": a bracketed aside
        // after the name is no part of it.
        var words = clause.Parenthetical.Where(k => s.Word(k) != ",").ToList();
        if (words.FindIndex(k => s.Word(k) == "(") is var open and > 0 && s.Word(words[^1]) == ")")
        {
            words = words[..open];
        }

        if (words.Count == 0 || words[^1] - words[0] + 1 != words.Count)
        {
            return null;
        }

        // The role says the name is a person's even when the given name is one the gazetteer lacks ("Lothar").
        var start = s.Tokens[words[0]].Span.Start;
        var end = s.Tokens[words[^1]].Span.End;
        var role = clause.Subject.Any(k => s.Tags[k].StartsWith("NN", StringComparison.Ordinal)
            && Names.Default.Lookup(Names.Key(s.Word(k))).HasFlag(GazetteerKind.Title));
        return context.Mentions.FirstOrDefault(m => m.Span.Start == start && m.Span.End == end && m.Type == MentionType.Person) is { } person
            && (LooksLikePerson(person) || (role && words.Count >= 2 && words.All(k => char.IsUpper(s.Word(k)[0]) || NameParticles.All.Contains(s.Word(k)))))
            ? person : null;
    }

    /// <summary>
    /// "Dryden announced the Apollo program", "Tesla explained the principles of ...": a reporting verb whose object is a
    /// thing, not a clause, reports nothing; its subject is asked about as the doer.
    /// </summary>
    private bool ThingObject(TaggedSentence s, Clause clause)
    {
        var lemma = lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]);
        return lemma is not ("say" or "tell" or "add" or "warn" or "insist") && clause.Rest.Count > 0 && s.ChunkType(clause.Rest[0]) == "NP"
            && s.Tags[clause.Rest[0]] is "DT" or "JJ" or "NN" or "NNS" or "PRP$" && s.Lower(clause.Rest[0]) is not ("any" or "some" or "no")
            && !clause.Rest.Any(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD")
            && context.Head(s, NounPhrase(s, clause.Rest[0]), MentionType.Person, MentionType.Organization) is null;
    }

    /// <summary>
    /// "Conservatives say Turkcell's stake in Irancell, the new network, should be cut": a reporting verb whose reported
    /// clause was cut before its verb leaves nothing said to ask where or when about.
    /// </summary>
    private bool ReportCut(TaggedSentence s, Clause clause) =>
        !clause.Passive && Reports(clause)
        && !clause.Rest.Any(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD") && !ThingObject(s, clause) && !ClauseRealizer.TellsObjectToDo(s, clause, lemmatizer);

    /// <summary>
    /// A person's name that reads as one: a known given name first, a role, or a full name whose surname the article gives
    /// a courtesy title ("Arash Sigarchi" ... "Mr Sigarchi"), whatever the given name.
    /// </summary>
    private bool LooksLikePerson(Mention head) =>
        head.Type == MentionType.Person && (context.Mentions.Any(m => m.Entity == head.Entity && PersonNames.LooksLikePerson(m))
            || head.Entity.Split(' ') is { Length: 2 or 3 } words && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && !w.Any(char.IsDigit))
                && new[] { "Mr ", "Mrs ", "Ms ", "Miss " }.Any(t => context.Article.Text.Contains(t + words[^1], StringComparison.Ordinal)));

    /// <summary>A copula's complement headed by an agent noun: "owners", "the operator", "a sponsor".</summary>
    private static bool AgentComplement(TaggedSentence s, Clause clause)
    {
        if (clause.Rest.Count == 0 || s.ChunkType(clause.Rest[0]) != "NP")
        {
            return false;
        }

        var head = s.Lower(s.ChunkEnd(clause.Rest[0]) - 1).TrimEnd('s');
        return head.Length > 4 && (head.EndsWith("er", StringComparison.Ordinal) || head.EndsWith("or", StringComparison.Ordinal) || head.EndsWith("ist", StringComparison.Ordinal));
    }

    /// <summary>
    /// "BAA are owners of the airports": a copula agrees with a plural complement once "who" takes the
    /// subject's place ("Who are owners of ...?", never "Who is owners ...?").
    /// </summary>
    private static bool PluralComplement(TaggedSentence s, Clause clause)
    {
        if (!clause.Copula || clause.Rest.Count == 0 || s.ChunkType(clause.Rest[0]) != "NP")
        {
            return false;
        }

        var end = s.ChunkEnd(clause.Rest[0]);
        return s.Tags[end - 1] is "NNS" or "NNPS";
    }

    /// <summary>"Kerry met Vladimir Putin for two hours" → "Who did Kerry meet for two hours?"</summary>
    private void ObjectWho(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Copula || clause.Passive || clause.Negated || clause.Rest.Count == 0 || s.ChunkType(clause.Rest[0]) != "NP")
        {
            return;
        }

        // After "said" the noun phrase is the reported clause's subject, not an object ("told" has one).
        // "Other winners included Paddy Considine": what a set includes is one member of it, no fact of a doer.
        var lemma = lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]);
        if ((VerbGroup.IsReporting(lemma) && lemma != "tell") || VerbGroup.IsStative(lemma))
        {
            return;
        }

        // "told the BBC Michael Howard has always been ...": a finite verb right after the noun phrase makes it the subject of
        // a reported clause whose "that" was left out, not the object.
        // "stars British actors Bob Hoskins and Brenda Blethyn": the first of several names is no complete answer.
        var np = NounPhrase(s, clause.Rest[0]);
        var next = np[^1] + 1 < s.Count ? s.Tags[np[^1] + 1] : "";
        if (context.Head(s, np, MentionType.Person, MentionType.Organization) is not { } head || next is "POS" or "VBZ" or "VBD" or "VBP" or "MD"
            || ListGoesOn(s, np[^1] + 1)
            || (head.Type == MentionType.Person && !LooksLikePerson(head))
            || (head.Type == MentionType.Organization && !VerbGroup.IsSocial(lemma)))
        {
            return;
        }

        // "Mr Brown told Mr Blair: ..." → "Who did Mr Brown tell?" asks nothing without what was told.
        var remaining = Without(clause.Rest, np[0], np[^1] + 1).ToList();
        if (lemma == "tell" && !remaining.Any(k => s.Tags[k] is not ("," or ":" or "." or "``" or "''")))
        {
            return;
        }

        var (front, after) = r.Inverted();
        var prompt = Question("Who", front, r.Subject(), after, r.Words(remaining));
        var kind = head.Type == MentionType.Person ? AnswerKind.Person : AnswerKind.Organization;
        Add(QuestionType.Who, prompt, EntityKey(head, kind, s, np), Statement(r, np[0], np[^1] + 1), penalty + (kind == AnswerKind.Person ? 0.05 : 0.15));
    }

    /// <summary>
    /// "One of the most prominent Huguenot refugees in the Netherlands was Pierre Bayle" → "Who was one of the most
    /// prominent Huguenot refugees in the Netherlands?": a description before a copula whose complement is a person's name.
    /// </summary>
    private void CopulaWho(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        // One name answers a singular description: "The other protesters are John Holliday, 37, ..." lists several.
        if (!clause.Copula || clause.Negated || clause.Verb >= 0 || clause.Rest.Count == 0 || s.ChunkType(clause.Rest[0]) != "NP"
            || clause.Auxiliaries.Count != 1 || s.Lower(clause.Auxiliaries[0]) is not ("is" or "was")
            || clause.Subject.Count < 2 || s.Tags[clause.Subject[0]] is "PRP" or "NNP" or "NNPS" or "EX" or "WDT"
            || context.Head(s, clause.Subject, MentionType.Person, MentionType.Organization) is not null
            || !clause.Subject.Any(k => s.Tags[k] is "NN" or "NNS"))
        {
            return;
        }

        // The name is the whole complement: "was Pierre Bayle", not "was Pierre Bayle's pupil".
        var np = NounPhrase(s, clause.Rest[0]);
        if (np[^1] != clause.Rest[^1] || context.Head(s, np, MentionType.Person) is not { } head || !LooksLikePerson(head)
            || head.Span.End < s.Tokens[np[^1]].Span.End)
        {
            return;
        }

        var prompt = Question("Who", r.AgreeingVerbGroup(), r.Subject());
        Add(QuestionType.Who, prompt, EntityKey(head, AnswerKind.Person, s, np), Statement(r, np[0], np[^1] + 1), penalty + 0.1);
    }

    /// <summary>
    /// Whether ", a witness has told jurors" or ", he said" follows from token <paramref name="k"/>: the words before are
    /// reported; with <paramref name="predicted"/>, only by a verb of foretelling (", he predicted").
    /// </summary>
    private bool ReportedAfter(TaggedSentence s, int k, bool predicted = false)
    {
        if (k >= s.Count || s.Word(k) != ",")
        {
            return false;
        }

        for (var v = k + 2; v < Math.Min(s.Count, k + 8); v++)
        {
            if (s.Tags[v] is "VBD" or "VBZ" or "VBN" && lemmatizer.Base(s.Word(v), s.Tags[v]) is var lemma
                && (predicted ? IsForetelling(lemma) : VerbGroup.IsReporting(lemma)))
            {
                return true;
            }

            if (s.Word(v) is "," or "that" || s.Tags[v] is "WDT" or "WP" or "IN" or ".")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"The peacekeepers were seized by X" → "Who seized the peacekeepers?"</summary>
    private void PassiveAgent(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (!clause.Passive || clause.Auxiliaries.Count is 0 or > 2 || clause.Negated)
        {
            return;
        }

        // "by Napoleon's army": the agent is the army, not the name that owns it.
        var by = clause.Rest.FirstOrDefault(k => s.Lower(k) == "by" && k + 1 < s.Count && s.ChunkType(k + 1) == "NP", -1);
        if (by < 0 || NounPhrase(s, by + 1) is not { } np || (np[^1] + 1 < s.Count && s.Tags[np[^1] + 1] == "POS")
            || context.Head(s, np, MentionType.Person, MentionType.Organization) is not { } head)
        {
            return;
        }

        // "is worried that the council may be taken over by the Government": a "by" past a "that" or a finite verb is the
        // agent of an embedded clause, not of this one.
        if (clause.Rest.Any(k => k < by && (s.Tags[k] is "MD" or "VBZ" or "VBP" or "VBD" || (s.Lower(k) is "that" or "whether" or "if" && s.Tags[k] is "IN" or "WDT"))))
        {
            return;
        }

        // "was presented at a ceremony held in London and hosted by Jonathan Ross": a participle after "and" before the "by"
        // has the agent; the first verb's doer is unsaid.
        if (clause.Rest.Any(k => k < by && k > clause.Verb + 2 && s.Tags[k] is "VBN" or "VBD" && s.Lower(k - 1) is "and" or "or"))
        {
            return;
        }

        // "is based upon the novel of the same name written by S Hussain Zaidi": a participle after a noun before the "by"
        // heads a reduced relative clause, and the agent is its own.
        if (clause.Rest.Any(k => k < by && k > clause.Verb + 1 && s.Tags[k] is "VBN" or "VBD" && s.Tags[k - 1] is "NN" or "NNS" or "NNP" or "NNPS"))
        {
            return;
        }

        // "is based on a children's fantasy novel by UK author Diana Wynne Jones": a "by" right after a word for a work names
        // the work's maker, not the doer of the clause.
        if (by > 0 && s.Lower(by - 1) is "novel" or "novels" or "book" or "books" or "play" or "plays" or "story" or "stories" or "poem" or "poems"
            or "song" or "songs" or "painting" or "paintings" or "film" or "films" or "article" or "report" or "album" or "work" or "works" or "opera" or "musical" or "memoir" or "biography")
        {
            return;
        }

        // "confronted by Zoe, Chrissie and Sam": the first of several agents is no complete answer; nor is one of those a
        // thing was done "jointly" by.
        if (ListGoesOn(s, np[^1] + 1) || clause.Adverbs.Concat(clause.Rest).Any(k => s.Lower(k) == "jointly"))
        {
            return;
        }

        var aux = s.Lower(clause.Auxiliaries[0]);

        // "will be designed by" → "Who will design"; "has been stopped by" → "Who has stopped".
        string? Active(string participle) => clause.Auxiliaries.Count == 2
            ? s.Lower(clause.Auxiliaries[1]) switch
            {
                "be" when s.Tags[clause.Auxiliaries[0]] == "MD" => aux + " " + lemmatizer.Base(participle, "VBN"),
                "been" when aux is "has" or "have" or "had" => (aux == "have" ? "has" : aux) + " " + participle.ToLowerInvariant(),
                _ => null,
            }
            : aux is "was" or "were" ? lemmatizer.PastOfParticiple(participle)
            : aux is "is" or "are" ? Lemmatizer.ThirdPerson(lemmatizer.Base(participle, "VBN")) : null;
        var verb = Active(s.Word(clause.Verb));

        // "is written and directed by Alexander Payne" → "Who writes and directs Sideways?": both participles turn active.
        var second = clause.Verb + 2;
        var joined = verb is not null && second < by && s.Lower(clause.Verb + 1) is "and" or "or" && s.Tags[second] is "VBN" or "VBD"
            && clause.Rest.Contains(second) && Active(s.Word(second)) is { } other;
        // "was carried out by X" → "Who carried out the survey?": the particle stays with its verb.
        // "are run by the Direct Marketing Association and backed by EU directives": a second participle after the agent
        // has an agent of its own, and goes.
        var afterAgent = np[^1] + 1;

        // "won by European medal favourite Christine Arron of France": where the agent is from goes with the agent.
        if (afterAgent + 1 < s.Count && s.Lower(afterAgent) is "of" or "from" && s.Tags[afterAgent + 1] is "NNP" or "NNPS" && head.Type == MentionType.Person)
        {
            afterAgent++;
            while (afterAgent < s.Count && s.Tags[afterAgent] is "NNP" or "NNPS")
            {
                afterAgent++;
            }
        }

        var rest = Without(clause.Rest, by, afterAgent).Where(j => !(j >= afterAgent && afterAgent + 1 < s.Count && s.Lower(afterAgent) is "and" or "or"
            && s.Tags[afterAgent + 1] is "VBN" or "VBD")).ToList();
        if (joined)
        {
            // The second verb keeps only its own form: "writes and directs", "will design and build".
            var secondForm = Active(s.Word(second))!;
            var own = clause.Auxiliaries.Count == 2 && secondForm.Contains(' ', StringComparison.Ordinal) ? secondForm[(secondForm.IndexOf(' ', StringComparison.Ordinal) + 1)..] : secondForm;
            verb += " " + s.Lower(clause.Verb + 1) + " " + own;
            rest.RemoveAll(j => j == clause.Verb + 1 || j == second);
        }

        // "will be debated by the Lords without having been considered by MPs": a participle phrase whose subject is
        // the passive's would dangle in the active question; it goes.
        var dangling = rest.FindIndex(j => s.Lower(j) is "without" or "after" or "before" or "while" or "despite" or "upon" or "since"
            && j + 1 < s.Count && s.Lower(j + 1) is "having" or "being" && rest.Contains(j + 1));
        if (dangling >= 0)
        {
            rest = rest.Take(dangling).ToList();
        }

        if (verb is not null && rest.Count > 0 && rest[0] == clause.Verb + 1 && (s.Tags[rest[0]] == "RP" || s.Lower(rest[0]) is "out" or "up" or "off" or "down" or "over" or "back"))
        {
            verb += " " + s.Lower(rest[0]);
            rest.RemoveAt(0);
        }

        var prompt = Question("Who", verb, r.Subject(), r.Words(rest));
        var kind = head.Type == MentionType.Person ? AnswerKind.Person : AnswerKind.Organization;
        Add(QuestionType.Who, prompt, EntityKey(head, kind, s, np), Statement(r, by + 1, np[^1] + 1), penalty);
    }

    /// <summary>
    /// True when more names follow the one ending before <paramref name="k"/>: "Zoe and Sam", "Zoe, Chrissie and Sam"
    /// (names up to the "and"), "Daniel Craig (Enduring Love), Phil Davis (Vera Drake) and Ian Hart" (each name's
    /// bracket passed over); not "Bill Gates, Microsoft chairman and chief software architect".
    /// </summary>
    private static bool ListGoesOn(TaggedSentence s, int k)
    {
        k = PastBracket(s, k);
        if (k + 1 < s.Count && s.Lower(k) is "and" or "or" && NameAhead(s, k + 1))
        {
            return true;
        }

        // "face Olympic champion Stefano Baldini, world champion Jaouad Gharib, and arch-rival Paul Tergat": a role may stand
        // before each name.
        if (k + 1 >= s.Count || !(s.Tags[k + 1] is "NNP" or "NNPS" || (s.Word(k) == "," && s.Tags[k + 1] is "JJ" or "NN" && NameAhead(s, k + 1))))
        {
            return false;
        }

        var j = k;
        while (j < s.Count && (s.Word(j) is "," or "(" || s.Tags[j] is "NNP" or "NNPS" || (s.Tags[j] is "JJ" or "NN" && NameAhead(s, j))))
        {
            j = s.Word(j) == "(" ? PastBracket(s, j) : j + 1;
        }

        return s.Word(k) == "," && j + 1 < s.Count && s.Lower(j) is "and" or "or" && (s.Tags[j + 1] is "NNP" or "NNPS" || (s.Tags[j + 1] is "JJ" or "NN" && NameAhead(s, j + 1)));
    }

    /// <summary>
    /// The token after the bracket or dashes that open at <paramref name="k"/> and close within twelve words ("Mark
    /// Lewis-Francis - runner-up behind him three years ago in Vienna - and ..."); else <paramref name="k"/>.
    /// </summary>
    private static int PastBracket(TaggedSentence s, int k)
    {
        var dash = k < s.Count && ClauseFinder.IsDash(s, k);
        if (k >= s.Count || !(s.Word(k) == "(" || dash))
        {
            return k;
        }

        for (var j = k + 1; j < s.Count && j <= k + 13; j++)
        {
            if (dash ? ClauseFinder.IsDash(s, j) : s.Word(j) == ")")
            {
                return j + 1;
            }
        }

        return k;
    }

    /// <summary>
    /// "Lord Falconer agreed the 1701 Act of Settlement, which governs the succession, was discriminatory": a verb after the
    /// relative clause set off behind the object has that object for its subject, so the object was no object ("Who agreed
    /// the 1701 Act of Settlement?" misreads it).
    /// </summary>
    private static bool ObjectIsALaterSubject(TaggedSentence s, Clause clause)
    {
        if (clause.Rest.Count == 0 || clause.Rest[^1] + 3 >= s.Count || s.Word(clause.Rest[^1] + 1) != "," || s.Tags[clause.Rest[^1] + 2] is not ("WDT" or "WP"))
        {
            return false;
        }

        var close = Enumerable.Range(clause.Rest[^1] + 3, s.Count - clause.Rest[^1] - 3).FirstOrDefault(k => s.Word(k) == ",", -1);
        return close > 0 && close + 1 < s.Count && s.Tags[close + 1] is "VBD" or "VBZ" or "VBP" or "MD";
    }

    /// <summary>
    /// "Dame Muriel Spark is among three British authors who have made the shortlist", "battled over his role with the people
    /// who eventually made the film", "comments come at a time when several stars are under suspicion": a noun keeps the
    /// relative clause, set off by no comma, that says which ones; "Who is among three British authors?" has many answers.
    /// Past a copula a long one stays too; elsewhere the question reads well enough without one of more than 12 words.
    /// </summary>
    private static IReadOnlyList<int> WithRestrictiveRelative(TaggedSentence s, IReadOnlyList<int> rest, bool copula)
    {
        if (rest.Count > 0 && rest[^1] + 2 < s.Count && s.Tags[rest[^1]] is "NNS" or "NN"
            && ((s.Lower(rest[^1] + 1) is "who" or "that" && s.Tags[rest[^1] + 1] is "WP" or "WDT") || (s.Tags[rest[^1] + 1] == "WRB" && (s.Lower(rest[^1] + 1) == "where" || (s.Lower(rest[^1] + 1) == "when" && s.Lower(rest[^1]) is "time" or "times" or "day" or "moment" or "period" or "year" or "point" or "era" or "age")))))
        {
            var tail = Enumerable.Range(rest[^1] + 1, s.Count - rest[^1] - 1).TakeWhile(k => s.Word(k) is not ("," or ";" or "." or ":" or "?" or "!")).ToList();
            if (tail.Any(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD") && (copula || tail.Count <= 12))
            {
                return [.. rest, .. tail];
            }
        }

        return rest;
    }

    /// <summary>Nouns for works and made things, never for a person.</summary>
    private static readonly HashSet<string> ThingNouns = new(
        ["film", "movie", "novel", "book", "album", "song", "track", "single", "play", "show", "series", "programme", "documentary", "musical",
         "opera", "painting", "poem", "game", "product", "device", "machine", "computer", "calculator", "phone", "console", "car", "drug", "brand",
         "story", "tale", "sitcom", "drama", "comedy", "thriller", "portrait", "sculpture", "collection", "anthology"],
        StringComparer.Ordinal);

    /// <summary>
    /// The head noun of a copula's complement: "a singer" → "singer", "one of the hottest tracks" → "tracks"; null when the
    /// complement is no common noun phrase.
    /// </summary>
    private static string? ComplementNoun(TaggedSentence s, Clause clause)
    {
        var rest = clause.Rest.SkipWhile(k => s.Tags[k] is "RB").ToList();
        if (rest.Count == 0 || s.ChunkType(rest[0]) != "NP")
        {
            return null;
        }

        // The chunk's last word: "one of the hottest tracks on latinohiphopradio.com" → "one", then past "of" → "tracks".
        var last = s.ChunkEnd(rest[0]) - 1;
        if (s.Lower(last) == "one" && last + 2 < s.Count && s.Lower(last + 1) == "of" && s.ChunkType(last + 2) == "NP")
        {
            last = s.ChunkEnd(last + 2) - 1;
        }

        return s.Tags[last] is "NN" or "NNS" && char.IsLower(s.Word(last)[0]) ? s.Word(last) : null;
    }

    /// <summary>"and new boy Darren Chin": a name within the first four words of a noun phrase.</summary>
    private static bool NameAhead(TaggedSentence s, int k)
    {
        for (var j = k; j < s.Count && j < k + 4; j++)
        {
            if (s.Tags[j] is "NNP" or "NNPS")
            {
                return true;
            }

            if (s.Tags[j] is not ("JJ" or "NN" or "DT" or "CD"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Lakhdar Brahimi, the UN-Arab League envoy for Syria, described ..." → "Who is the UN-Arab League envoy for Syria?"</summary>
    private void Apposition(ClauseRealizer r)
    {
        var s = r.S;
        var apposition = r.Clause.Parenthetical;
        if (apposition.Count < 3 || s.Tags[apposition[0]] != "DT" || apposition.Any(k => VerbGroup.IsVerbTag(s.Tags[k]) || s.Tags[k] is "WDT" or "WP" or "," or "CC")
            || context.Head(s, r.Clause.Subject, MentionType.Person) is not { } head)
        {
            return;
        }

        var words = r.Words(apposition, lowerFirst: true);
        var tense = apposition.Any(k => s.Lower(k) is "former" or "late") ? "was" : "is";
        if (words is null || words.StartsWith("a ", StringComparison.Ordinal))
        {
            return;
        }

        words = char.ToLowerInvariant(words[0]) + words[1..];
        Add(QuestionType.Who, Question("Who", tense, words), EntityKey(head, AnswerKind.Person, s, r.Clause.Subject), Sentence(["{A}", tense, words], "."), 0.1);
    }

    /// <summary>
    /// The apposition the other way round, a role first and the name after it: "the editor of Electrical World
    /// magazine, Thomas Commerford Martin, arranged ..." → "Who was the editor of Electrical World magazine?".
    /// </summary>
    private void ReverseApposition(ClauseRealizer r)
    {
        var s = r.S;
        var clause = r.Clause;
        var name = clause.Parenthetical;
        var subject = clause.Subject;
        if (name.Count == 0 || subject.Count is < 2 or > 8 || s.Tags[subject[0]] is not ("DT" or "PRP$") || s.Lower(subject[0]) is "a" or "an" or "some" or "any" or "another"
            || subject.Any(k => VerbGroup.IsVerbTag(s.Tags[k]) || s.Tags[k] is "WDT" or "WP" or "CC" or "CD" || s.Word(k) == ",")
            || !s.Tags[subject[^1]].StartsWith("NN", StringComparison.Ordinal) || s.Tags[subject[^1]] is "NNS" or "NNPS"
            || context.Head(s, subject, MentionType.Person, MentionType.Organization, MentionType.Place) is not null
            || context.Head(s, name, MentionType.Person) is not { } head || name.Any(k => s.Tags[k] is not ("NNP" or "NNPS" or "HYPH" or "POS"))
            || !LooksLikePerson(head))
        {
            return;
        }

        var tense = ParticipleClauses.IsPast(s, clause) || subject.Any(k => s.Lower(k) is "former" or "late") ? "was" : "is";
        var role = r.Words(subject, lowerFirst: true);
        Add(QuestionType.Who, Question("Who", tense, role), EntityKey(head, AnswerKind.Person, s, name), Sentence(["{A}", tense, role], "."), 0.1);
    }

    /// <summary>
    /// An office set off after a person's name anywhere in the sentence, not only after a subject: "recognition for James
    /// Clarke, chairman of the London Marathon." → "Who is the chairman of the London Marathon?". Only an office one person
    /// holds ("chairman", "chief executive", "editor"), not a trade many share ("economist at Deutsche Bank"), of or at a
    /// named body, closed by a comma or the sentence's end.
    /// </summary>
    private void NameAppositions(TaggedSentence s)
    {
        for (var comma = 1; comma + 3 < s.Count; comma++)
        {
            if (s.Word(comma) != "," || s.Tags[comma - 1] is not ("NNP" or "NNPS"))
            {
                continue;
            }

            var start = comma + 1;
            var k = start + (s.Lower(start) == "the" ? 1 : 0);
            while (k < s.Count && s.Tags[k] is "JJ" or "NN" && char.IsLower(s.Word(k)[0]))
            {
                k++;
            }

            if (k == start || k + 1 >= s.Count || !(Offices.Contains(s.Lower(k - 1)) || FirmOffices.Contains(s.Lower(k - 1))) || s.Lower(k) is not ("of" or "at") || s.Tags[k + 1] is not ("DT" or "NNP" or "NNPS"))
            {
                continue;
            }

            var end = k + 1;
            while (end < s.Count && s.Tags[end] is "DT" or "NNP" or "NNPS" or "POS")
            {
                end++;
            }

            var from = Grammar.ClauseFinder.ChunkStart(s, comma - 1);
            if (end >= s.Count || s.Word(end) is not ("," or ".") || s.Tags[end - 1] is not ("NNP" or "NNPS")
                || context.Head(s, [.. Enumerable.Range(from, comma - from)], MentionType.Person) is not { } person || !LooksLikePerson(person))
            {
                continue;
            }

            var role = s.Render([.. Enumerable.Range(start, end - start)]);
            var words = s.Lower(start) == "the" ? role : "the " + role;
            var tense = role.Contains("former ", StringComparison.Ordinal) || role.Contains("late ", StringComparison.Ordinal) ? "was" : "is";
            Add(QuestionType.Who, Question("Who", tense, words), EntityKey(person, AnswerKind.Person, s, [comma - 1]), Sentence(["{A}", tense, words], "."), 0.1);
        }
    }

    /// <summary>Offices in a firm or a body besides those of <see cref="Offices"/>: "chief executive", "editor", "director".</summary>
    private static readonly HashSet<string> FirmOffices = new(
        ["director", "editor", "founder", "executive", "officer", "spokesman", "spokeswoman", "spokesperson", "principal"],
        StringComparer.Ordinal);

    /// <summary>"The accord — negotiated by Kofi Annan — ..." → "Who negotiated the accord?"</summary>
    private void Participles(TaggedSentence s)
    {
        for (var i = 2; i + 2 < s.Count; i++)
        {
            if (s.Tags[i] != "VBN" || s.Lower(i + 1) != "by" || s.ChunkType(i - 1) is "VP")
            {
                continue;
            }

            var patientEnd = s.Word(i - 1) is "," or "—" or "--" or "–" ? i - 1 : i;
            var patientStart = patientEnd - 1;
            while (patientStart > 0 && s.ChunkType(patientStart) == "NP" && !s.StartsChunk(patientStart))
            {
                patientStart--;
            }

            // "the novel of the same name written by S Hussain Zaidi": the patient is the noun the "of" phrase belongs to.
            if (patientStart > 2 && s.Lower(patientStart - 1) == "of" && s.Tags[patientStart - 2] is "NN" or "NNS" && s.ChunkType(patientStart - 2) == "NP")
            {
                patientStart -= 2;
                while (patientStart > 0 && !s.StartsChunk(patientStart))
                {
                    patientStart--;
                }
            }

            if (s.ChunkType(patientEnd - 1) != "NP" || s.ChunkType(i + 2) != "NP")
            {
                continue;
            }

            var agent = NounPhrase(s, i + 2);
            var after = agent[^1] + 1;
            var closed = after >= s.Count || s.Word(after) is "," or "—" or "--" or "–" or "." || s.Tags[after] is "IN" or "TO" or "CC" or "RB";
            if (!closed || context.Head(s, agent, MentionType.Person, MentionType.Organization) is not { } head)
            {
                continue;
            }

            var patient = Enumerable.Range(patientStart, patientEnd - patientStart).ToList();
            var words = s.Render(patient);
            // "Who held a record?": a bare indefinite patient leaves the question without one clear answer.
            if (patient.Any(k => Pronouns.IsPronoun(s.Word(k))) || s.Tags[patient[0]] is not ("DT" or "NNP" or "NNPS" or "JJ" or "CD")
                || (s.Lower(patient[0]) is "a" or "an" && patient.Count < 3))
            {
                continue;
            }

            words = patient[0] == 0 && s.Tags[0] == "DT" ? char.ToLowerInvariant(words[0]) + words[1..] : words;
            // "the operating system owned by Sun Microsystems" → "Who owns the operating system?": a lasting state still holds.
            var lemma = lemmatizer.Base(s.Word(i), "VBN");
            var verb = VerbGroup.IsLastingState(lemma) ? Lemmatizer.ThirdPerson(lemma) : lemmatizer.PastOfParticiple(s.Word(i));
            var kind = head.Type == MentionType.Person ? AnswerKind.Person : AnswerKind.Organization;
            Add(QuestionType.Who, Question("Who", verb, words), EntityKey(head, kind, s, agent), Sentence(["{A}", verb, words], "."), 0);
        }
    }

    private AnswerKey EntityKey(Mention head, AnswerKind kind, TaggedSentence s, IReadOnlyList<int> phrase)
    {
        var span = new TextSpan(s.Tokens[phrase[0]].Span.Start, s.Tokens[phrase[^1]].Span.End);
        var written = kind == AnswerKind.Place ? s.Render(phrase) : head.Text;
        return AnswerForms.Entity(context, head, kind, written, kind == AnswerKind.Place ? span : head.Span);
    }
}
