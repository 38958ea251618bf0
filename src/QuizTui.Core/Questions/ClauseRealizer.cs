using QuizTui.Core.Entities;
using QuizTui.Core.Grammar;

namespace QuizTui.Core.Questions;

/// <summary>
/// Turns a clause's tokens back into words for a question: the subject with pronouns replaced by the
/// names they refer to, the verb group inverted (or with do-support and the verb's base form), or
/// agreeing with "who". Any method returns null when a pronoun cannot be resolved.
/// </summary>
internal sealed class ClauseRealizer(ArticleContext context, Clause clause, Clause? matrix, Lemmatizer lemmatizer)
{
    private static readonly HashSet<string> Discourse = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "however", "also", "though", "therefore", "nonetheless", "nevertheless", "reportedly", "instead", "thus", "too",
    };

    public Clause Clause => clause;

    public TaggedSentence S => clause.Sentence;

    /// <summary>
    /// The named plural subject of the sentence before ("the Panthers"), which a "they" opening this clause
    /// refers to ("They defeated the Arizona Cardinals"); null when there is none.
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>True when a pronoun was replaced (a small quality deduction).</summary>
    public bool Replaced { get; private set; }

    /// <summary>
    /// The subject as it reads inside a question (sentence-initial "The" lowered); null for a bare number or "both",
    /// which stand for people named elsewhere ("saying two were being held in Broadmoor" → "Where were two being held?").
    /// </summary>
    public string? Subject() =>
        clause.Subject is [var only] && (S.Tags[only] == "CD" && S.Word(only).All(char.IsLetter) || S.Lower(only) is "both" or "all")
        || clause.Subject is [var the, var number] && S.Lower(the) == "the" && S.Tags[number] == "CD" && S.Word(number).All(char.IsLetter)
            ? null
            : Words(clause.Subject, lowerFirst: true);

    /// <summary>Words of <paramref name="tokens"/> with pronouns resolved; null if one cannot be.</summary>
    public string? Words(IEnumerable<int> tokens, bool lowerFirst = false)
    {
        var parts = new List<string>();
        var previous = -1;
        var list = tokens as IReadOnlyList<int> ?? [.. tokens];
        foreach (var k in list)
        {
            var word = S.Word(k);
            if (Pronouns.IsPronoun(word) && !(word == "I" && k > 0 && S.Tags[k - 1] == "NNP"))
            {
                var replacement = Resolve(k);
                if (replacement is null)
                {
                    // "coached by John Fox in their last appearance": an adjunct at the end whose pronoun has no name
                    // to take is cut off; the fact stands without it.
                    return TrailingAdjunct(list, k) is var cut and >= 0 ? Words(list.Take(cut), lowerFirst) : null;
                }

                word = replacement;
                Replaced = true;
            }
            else if (lowerFirst && parts.Count == 0 && k == 0 && IsCommonWord(k))
            {
                word = char.ToLowerInvariant(word[0]) + word[1..];
            }

            var joined = previous >= 0 && k == previous + 1 && S.Tokens[previous].Span.End == S.Tokens[k].Span.Start;
            if (joined && parts.Count > 0)
            {
                parts[^1] += word;
            }
            else
            {
                parts.Add(word);
            }

            previous = k;
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// Where the trailing place or time adjunct holding token <paramref name="k"/> starts in
    /// <paramref name="tokens"/>, or -1 when <paramref name="k"/> is not in one. A subject keeps its head:
    /// only words after its first can go.
    /// </summary>
    private int TrailingAdjunct(IReadOnlyList<int> tokens, int k)
    {
        var at = -1;
        for (var i = clause.Subject.Contains(tokens[0]) ? 1 : 0; i < tokens.Count && tokens[i] <= k; i++)
        {
            // "... 24–10 to earn their third title": a purpose infinitive after the object can go too, unlike the
            // complement of a verb ("tried to carve out ...").
            // "has plans to extend it": after a noun that takes an infinitive the infinitive is the noun's content, not a purpose.
            var purpose = S.Tags[tokens[i]] == "TO" && i > 0 && tokens[i] + 1 < S.Count && S.Tags[tokens[i] + 1] == "VB"
                && !VerbGroup.IsVerbTag(S.Tags[tokens[i - 1]]) && S.Tags[tokens[i - 1]] is not ("TO" or "JJ" or "RB")
                && !IsInfinitiveNoun(S.Lower(tokens[i - 1])) && !ObjectThenInfinitive(tokens[i]) && !ToldToDo(tokens[i]);
            // "signed a treaty in 1985 giving it a special status": so can a participle phrase after a noun.
            var participle = S.Tags[tokens[i]] == "VBG" && tokens[i] > 0 && S.Tags[tokens[i] - 1] is "NN" or "NNS" or "NNP" or "NNPS" or "CD";
            if (purpose || participle || (S.Lower(tokens[i]) is "in" or "at" or "on" or "during" or "throughout" or "within" && S.Tags[tokens[i]] == "IN"))
            {
                at = i;
            }
            else if (S.Tags[tokens[i]] is "VBD" or "VBZ" or "VBP" or "MD" or "VBG" or "TO" || S.Lower(tokens[i]) is "of" or "and" or "that" or "who" or "which")
            {
                at = -1;
            }
        }

        // Only when nothing after the adjunct needs it: the rest must not go on into a new clause.
        return at >= 0 && tokens.Skip(at).All(j => S.Tags[j] is not ("VBD" or "VBZ" or "VBP" or "MD")) ? at : -1;
    }

    /// <summary>
    /// "warned PC users to update their systems", "urged Muslims not to vote": after a verb that tells its object to do
    /// something, the infinitive is what was asked (the verb's complement), not a purpose to trim.
    /// </summary>
    private bool ObjectThenInfinitive(int to) => ObjectThenInfinitive(S, clause, lemmatizer, to);

    /// <summary>Whether the clause's verb tells its object to do something: "Microsoft has warned PC users to update ...".</summary>
    public static bool TellsObjectToDo(TaggedSentence s, Clause clause, Lemmatizer lemmatizer) =>
        clause.Rest.Any(k => s.Tags[k] == "TO" && k + 1 < s.Count && s.Tags[k + 1] == "VB" && ObjectThenInfinitive(s, clause, lemmatizer, k));

    private static bool ObjectThenInfinitive(TaggedSentence s, Clause clause, Lemmatizer lemmatizer, int to)
    {
        if (clause.Verb < 0 || clause.Passive || !ObjectControlVerbs.Contains(lemmatizer.Base(s.Word(clause.Verb), s.Tags[clause.Verb])))
        {
            return false;
        }

        var k = clause.Verb + 1;
        while (k < to && s.ChunkType(k) == "NP")
        {
            k = s.ChunkEnd(k);
        }

        return k > clause.Verb + 1 && (k == to || (k + 1 == to && s.Lower(k) == "not"));
    }

    /// <summary>
    /// "a clause that would have forced ministers to revisit it": an infinitive after any verb that tells its object to do
    /// something, the clause's own or one nested in it, is what the object was told, and stays with it.
    /// </summary>
    private bool ToldToDo(int to)
    {
        var k = to - 1;
        while (k > 0 && S.ChunkType(k) == "NP" && S.Tags[k] is not "WDT" and not "WP")
        {
            k--;
        }

        return k < to - 1 && VerbGroup.IsVerbTag(S.Tags[k]) && ObjectControlVerbs.Contains(lemmatizer.Base(S.Word(k), S.Tags[k]));
    }

    private static readonly HashSet<string> ObjectControlVerbs = new(StringComparer.Ordinal)
    {
        "warn", "tell", "urge", "ask", "advise", "order", "persuade", "encourage", "force", "allow", "permit", "enable", "invite",
        "remind", "require", "instruct", "forbid", "compel", "oblige", "convince", "pressure", "press", "beg", "challenge", "authorise",
        "authorize", "empower", "inspire", "prompt", "lead", "help", "want", "expect", "call",
    };

    private static bool IsInfinitiveNoun(string lower) => InfinitiveNouns.Contains(lower) || (lower.EndsWith('s') && InfinitiveNouns.Contains(lower[..^1]));

    /// <summary>Nouns whose infinitive says what they are: "plans to", "a decision to", "the right to".</summary>
    private static readonly HashSet<string> InfinitiveNouns = new(StringComparer.Ordinal)
    {
        "plan", "decision", "attempt", "bid", "right", "ability", "chance", "need", "way", "effort", "intention", "desire", "move",
        "deal", "agreement", "offer", "promise", "failure", "refusal", "willingness", "permission", "order", "proposal", "campaign",
        "opportunity", "power", "authority", "licence", "license", "call", "request", "pledge", "threat", "commitment", "determination",
        "struggle", "battle", "fight", "push", "drive", "scheme", "option", "ambition", "hope", "wish", "bill", "vote", "motion",
        "permit", "mandate", "obligation", "duty", "freedom", "temptation", "urge", "appeal", "invitation", "tendency", "capacity",
    };

    /// <summary>
    /// The verb group as it follows "who": the first verb agreeing with a singular subject, unless <paramref name="plural"/>.
    /// A finite verb with no auxiliary that the tagger took for a base form ("The Lib Dems accuse/VB ...") agrees too.
    /// </summary>
    public string AgreeingVerbGroup(bool plural = false)
    {
        var words = new List<string>();
        var first = true;

        // "Mr Greenspan did offer some good news": an emphatic "do" with no "not" asks plainly ("Who offered ...?").
        if (clause.Auxiliaries is [var support] && !clause.Negated && clause.Verb >= 0 && S.Tags[clause.Verb] == "VB"
            && S.Lower(support) is "did" or "does" or "do")
        {
            var verb = lemmatizer.Base(S.Word(clause.Verb), "VB");
            var tensed = S.Lower(support) == "did" ? lemmatizer.PastOf(verb) : plural ? verb : Lemmatizer.ThirdPerson(verb);
            return string.Join(' ', VerbTokens().Where(k => k != support).Select(k => k == clause.Verb ? tensed : S.Lower(k)));
        }

        foreach (var k in VerbTokens())
        {
            var word = S.Lower(k);
            if (first && VerbGroup.IsVerbTag(S.Tags[k]))
            {
                word = plural ? (word is "is" or "'s" ? "are" : word is "was" ? "were" : word) : word switch
                {
                    "have" => "has",
                    "are" or "'re" => "is",
                    "were" => "was",
                    "do" => "does",
                    _ when S.Tags[k] == "VBP" || S.Tags[k] == "VB" && k == clause.Verb && clause.Auxiliaries.Count == 0
                        => Lemmatizer.ThirdPerson(lemmatizer.Base(word, "VBP")),
                    _ => word,
                };
                first = false;
            }

            words.Add(word);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The verb group split around the subject for a question: "were" + "seized"; "did" + "seize"
    /// (do-support with the base form); "had" + "seized" undone to "did" + "seize" in reported speech.
    /// </summary>
    /// <param name="simplePast">Asking when: a present perfect becomes the simple past ("has won" → "did" + "win"), since
    /// English asks "When did it win?", never "When has it won?".</param>
    public (string Front, string After) Inverted(bool simplePast = false)
    {
        var aux = clause.Auxiliaries;
        var adverbs = clause.Adverbs.Where(a => !Discourse.Contains(S.Word(a))).Select(S.Lower).ToList();
        var verb = clause.Verb;
        var backshifted = verb >= 0 && S.Tags[verb] == "VBN" && aux.Count == 1
            && ((clause.Embedded && S.Lower(aux[0]) == "had") || (simplePast && S.Lower(aux[0]) is "has" or "have"));
        if (aux.Count == 0 || backshifted)
        {
            var support = backshifted || S.Tags[verb] == "VBD" || S.Tags[verb] == "VBN" ? "did" : S.Tags[verb] == "VBZ" ? "does" : "do";
            var bare = lemmatizer.Base(S.Word(verb), backshifted ? "VBN" : S.Tags[verb]);
            return (support, string.Join(' ', adverbs.Append(bare)));
        }

        var rest = aux.Skip(1).Select(S.Lower).Concat(adverbs);
        if (verb >= 0)
        {
            rest = rest.Append(S.Lower(verb));
        }

        return (S.Lower(aux[0]), string.Join(' ', rest));
    }

    /// <summary>The verb group in the sentence's own order, discourse adverbs dropped.</summary>
    public string VerbGroupAsWritten() => string.Join(' ', VerbTokens().Select(S.Lower));

    private IEnumerable<int> VerbTokens()
    {
        var tokens = clause.Auxiliaries.Concat(clause.Adverbs.Where(a => !Discourse.Contains(S.Word(a))));
        if (clause.Verb >= 0)
        {
            tokens = tokens.Append(clause.Verb);
        }

        return tokens.Order();
    }

    /// <summary>A sentence-initial word that is lower case inside a question ("The", "Officials"), unlike "Syrian" or "Kerry".</summary>
    private bool IsCommonWord(int k)
    {
        var word = S.Word(k);
        var start = S.Tokens[k].Span.Start;
        if (context.Mentions.Any(m => m.Span.Start <= start && m.Span.End > start) || context.IsProperWord(word))
        {
            return false;
        }

        // "Oscar-winning": a compound led by a word the lexicon knows capitalised only as a name keeps its capital;
        // "Well-known" does not.
        if (word.IndexOf('-') is > 0 and var hyphen && TagLexicon.Default.Class(word[..hyphen]) is var lead and not "?"
            && lead.Split('|').All(t => t.StartsWith("NNP", StringComparison.Ordinal)))
        {
            return false;
        }

        return S.Tags[k] switch
        {
            // "Conductor Marcello Viotti": a noun for people the tagger read as a name's, not a title of address (unlike
            // "President"), has its capital from the sentence.
            // "Movie piracy cost the industry £3.7bn": a capital the sentence gave a common noun before a lower-case noun, in no
            // name, is the sentence's.
            "NNP" => (k + 1 < S.Count && S.Tags[k + 1] == "NNP" && (Entities.Gazetteers.Gazetteer.Default.Lookup(word) & Entities.Gazetteers.GazetteerKind.Title) == 0
                && Entities.Gazetteers.Gazetteer.Default.Titles.Contains(word.ToLowerInvariant()))
                || (k + 1 < S.Count && S.Tags[k + 1] is "NN" or "NNS" && char.IsLower(S.Word(k + 1)[0])
                    && TagLexicon.Default.Class(word.ToLowerInvariant()).TrimStart('~').Split('|') is var classes && classes.Contains("NN") && !classes.Any(c => c.StartsWith("NNP", StringComparison.Ordinal))),
            "NNPS" or "FW" or "SYM" => false,
            // "Veteran star Ossie Davis": an adjective shaped like a nationality ("American", "Japanese", "British", "Saudi")
            // keeps its capital if it is one, or a faith's, or the lexicon knows no lower-case form of it.
            "JJ" => !(Entities.Gazetteers.Gazetteer.Default.TryGetDemonym(word, out _) || Entities.Gazetteers.NameHeads.Default.Religions.ContainsKey(word)
                || ((word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith('i'))
                    && TagLexicon.Default.Class(word.ToLowerInvariant()) == "?")),
            _ => true,
        };
    }

    /// <summary>A subject that may be a person: a name of one, a personal pronoun, "one", or a noun for people ("the singer").</summary>
    private bool MayBePerson(IReadOnlyList<int> subject) =>
        context.Head(S, subject, MentionType.Person) is not null
        || subject.Any(j => S.Lower(j) is "he" or "she" or "one" or "i" or "we")
        || subject.Any(j => S.Tags[j] is "NN" && Entities.Gazetteers.Gazetteer.Default.Titles.Contains(S.Lower(j)));

    /// <summary>
    /// The last word of a name that is the subject of an infinitive holding token <paramref name="k"/> ("for Tesla to
    /// demonstrate ...", "asked Tesla to explain ..."), or -1.
    /// </summary>
    private int InfinitiveSubjectBefore(int k)
    {
        var to = clause.Rest.LastOrDefault(j => j < k && S.Tags[j] == "TO" && j + 1 < S.Count && S.Tags[j + 1] == "VB", -1);
        if (to < 1 || S.Tags[to - 1] is not ("NNP" or "NNPS") || Enumerable.Range(to, k - to).Any(j => S.Tags[j] is "VBD" or "VBZ" or "VBP" or "MD" or "WDT" or "WP"))
        {
            return -1;
        }

        var start = to - 1;
        while (start > 0 && S.Tags[start - 1] is "NNP" or "NNPS")
        {
            start--;
        }

        return ObjectThenInfinitive(to) || (start > 0 && S.Lower(start - 1) == "for") ? to - 1 : -1;
    }

    /// <summary>
    /// The head of a subject: its last word before a preposition, comma or relative pronoun that follows a noun ("the
    /// makers of the film" → makers); a count's "more than" or "up to" comes before the noun and stops nothing ("More than
    /// 500 staff" → staff).
    /// </summary>
    private int HeadNoun(IReadOnlyList<int> subject)
    {
        var head = subject[^1];
        var noun = false;
        foreach (var j in subject)
        {
            if (noun && S.Tags[j] is "IN" or "," or "WDT")
            {
                break;
            }

            noun |= S.Tags[j].StartsWith("NN", StringComparison.Ordinal) || S.Tags[j] is "PRP" or "CD";
            head = j;
        }

        return head;
    }

    /// <summary>Whether a noun stands strictly between tokens <paramref name="from"/> and <paramref name="to"/>: "the American sprinter", "the 30-year-old".</summary>
    private bool NounBetween(int from, int to) =>
        Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Any(j => S.Tags[j] is "NN" or "NNS" or "NNP" || S.Lower(j).EndsWith("-old", StringComparison.Ordinal));

    private static readonly HashSet<string> ReactionVerbs = new(StringComparer.Ordinal)
    {
        "welcome", "accept", "reject", "condemn", "dismiss", "applaud", "hail",
    };

    private string? Resolve(int k)
    {
        var lower = S.Lower(k);

        // "PBS could put itself at risk": a reflexive is its own clause's subject, which the question keeps or asks for.
        if (lower is "himself" or "herself" or "itself" or "themselves")
        {
            return S.Word(k);
        }
        var possessive = lower is "his" or "its" or "their" || (lower == "her" && k + 1 < S.Count && S.Tags[k + 1].StartsWith("N", StringComparison.Ordinal) || (lower == "her" && k + 1 < S.Count && S.Tags[k + 1] == "JJ"));

        // The subject of reported speech usually is the speaker: "rebels said they had seized".
        // "told BBC Sport on Friday that he would not run": past an object too, the speaker is who "he" is.
        var reported = matrix is not null && matrix.Verb >= 0
            && (clause.Subject[0] == matrix.Verb + 1 || (clause.Subject[0] > matrix.Verb + 1 && S.Lower(clause.Subject[0] - 1) == "that"
                && VerbGroup.IsReporting(lemmatizer.Base(S.Word(matrix.Verb), S.Tags[matrix.Verb]))));
        if (reported && matrix is not null && clause.Embedded && clause.Subject.Count == 1 && clause.Subject[0] == k
            && lower is "he" or "she" or "they" or "it" && !matrix.Subject.Any(j => Pronouns.IsPronoun(S.Word(j))))
        {
            var mentionOfSpeaker = context.Head(S, matrix.Subject, MentionType.Person);
            var plural = matrix.Subject.Any(j => S.Tags[j] is "NNS" or "NNPS" || S.Word(j) == "and");
            var fits = lower switch
            {
                "he" or "she" => mentionOfSpeaker is not null,
                "they" => plural,
                _ => !plural && mentionOfSpeaker is null,
            };
            return fits ? new ClauseRealizer(context, matrix, null, lemmatizer).Words(matrix.Subject, lowerFirst: true) : null;
        }

        // "several monks fled to southern Italy, where they were patronised by Robert Guiscard": a "they" opening a clause
        // joined after the main one refers to the main clause's plural subject, when no other plural stands between
        // ("the UN said the peacekeepers were seized while they were patrolling": they are the peacekeepers).
        if (!reported && lower == "they" && matrix is not null && clause.Embedded && clause.Subject.Count == 1 && clause.Subject[0] == k
            && matrix.Verb >= 0 && k > matrix.Verb && matrix.Subject.Count is > 0 and <= 6
            && !VerbGroup.IsReporting(lemmatizer.Base(S.Word(matrix.Verb), S.Tags[matrix.Verb]))
            && !Enumerable.Range(matrix.Verb + 1, k - matrix.Verb - 1).Any(j => S.Tags[j] is "NNS" or "NNPS" || S.Lower(j) is "they" or "them")
            && !matrix.Subject.Any(j => Pronouns.IsPronoun(S.Word(j)) || S.Tags[j] is "CD" or "WDT" or "WP")
            && S.Tags[HeadNoun(matrix.Subject)] is "NNS" or "NNPS")
        {
            return new ClauseRealizer(context, matrix, null, lemmatizer).Words(matrix.Subject, lowerFirst: true);
        }

        if (lower == "they" && Topic is not null && clause.Subject.Count == 1 && clause.Subject[0] == k)
        {
            return Topic;
        }

        // "warned PC users to update their systems": a possessive in the infinitive told to the object, agreeing with the
        // object in number, is the object's; the question keeps the object.
        if (lower is "its" or "their" && clause.Rest.FirstOrDefault(j => j < k && S.Tags[j] == "TO" && ObjectThenInfinitive(j), -1) is var to and > 0
            && S.Tags[to - 1 - (S.Lower(to - 1) == "not" ? 1 : 0)] is var objectTag
            && ((lower == "their" && objectTag is "NNS" or "NNPS") || (lower == "its" && objectTag is "NN" or "NNP")))
        {
            return S.Word(k);
        }

        // "BSkyB announced its intention to replace its channels": a possessive after the clause's own subject, agreeing with it
        // in number, is the subject's; the question keeps the subject, so the pronoun reads as it did.
        if (lower is "its" or "their" && clause.Subject.Count > 0 && !clause.Subject.Contains(k) && k > clause.Subject[^1]
            && !clause.Subject.Any(j => Pronouns.IsPronoun(S.Word(j)) || S.Tags[j] is "WDT" or "WP" or "EX") && context.Head(S, clause.Subject, MentionType.Person) is null)
        {
            var head = HeadNoun(clause.Subject);
            // "500 staff lost their jobs": a counted noun is plural whatever its form.
            var plural = S.Tags[head] is "NNS" or "NNPS" || clause.Subject.Any(j => S.Lower(j) == "and" || (j < head && S.Tags[j] == "CD" && S.Lower(j) is not ("one" or "1")));
            var singular = S.Tags[head] is "NN" or "NNP" && !plural;
            return (lower == "its" && singular) || (lower == "their" && plural) ? S.Word(k) : null;
        }

        if (lower is not ("he" or "she" or "him" or "his" or "her"))
        {
            return null;
        }

        // "he inherited a business from his father": a possessive after a "he" or "she" subject is the subject's; the subject
        // is named in the question and the possessive reads as it did.
        if (possessive && clause.Subject.Count == 1 && k > clause.Subject[0] && (S.Lower(clause.Subject[0]), lower) is ("he", "his") or ("she", "her"))
        {
            return S.Word(k);
        }

        // "The Olympic champion won in Spain on his return from an operation on his Achilles tendon": a possessive after a
        // subject that is one person described ("the champion", "the 31-year-old", "the Ethiopian legend") is that person's;
        // the question keeps the description, so the pronoun reads as it did.
        if (possessive && k > 0 && clause.Subject.Count is >= 2 and <= 4 && !clause.Subject.Contains(k) && k > clause.Subject[^1]
            && S.Lower(clause.Subject[0]) == "the" && S.Tags[clause.Subject[^1]] == "NN" && char.IsLower(S.Word(clause.Subject[^1])[0])
            && clause.Subject.Skip(1).SkipLast(1).All(j => S.Tags[j] is "JJ" or "NNP" or "NN" or "CD")
            && (Entities.Gazetteers.Gazetteer.Default.Titles.Contains(S.Lower(clause.Subject[^1])) || S.Lower(clause.Subject[^1]).EndsWith("-year-old", StringComparison.Ordinal)
                || S.Lower(clause.Subject[^1]) is "legend" or "star" or "veteran" or "hero" or "icon" or "great"))
        {
            return S.Word(k);
        }

        var person = context.PersonBefore(S.Tokens[k].Span.Start, lower);
        if (person is null)
        {
            return null;
        }

        // "Collins says the British Olympic Association should reverse the decision to ban him": an object pronoun in what someone
        // reports is seldom the speaker (who would have said "me"); the speaker is only the nearest name, not the referent.
        if ((lower == "him" || (lower == "her" && !possessive)) && matrix is not null && clause.Embedded && matrix.Verb >= 0
            && VerbGroup.IsReporting(lemmatizer.Base(S.Word(matrix.Verb), S.Tags[matrix.Verb]))
            && context.Head(S, matrix.Subject, MentionType.Person) is { } speaker && speaker.Entity == person.Entity)
        {
            return null;
        }

        // "arranged for Tesla to demonstrate his system", "asked Tesla to explain his idea": a pronoun in an infinitive whose
        // own subject is a name most likely is that name's, not a person's named further back; the question keeps the name,
        // so the pronoun reads as it did.
        if (InfinitiveSubjectBefore(k) >= 0)
        {
            return S.Word(k);
        }

        // "He sent Martin to Latin schools": the one the clause does something to is not who "he" is.
        if (clause.Subject.Contains(k) && clause.Rest.Count > 0 && context.Mentions.Any(m => m.Entity == person.Entity
            && m.Span.Start >= S.Tokens[clause.Rest[0]].Span.Start && m.Span.End <= S.Tokens[clause.Rest[^1]].Span.End))
        {
            return null;
        }

        // "Tesla relocated to New York, where he was hired": a name subject before the pronoun that is not a
        // known person may well be its referent; the person further back is then only a guess.
        var subject = (matrix ?? clause).Subject;
        if (subject.Count > 0 && subject[0] < k && S.Tokens[subject[0]].Span.Start > person.Span.Start
            && subject.Any(j => S.Tags[j] is "NNP" or "NNPS") && context.Head(S, subject, MentionType.Person) is null)
        {
            return null;
        }

        // "One is a Jamaican who joined British troops to fight Hitler ... when he settles in the UK": a person named after
        // the main clause's subject, in its object, is not who a later subject "he" is when that subject may be a person
        // itself ("One", "the singer", "she", another name).
        if (matrix is not null && clause.Subject.Contains(k) && matrix.Subject.Count > 0 && matrix.Subject[^1] < k
            && person.Span.Start > S.Tokens[matrix.Subject[^1]].Span.End && MayBePerson(matrix.Subject))
        {
            return null;
        }

        // "The actor began his film career": after a subject such as "the actor" a possessive most likely is the
        // subject's, whom no name in the article is sure to be.
        if (possessive && !clause.Subject.Contains(k) && clause.Subject.Count == 2 && S.Lower(clause.Subject[0]) == "the" && S.Tags[clause.Subject[1]] == "NN")
        {
            return null;
        }

        // "David Davis welcomed his 'gracious apology'": what one welcomes, accepts or condemns is most often someone else's
        // (what one defends, denies or praises is as often one's own), so a possessive right after such a verb is not the
        // subject's, and no one else is sure enough to name.
        if (possessive && clause.Verb >= 0 && k == clause.Verb + 1 && ReactionVerbs.Contains(lemmatizer.Base(S.Word(clause.Verb), S.Tags[clause.Verb]))
            && context.Head(S, clause.Subject, MentionType.Person) is not null)
        {
            return null;
        }

        // A pronoun after a person subject refers to it and stays: "When did Moshe Yaalon say his country ...". So does a
        // possessive after a subject the person owns: "Campbell's relay triumph made up for his disappointing displays".
        // "Conte said he gave her drugs": not a pronoun of the other sex than the subject's, unless a noun between may be
        // its referent ("Conte claims the American sprinter used drugs to enhance her performance").
        if (!clause.Subject.Contains(k) && (context.Head(S, clause.Subject, MentionType.Person) is { } subjectPerson
                && (!context.OfOtherSex(subjectPerson, lower) || NounBetween(clause.Subject[^1], k))
            || (possessive && k > clause.Subject[^1] && clause.Subject.FirstOrDefault(j => S.Tags[j] == "POS", -1) is > 0 and var owner
                && context.Head(S, [.. clause.Subject.Where(j => j < owner)], MentionType.Person) is not null)))
        {
            return S.Word(k);
        }

        // "the athlete told BBC Sport that he would not run": what someone unnamed says of "he" is most likely
        // said of themselves, not of the last name mentioned.
        if (clause.Verb >= 0 && k > clause.Verb && !clause.Subject.Any(j => Pronouns.IsPronoun(S.Word(j))) && clause.Subject.Any(j => S.Tags[j] is "NN")
            && VerbGroup.IsReporting(lemmatizer.Base(S.Word(clause.Verb), S.Tags[clause.Verb])))
        {
            return null;
        }

        if (context.OtherSexBetween(person, S.Tokens[k].Span.Start, lower))
        {
            return null;
        }

        // "Thanou, 30, and her compatriot Kostas Kenteris were suspended": the one the possessive means is named earlier
        // in the same subject, which the question keeps; the pronoun reads as it did.
        if (possessive && clause.Subject.Contains(k) && context.Mentions.Any(m => m.Entity == person.Entity
            && m.Span.Start >= S.Tokens[clause.Subject[0]].Span.Start && m.Span.End <= S.Tokens[k].Span.Start))
        {
            return S.Word(k);
        }

        return possessive ? person.Entity + "'s" : person.Entity;
    }
}
