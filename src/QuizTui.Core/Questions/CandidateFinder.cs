using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;
using Names = QuizTui.Core.Entities.Gazetteers.Gazetteer;

namespace QuizTui.Core.Questions;

/// <summary>
/// Overgenerates questions from one sentence by grammatical transformation of its clauses: the
/// answer phrase is removed and replaced by a wh-word, with subject-auxiliary inversion or
/// do-support; every candidate passes the gate in <see cref="Add"/> (no answer in the prompt, no
/// unresolved pronoun, not too long).
/// </summary>
internal sealed partial class CandidateFinder(ArticleContext context, Lemmatizer lemmatizer)
{
    private readonly List<Candidate> _found = [];
    private Sentence _sentence = null!;
    private TaggedSentence _tagged = null!;
    private int _index;
    private (int Index, string Words)? _pluralSubject;

    public IReadOnlyList<Candidate> Find(TaggedSentence s, Sentence sentence, int index)
    {
        _found.Clear();
        _sentence = sentence;
        _tagged = s;
        _index = index;
        var clauses = ClauseFinder.Find(s);
        var matrix = clauses.FirstOrDefault(c => !c.Embedded);
        var topic = _pluralSubject is { } previous && previous.Index == index - 1 ? previous.Words : null;
        _pluralSubject = PluralSubject(s, matrix, index, topic);
        foreach (var clause in clauses)
        {
            if (Judgement(s, clause, matrix) || Prediction(s, clause, Governor(s, clauses, clause) ?? matrix) || ParticipleBeforeVerb(s, clause) || ProVerb(s, clause) || IndirectQuestion(s, clause)
                || BareQuantity(s, clause))
            {
                continue;
            }

            var realizer = new ClauseRealizer(context, clause, clause.Embedded ? matrix : null, lemmatizer) { Topic = topic };
            var penalty = clause.Embedded ? 0.15 : 0;
            SubjectWho(realizer, penalty);
            ObjectWho(realizer, penalty);
            CopulaWho(realizer, penalty);
            PassiveAgent(realizer, penalty);
            Where(realizer, penalty);
            When(realizer, penalty);
            HowMany(realizer, penalty);
            Apposition(realizer);
            ReverseApposition(realizer);
            Whose(realizer, penalty);
            PrepositionWho(realizer, penalty);
        }

        // "This motor, patented in May 1888, ..." → "When was this motor patented?"
        foreach (var clause in ParticipleClauses.Find(s, clauses))
        {
            var realizer = new ClauseRealizer(context, clause, null, lemmatizer);
            PassiveAgent(realizer, 0.1);
            When(realizer, 0.1);
            Where(realizer, 0.1, nounAttached: true);
        }

        // "It was only in 1489 that the Venetians acquired ..." → "When did the Venetians acquire ...?"
        if (CleftClauses.Find(s, clauses) is { } focused)
        {
            var realizer = new ClauseRealizer(context, focused, null, lemmatizer);
            When(realizer, 0.05);
            Where(realizer, 0.05);
        }

        Participles(s);
        NameAppositions(s);
        Roles(s, sentence);
        Events(sentence);
        PossessiveAppositions(s, sentence);
        AsRoles(s);
        return [.. _found];
    }

    /// <summary>
    /// "Of Argentina's bondholders, 38.4% reside in Argentina": a subject that is only a number or a share leaves out what
    /// it counts ("Where do 38.4% reside?").
    /// </summary>
    /// <remarks>A sum counts what it is ("some £3.7bn will be spent").</remarks>
    private static bool BareQuantity(TaggedSentence s, Clause clause) =>
        clause.Subject.Count > 0 && clause.Subject.All(k => (s.Tags[k] == "CD" && char.IsDigit(s.Word(k)[0])) || s.Word(k) is "%" or "per" or "cent"
            || s.Lower(k) is "some" or "about" or "around" or "nearly" or "almost" or "over");

    /// <summary>
    /// "Who took $19.5m in three days?" → Boogeyman: in a story about films, shows and music a name the tagger calls an
    /// organisation is often a work. There "who" asks for an organisation only when its suffix or the gazetteer says it is
    /// one ("Sony Pictures", "Court of Appeal", "Disney"); and for a person only when the article gives a full name
    /// ("Who won the Satyajit Ray Award?" → "Woodsman" was the film The Woodsman).
    /// </summary>
    private bool WorkAsDoer(QuestionType type, AnswerKey key)
    {
        if (type is not (QuestionType.Who or QuestionType.WhoSaid) || context.Field != ArticleField.Entertainment)
        {
            return false;
        }

        if (key.Kind == AnswerKind.Person)
        {
            return !NamesAPerson(key.Value);
        }

        return key.Kind == AnswerKind.Organization && !OrganisationNames.IsListedOrSuffixed(key.Value);
    }

    /// <summary>
    /// Whether a name the tagger calls a person reads as one in a story about the arts, where films and shows are named like
    /// people: a full name; a famous name; a name of two or more words not all of them common words ("Million Dollar
    /// Baby", "Rolling Stone" are); one word only when the article gives it a role or a courtesy title, or as the surname
    /// of a full name ("Pawlikowski" after "Pawel Pawlikowski"), not "Woodsman", "Boogeyman" or "Godzilla".
    /// </summary>
    private bool NamesAPerson(string entity)
    {
        var people = context.Mentions.Where(m => m.Type == Entities.MentionType.Person).ToList();
        if (people.Any(m => m.Entity == entity && PersonNames.LooksLikePerson(m))
            || Gazetteer.Default.PeopleFor(ArticleField.Entertainment).Contains(entity, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = entity.Split(' ');
        if (words.Length > 1)
        {
            return !words.All(PromptChecks.IsDictionaryWord)
                || Names.Default.Lookup(Names.Key(words[0])).HasFlag(GazetteerKind.GivenName);
        }

        var text = context.Article.Text;
        return people.Any(m => m.Entity == entity && m.Role is not null)
            || context.Mentions.Any(m => m.Type is Entities.MentionType.Person or Entities.MentionType.Other && m.Entity.EndsWith(" " + entity, StringComparison.Ordinal) && m.Entity.Split(' ').Length is 2 or 3)
            || new[] { "Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Sir ", "Dame " }.Any(t => text.Contains(t + entity, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> Verdicts = new(StringComparer.OrdinalIgnoreCase)
    {
        "wrong", "right", "correct", "incorrect", "mistaken", "guilty", "innocent", "responsible", "fair", "unfair", "unjust",
        "acceptable", "unacceptable", "reasonable", "unreasonable", "legal", "illegal", "lawful", "unlawful", "ridiculous",
        "absurd", "irresponsible", "misleading", "disgraceful", "shameful", "excessive", "inadequate", "unconstitutional",
    };

    /// <summary>
    /// "the home secretary said Mr Howard was wrong to say ...", "the court ruled that Telia's stake was too high": a verdict
    /// someone reports or rules is their opinion, not a fact of the story to ask about ("Who was wrong to say ...?").
    /// </summary>
    private bool Judgement(TaggedSentence s, Clause clause, Clause? matrix)
    {
        if (!clause.Embedded || !clause.Copula || clause.Rest.Count == 0 || matrix is not { Verb: >= 0 })
        {
            return false;
        }

        var lemma = lemmatizer.Base(s.Word(matrix.Verb), s.Tags[matrix.Verb]);
        if (!VerbGroup.IsReporting(lemma) && lemma is not ("rule" or "find" or "judge" or "decide" or "argue" or "believe" or "think" or "feel" or "consider"))
        {
            return false;
        }

        var first = clause.Rest[0];
        var degree = s.Lower(first) is "too" or "so" or "very" or "not" or "entirely" or "completely" or "clearly";
        var word = degree && clause.Rest.Count > 1 ? clause.Rest[1] : first;
        return s.Tags[word] is "JJ" && (Verdicts.Contains(s.Word(word)) || s.Lower(first) == "too");
    }

    /// <summary>
    /// "Most experts predict Jamie Foxx will win best actor": what someone predicts, expects or fears will happen is no fact
    /// of the story yet ("Who will win best actor?"); what someone says will happen, a plan, stays.
    /// </summary>
    /// <remarks>"Huge changes are afoot in 2005, he predicted": a forecast reported after it is one too, whatever its tense.</remarks>
    private bool Prediction(TaggedSentence s, Clause clause, Clause? matrix) =>
        (clause.Embedded && matrix is { Verb: >= 0 } && clause.Auxiliaries.Any(k => s.Tags[k] == "MD") && IsForetelling(lemmatizer.Base(s.Word(matrix.Verb), s.Tags[matrix.Verb])))
        || (!clause.Embedded && clause.Rest.Count > 0 && ReportedAfter(s, clause.Rest[^1] + 1, predicted: true));

    /// <summary>
    /// The nearest clause whose remainder holds <paramref name="clause"/>: "we were forecasting" of "we were forecasting that the total
    /// market would be two million people", though no clause of the sentence is a main one.
    /// </summary>
    /// <remarks>A finite verb between the two ("others fear it will hurt smaller firms The EC says the Council will adopt")
    /// means another clause governs it.</remarks>
    private static Clause? Governor(TaggedSentence s, IReadOnlyList<Clause> clauses, Clause clause) =>
        clause.Embedded && clause.Subject.Count > 0
            ? clauses.Where(c => !ReferenceEquals(c, clause) && c.Verb >= 0 && c.Verb < clause.Subject[0] && c.Rest.Contains(clause.Subject[0])
                    && !Enumerable.Range(c.Verb + 1, clause.Subject[0] - c.Verb - 1).Any(k => s.Tags[k] is "VBD" or "VBZ" or "VBP" or "MD"))
                .MaxBy(c => c.Verb)
            : null;

    private static bool IsForetelling(string lemma) =>
        lemma is "predict" or "expect" or "forecast" or "hope" or "fear" or "doubt" or "suspect" or "speculate" or "guess" or "believe" or "think"
            or "reckon" or "bet" or "anticipate" or "estimate";

    /// <summary>
    /// The main clause's subject when it is a name in the plural ("The Panthers", "the Broncos"): what a
    /// "they" opening the next sentence most likely refers to. A "they" that already refers to it passes it on.
    /// </summary>
    private (int Index, string Words)? PluralSubject(TaggedSentence s, Clause? main, int index, string? topic)
    {
        if (main is null || main.Subject.Count is 0 or > 5)
        {
            return null;
        }

        if (main.Subject is [var only] && s.Lower(only) == "they")
        {
            return topic is null ? null : (index, topic);
        }

        // The tagger may read a capitalised plural as a common noun ("The Panthers/NNS").
        var last = main.Subject[^1];
        var plural = (s.Tags[last] is "NNPS" or "NNS" || (s.Tags[last] == "NNP" && s.Lower(main.Subject[0]) == "the")) && s.Word(last).EndsWith('s') && char.IsUpper(s.Word(last)[0]);
        var named = main.Subject.All(k => (s.Tags[k] == "DT" && k == main.Subject[0]) || (s.Tags[k] is "NNP" or "NNPS" or "NNS" && char.IsUpper(s.Word(k)[0])));
        return plural && named && (main.Subject[0] > 0 || s.Tags[main.Subject[0]] == "DT" || main.Subject.Count > 1)
            && new ClauseRealizer(context, main, null, lemmatizer).Words(main.Subject, lowerFirst: true) is { } words
            ? (index, words)
            : null;
    }

    /// <summary>Keeps a candidate that passes the quality gate.</summary>
    /// <summary>True when the clause's main verb reports speech or thought ("said", "told", "added").</summary>
    private bool Reports(Clause clause) =>
        clause.Verb >= 0 && VerbGroup.IsReporting(lemmatizer.Base(clause.Sentence.Word(clause.Verb), clause.Sentence.Tags[clause.Verb]));

    private void Add(QuestionType type, string? prompt, AnswerKey key, string? statement, double penalty)
    {
        if (prompt is null || statement is null)
        {
            return;
        }

        // Three words do when the third is a name: "Who sacked Newton?"
        var words = prompt.Split(' ').Length;
        if (words < (words == 3 && char.IsUpper(prompt.Split(' ')[2][0]) ? 3 : 4) || words > 30 || Pronouns.HasUnresolved(prompt) || PromptChecks.ContainsAnswer(prompt, key, context) || !PromptChecks.QuotesBalanced(prompt)
            || PromptChecks.RunsTogether(prompt) || PromptChecks.CutShort(prompt) || PromptChecks.IsVague(prompt) || WorkAsDoer(type, key)
            || (key.Kind == AnswerKind.Organization && (OrganisationNames.IsBareHeadWord(key.Value) || OrganisationNames.IsDocument(key.Value) || OrganisationNames.IsTitle(key.Value)
                || OrganisationNames.IsCountNoun(key.Value, context.Article.Text)))
            || (key.Kind is AnswerKind.Organization or AnswerKind.Person && OrganisationNames.IsProduct(key.Value))
            || (type is QuestionType.Who or QuestionType.WhoSaid && key.Display.Any(char.IsDigit)) || Coordinated(statement, key.Span)
            || NamedWithTheArticle(key) || DescribedAsAThing(key) || OwnedThing(key) || AmbiguousGivenName(key))
        {
            return;
        }

        _found.Add(new Candidate(type, prompt, key, _sentence, _index, statement, penalty));
    }

    /// <summary>
    /// "as she did in the marathon", "as he had done in 2003": a "do" with no object stands for a verb said before it, and a
    /// question on it ("Where did Paula do ...?") asks nothing.
    /// </summary>
    private bool ProVerb(TaggedSentence s, Clause clause) =>
        clause.Verb >= 0 && lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb]) == "do"
        && (clause.Rest.Count == 0 || s.Tags[clause.Rest[0]] is "IN" or "TO" or "," or "." || s.Lower(clause.Rest[0]) is "so" or "too");

    /// <summary>
    /// "it did not specify how many machines could have a problem with RipGuard": a clause an indirect question opens
    /// states nothing ("Who could many machines have a problem with?").
    /// </summary>
    private static bool IndirectQuestion(TaggedSentence s, Clause clause) =>
        clause.Subject.Count > 0 && (s.Lower(clause.Subject[0]) == "how" || (clause.Subject[0] > 0 && s.Lower(clause.Subject[0] - 1) == "how"));

    /// <summary>
    /// "Controversial reforms passed/VBN in 2001 give/VB the government the right ...": a participle with no auxiliary that a
    /// bare verb follows past only a preposition's phrase is no clause's verb; the noun it cuts short is the later verb's
    /// subject, and "When did controversial reforms pass give ...?" asks nothing.
    /// </summary>
    private static bool ParticipleBeforeVerb(TaggedSentence s, Clause clause)
    {
        if (clause.Verb < 0 || clause.Auxiliaries.Count > 0 || s.Tags[clause.Verb] != "VBN" || clause.Verb + 1 >= s.Count || s.Tags[clause.Verb + 1] != "IN")
        {
            return false;
        }

        var k = clause.Verb + 2;
        while (k < s.Count && s.Tags[k] is "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS")
        {
            k++;
        }

        return k > clause.Verb + 2 && k < s.Count && s.Tags[k] is "VB" or "VBP" or "VBZ";
    }

    /// <summary>
    /// "The Corkman quickly held his hands up": a one-word "person" after "the" is a description (a man from Cork), not a
    /// name to answer with. A longer one is a thing's: "The Sinclair Executive was the world's first pocket calculator".
    /// </summary>
    private bool NamedWithTheArticle(AnswerKey key) =>
        key.Kind == AnswerKind.Person && context.AfterThe(key.Span);

    /// <summary>
    /// "I believe David will make a great leader" in a story naming David Moorcroft and Dave Collins: a given name alone
    /// that the linker left unlinked while a fuller name begins with it tells the reader nobody for sure.
    /// </summary>
    private bool AmbiguousGivenName(AnswerKey key) =>
        key.Kind == AnswerKind.Person && !key.Value.Contains(' ', StringComparison.Ordinal)
        && (Names.Default.Lookup(key.Value) & GazetteerKind.GivenName) != 0
        && context.Mentions.Any(m => m.Type == Entities.MentionType.Person && m.Entity.StartsWith(key.Value + " ", StringComparison.Ordinal));

    /// <summary>
    /// "Young book fans have voted Fergus Crane, a story about a boy who ...": a "person" the article calls a story, a film
    /// or a device in an apposition, or right before it ("PlayStation 2 title Singstar"), is that thing, and no answer to "who".
    /// </summary>
    private bool DescribedAsAThing(AnswerKey key)
    {
        if (key.Kind is not (AnswerKind.Person or AnswerKind.Organization))
        {
            return false;
        }

        var text = context.Article.Text;
        return context.Mentions.Where(m => m.Entity == key.Value).Any(m =>
        {
            // "PlayStation 2 title Singstar", "the film Ray": a name right after a noun for a made thing is that thing's.
            // "Hanks will play Robert Langdon": after a modal or "to" the word is a verb.
            var leading = PromptChecks.Words(text[Math.Max(0, m.Span.Start - 30)..m.Span.Start]).TakeLast(2).ToList();
            if (leading is [.., var lead] && text[..m.Span.Start].EndsWith(lead + " ", StringComparison.Ordinal) && (ThingNouns.Contains(lead) || lead == "title") && lead != "brand"
                && !(leading is [var before, _] && before.ToLowerInvariant() is "will" or "would" or "to" or "can" or "could" or "may" or "might" or "must" or "shall" or "should" or "did" or "does" or "do" or "ll"))
            {
                return true;
            }

            var after = text.AsSpan(m.Span.End).TrimStart(' ');
            if (key.Kind != AnswerKind.Person || !after.StartsWith(", ", StringComparison.Ordinal))
            {
                return false;
            }

            var words = PromptChecks.Words(after[2..Math.Min(after.Length, 60)].ToString()).Take(5).ToList();
            // The noun phrase's head: its last word before a preposition or a relative ("a story about", "a spokesman for the play").
            var phrase = words.Skip(1).TakeWhile(w => char.IsLower(w[0]) && w is not ("about" or "for" or "of" or "with" or "who" or "which" or "that" or "in" or "on" or "at" or "from" or "by" or "to" or "and" or "or")).ToList();
            return words.Count >= 2 && words[0] is "a" or "an" or "the" && phrase.Count is > 0 and <= 3 && ThingNouns.Contains(phrase[^1]);
        });
    }

    /// <summary>
    /// "Macrovision says its new RipGuard technology will thwart most ...": a name that something owns and that modifies a
    /// common noun names a product or a thing, not who did anything.
    /// </summary>
    private bool OwnedThing(AnswerKey key)
    {
        if (key.Kind is not (AnswerKind.Person or AnswerKind.Organization))
        {
            return false;
        }

        var text = context.Article.Text;
        return context.Mentions.Where(m => m.Entity == key.Value && m.Type is Entities.MentionType.Person or Entities.MentionType.Organization).Any(m =>
        {
            var after = PromptChecks.Words(text[m.Span.End..Math.Min(text.Length, m.Span.End + 30)]).FirstOrDefault();
            return OwnerBefore().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 30), Math.Min(30, m.Span.Start))) && after is { Length: > 2 }
                && text[m.Span.End] == ' ' && char.IsLower(after[0]) && TagLexicon.Default.Class(after).Split('|').All(t => t is "NN" or "NNS");
        });
    }

    /// <summary>
    /// True when the answer is one of two joined phrases: "could be located at Ibrox or the Scottish Exhibition Centre"
    /// leaves "Where could a super-casino be located or the Scottish Exhibition Centre?". Verbs joined after the answer
    /// are no such pair: "are run by the Direct Marketing Association and backed by EU directives".
    /// </summary>
    private bool Coordinated(string statement, QuizTui.Core.Text.TextSpan answer)
    {
        var s = _tagged;
        var last = -1;
        for (var k = 0; k < s.Count && s.Tokens[k].Span.Start < answer.End; k++)
        {
            last = k;
        }

        var joinedAfter = (statement.Contains("{A} and ", StringComparison.Ordinal) || statement.Contains("{A} or ", StringComparison.Ordinal))
            && last + 2 < s.Count && s.Lower(last + 1) is "and" or "or"
            && (s.Lower(last + 2) == "not" || (!VerbGroup.IsVerbTag(s.Tags[last + 2]) && s.Tags[last + 2] is not ("RB" or "MD" or "TO")));
        // "situated in Sub-Saharan Africa, Latin America and the Caribbean": the first of a list of names is no whole answer.
        var listed = statement.Contains("{A}, ", StringComparison.Ordinal) && last + 1 < s.Count && ClauseFinder.ListOfNames(s, last + 1) > 0;
        return joinedAfter || listed || statement.Contains(" and {A}", StringComparison.Ordinal) || statement.Contains(" or {A}", StringComparison.Ordinal);
    }

    /// <summary>Joins parts into a question: null if any part is null, single spaces, capital, "?".</summary>
    private static string? Question(params string?[] parts) => Sentence(parts, "?");

    private static string? Sentence(string?[] parts, string end)
    {
        if (parts.Any(p => p is null))
        {
            return null;
        }

        // "did" and "n't", written apart as a verb group's words, are one word again: "Who didn't arrive ...?"
        var text = string.Join(' ', parts.Where(p => p!.Length > 0)).Replace(" ,", ",", StringComparison.Ordinal)
            .Replace(" n't", "n't", StringComparison.Ordinal).Replace(" n’t", "n’t", StringComparison.Ordinal).Trim().TrimEnd(',', ';', ':').Trim();
        // "was \"expected\" and \"understandable.\"": the full stop a quotation closed with goes, as the question closes it.
        if (text.Length > 2 && text[^1] is '"' or '”' or '\'' or '’' && text[^2] is '.' or ',')
        {
            text = text[..^2] + text[^1];
        }

        return text.Length == 0 ? null : char.ToUpperInvariant(text[0]) + text[1..] + end;
    }

    /// <summary>The fact as a statement, the answer's tokens [from, to) replaced by "{A}".</summary>
    private static string? Statement(ClauseRealizer r, int from, int to)
    {
        var rest = r.Clause.Rest;
        var before = r.Words(rest.Where(k => k < from));
        var after = r.Words(rest.Where(k => k >= to));
        return Sentence([r.Subject(), r.VerbGroupAsWritten(), before, "{A}", after], ".");
    }

    private static IEnumerable<int> Without(IReadOnlyList<int> tokens, int from, int to) => tokens.Where(k => k < from || k >= to);

    /// <summary>The noun phrase starting at <paramref name="k"/>: its chunk, plus name chunks that continue it.</summary>
    private static List<int> NounPhrase(TaggedSentence s, int k)
    {
        var end = s.ChunkEnd(k);
        while (end < s.Count && s.ChunkType(end) == "NP" && s.Tags[end] is "NNP" or "NNPS" && s.Tags[end - 1] is "NNP" or "NNPS")
        {
            end = s.ChunkEnd(end);
        }

        // "defeated the Arizona Cardinals 49–15": the chunker runs a score into the name before it.
        if (end < s.Count && s.Word(end) is "–" or "-" && end - 1 > k && s.Tags[end - 1] == "CD" && s.Tags[end - 2] is "NNP" or "NNPS")
        {
            end--;
        }

        return [.. Enumerable.Range(k, end - k)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:its|their)|\w['’]s)\s+(?:(?:new|latest|own|first)\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex OwnerBefore();
}
