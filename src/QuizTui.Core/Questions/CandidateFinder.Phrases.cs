using QuizTui.Core.Entities;
using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;

namespace QuizTui.Core.Questions;

/// <summary>Questions from relations inside phrases: a role before a name, a possessor, a preposition's object.</summary>
internal sealed partial class CandidateFinder
{
    /// <summary>
    /// "NFL Commissioner Roger Goodell stated ..." → "Who was the NFL Commissioner?". Only a role that
    /// names whose it is (a proper name or an "of" phrase in it) and that no one else in the article holds:
    /// "quarterback Cam Newton" has no one answer.
    /// </summary>
    private void Roles(TaggedSentence s, Sentence sentence)
    {
        foreach (var person in context.Within(sentence.Span).Where(m => m.Type == MentionType.Person && m.Role is not null))
        {
            var role = person.Role!;
            var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Beside(sentence, role, person) || !LooksLikePerson(person)
                || !Specific(words, context.Article.Text) || words[^1].TrimEnd('.') is "Sir" or "Dame" or "Lord" or "Lady" or "Mr" or "Mrs" or "Ms" or "Dr"
                || words.Any(w => w.Any(char.IsDigit) || Pronouns.IsPronoun(w) || w.ToLowerInvariant() is "former" or "late" or "then" or "acting" or "interim")
                || words.Skip(1).Where((w, i) => char.IsUpper(w[0]) && char.IsLower(words[i][0]) && words[i] != "of").Any()
                || context.Mentions.Any(m => m.Type == MentionType.Person && m.Entity != person.Entity && string.Equals(m.Role, role, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // "Gibson and his Icon Productions partner Bruce Davey": the role is Gibson's, which the question says; a role
            // whose owner no name resolves is not asked.
            var owner = PossessiveBefore(sentence, role, person);
            if (owner is { Length: 0 })
            {
                continue;
            }

            var verb = RoleTense(s);
            var possessed = words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("’s", StringComparison.Ordinal);
            // "the SEC's chief accountant": a possessor that takes "the" keeps it ("Britain's finance minister" has none).
            var phrase = owner is not null ? owner + " " + role
                : possessed && !context.Article.Text.AsSpan(sentence.Span.Start, sentence.Span.Length).Contains("the " + role, StringComparison.OrdinalIgnoreCase) ? role : "the " + role;
            var key = AnswerForms.Entity(context, person, AnswerKind.Person, person.Text, person.Span);
            Add(QuestionType.Who, Question("Who", verb, phrase), key, Sentence(["{A}", verb, phrase], "."), 0.1);
        }
    }


    /// <summary>
    /// Whether the sentence gives the role right before the person ("Tory leader Michael Howard", "Tory leader Mr Howard",
    /// "Foreign Minister Prince Saud", "an American actress - Reese Witherspoon") or in an apposition after the name
    /// ("Lakhdar Brahimi, the UN-Arab League envoy"): "a friend of the Tory leader" elsewhere in a sentence naming "Mr
    /// Howard" says nothing of whom.
    /// </summary>
    private bool Beside(Sentence sentence, string role, Mention person)
    {
        var text = context.Article.Text;
        for (var at = sentence.Text.IndexOf(role, StringComparison.Ordinal); at >= 0; at = sentence.Text.IndexOf(role, at + 1, StringComparison.Ordinal))
        {
            var start = sentence.Span.Start + at;
            var end = start + role.Length;
            var gap = end <= person.Span.Start ? text[end..person.Span.Start].Trim() : start >= person.Span.End ? text[person.Span.End..start].Trim() : null;
            if (gap is not null && (end <= person.Span.Start
                ? gap.Length == 0 || gap is "-" or "," || (!gap.Contains(' ', StringComparison.Ordinal) && char.IsUpper(gap[0]))
                : gap is "," or ", the" or ", a" or ", an" or "- the" or "(the"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The owner a possessive pronoun right before the role names ("his Icon Productions partner Bruce Davey" after "Gibson"
    /// → "Mel Gibson's"); empty when the pronoun resolves to no one or to the person himself; null when no pronoun precedes.
    /// </summary>
    private string? PossessiveBefore(Sentence sentence, string role, Mention person)
    {
        var text = context.Article.Text;
        var at = text.LastIndexOf(role, person.Span.Start, person.Span.Start - sentence.Span.Start, StringComparison.Ordinal);
        if (at < 0 || (at + role.Length < person.Span.Start && text[(at + role.Length)..person.Span.Start].Trim().Length > 1))
        {
            return null;
        }

        var before = text[sentence.Span.Start..at].TrimEnd();
        var pronoun = before[(before.LastIndexOf(' ') + 1)..];
        if (pronoun.ToLowerInvariant() is not ("his" or "her" or "their" or "its"))
        {
            return null;
        }

        return pronoun.ToLowerInvariant() is "his" or "her" && context.PersonBefore(at, pronoun) is { } owner && owner.Entity != person.Entity
            ? owner.Entity + "'s"
            : string.Empty;
    }

    /// <summary>The tense of the sentence, for a role held when the article says so: "is" with a present verb and no past one.</summary>
    private static string RoleTense(TaggedSentence s) =>
        Enumerable.Range(0, s.Count).Any(k => s.Tags[k] is "VBZ" or "VBP") && !Enumerable.Range(0, s.Count).Any(k => s.Tags[k] == "VBD") ? "is" : "was";

    /// <summary>
    /// "following pressure from Tesla's nephew, Sava Kosanović, ..." → "Who was Tesla's nephew?": a named person's or
    /// body's relation or role, set off by commas before a person's full name, anywhere in the sentence.
    /// </summary>
    private void PossessiveAppositions(TaggedSentence s, Sentence sentence)
    {
        for (var k = 1; k + 3 < s.Count; k++)
        {
            if (s.Tags[k] != "POS" || s.Tags[k - 1] is not ("NNP" or "NNPS") || s.Tags[k + 1] != "NN" || s.Word(k + 2) != ","
                || !Entities.Gazetteers.Gazetteer.Default.Titles.Contains(s.Word(k + 1)))
            {
                continue;
            }

            var owner = k - 1;
            while (owner > 0 && s.Tags[owner - 1] is "NNP" or "NNPS")
            {
                owner--;
            }

            var (ownerStart, ownerEnd) = (s.Tokens[owner].Span.Start, s.Tokens[k - 1].Span.End);
            var nameStart = s.Tokens[k + 3].Span.Start;
            var person = context.Mentions.FirstOrDefault(m => m.Type == MentionType.Person && m.Span.Start == nameStart);
            // The apposition after a noun for a person says it is one: a full name will do without a known given name.
            if (person is null || person.Entity.Split(' ') is not { Length: >= 2 and <= 4 } names || !names.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))
                || !context.Mentions.Any(m => m.Type is MentionType.Person or MentionType.Organization or MentionType.Place && m.Span.Start == ownerStart && m.Span.End == ownerEnd)
                || context.Mentions.Any(m => m.Type == MentionType.Person && m.Entity == person.Entity && m.Span.Start == ownerStart))
            {
                continue;
            }

            // The name closes the apposition: a comma, a full stop or a bracket after it.
            var end = Enumerable.Range(k + 3, s.Count - k - 3).FirstOrDefault(j => s.Tokens[j].Span.End >= person.Span.End, -1);
            if (end < 0 || end + 1 >= s.Count || s.Word(end + 1) is not ("," or "." or ")" or ";"))
            {
                continue;
            }

            var verb = RoleTense(s);
            var role = s.Render(Enumerable.Range(owner, k + 2 - owner).ToList());
            var key = AnswerForms.Entity(context, person, AnswerKind.Person, person.Text, person.Span);
            Add(QuestionType.Who, Question("Who", verb, role), key, Sentence(["{A}", verb, role], "."), 0.1);
        }
    }

    /// <summary>
    /// "After the Siege of Antioch in 1097, ...", "the Polish-Bolshevik War of 1920", "the 2007 Lisbon Treaty": a named event
    /// dated where it is named → "When was the Siege of Antioch?", "When was the Lisbon Treaty signed?". The event's head
    /// word (the last, or the one before "of") chooses the verb a teacher would use: battles and wars simply were; games
    /// and festivals were held; treaties signed, acts passed, edicts issued. The date is a year or a month in or after the
    /// name (a date after "on" is most often the clause's: "quit the Olympics on August 18"); a law's "of 2008" is part
    /// of its name, not when it passed; and the name must be one of its kind ("the Olympics" alone are many).
    /// </summary>
    private void Events(Sentence sentence)
    {
        var text = context.Article.Text;
        foreach (var evt in context.Within(sentence.Span).Where(m => m.Type is MentionType.Other or MentionType.Organization))
        {
            var words = evt.Text.Split(' ');
            // The head is the last word, or the word before "of" ("Battle of Hastings"; not "Edict" in "Revocation of the Edict of Nantes").
            var of = Array.IndexOf(words, "of");
            var head = of > 0 ? words[of - 1] : words[^1];
            head = EventVerbs.ContainsKey(head) ? head : null;
            // One event of its kind: a name before the head or after "of" ("the Olympics" alone is many).
            if (head is null || words.Any(w => w.Any(char.IsDigit)) || words.Count(w => w != "The" && w != "the") < 2)
            {
                continue;
            }

            foreach (var time in context.Extraction.Times.Where(t => t.Type == Times.TimeType.Date && sentence.Span.Start <= t.Span.Start && t.Span.End <= sentence.Span.End))
            {
                var after = time.Span.Start >= evt.Span.End ? text[evt.Span.End..time.Span.Start] : null;
                var before = time.Span.End <= evt.Span.Start ? text[time.Span.End..evt.Span.Start] : null;
                var preposition = after switch
                {
                    " in " or " (" => "in",
                    " of " when EventVerbs[head] is "" or "held" => "in",
                    _ => null,
                };

                // "the 2007 Lisbon Treaty": the year written before the name, after "the".
                if (preposition is null && before == " " && time.Span.Start >= 4 && text[(time.Span.Start - 4)..time.Span.Start].Equals("the ", StringComparison.OrdinalIgnoreCase))
                {
                    preposition = "in";
                }

                // "signed on 7 December 2000": a day takes "on".
                if (preposition is not null && time.Value.Length == 10 && time.Value[4] == '-' && time.Value[7] == '-')
                {
                    preposition = "on";
                }

                if (preposition is null || (after == " (" && (time.Span.End >= text.Length || text[time.Span.End] != ')'))
                    || AnswerForms.Time(time, preposition, time.Span) is not { } key)
                {
                    continue;
                }

                var name = (char.IsUpper(evt.Text[0]) && !evt.Text.StartsWith("The ", StringComparison.Ordinal) ? "the " : "") + evt.Text;
                var verb = EventVerbs[head];
                Add(QuestionType.When, Question("When", "was", name, verb), key, Sentence([name, "was", verb, "{A}"], "."), 0.1);
                break;
            }
        }
    }

    /// <summary>Event names by head word, with the participle their date goes with ("" for an event that simply was).</summary>
    private static readonly Dictionary<string, string> EventVerbs = new(StringComparer.Ordinal)
    {
        ["Battle"] = "", ["Siege"] = "", ["War"] = "", ["Revolution"] = "", ["Uprising"] = "", ["Rebellion"] = "", ["Massacre"] = "",
        ["Invasion"] = "", ["Crusade"] = "", ["Revolt"] = "", ["Riot"] = "", ["Riots"] = "", ["Earthquake"] = "", ["Famine"] = "",
        ["Exposition"] = "held", ["Exhibition"] = "held", ["Games"] = "held", ["Olympics"] = "held", ["Festival"] = "held",
        ["Conference"] = "held", ["Summit"] = "held", ["Congress"] = "held", ["Council"] = "held", ["Fair"] = "held",
        ["Treaty"] = "signed", ["Agreement"] = "signed", ["Accord"] = "signed", ["Accords"] = "signed", ["Pact"] = "signed",
        ["Act"] = "passed", ["Edict"] = "issued", ["Declaration"] = "issued", ["Charter"] = "signed", ["Convention"] = "signed",
    };

    /// <summary>
    /// "with Kevin Harlan as play-by-play announcer", "the hiring of Gary Kubiak as the new head coach": a name followed by
    /// "as" and a role headed by a noun for people → "Who was the play-by-play announcer?"; in a cast ("starring Burt
    /// Lancaster as the harassed airport manager") → "Who played the harassed airport manager?". Not an indefinite role
    /// ("as a consultant" fits many), nor one the article gives to someone else too.
    /// </summary>
    private void AsRoles(TaggedSentence s)
    {
        for (var k = 1; k + 1 < s.Count; k++)
        {
            if (s.Lower(k) != "as" || s.ChunkType(k + 1) != "NP" || s.Tags[k + 1] is "PRP$" or "PRP" or "CD" || s.Lower(k + 1) is "a" or "an" or "well" or "such" or "part")
            {
                continue;
            }

            var role = NounPhrase(s, k + 1);
            var after = role[^1] + 1;
            var head = s.Word(role[^1]);
            if (role.Count > 6 || !Entities.Gazetteers.Gazetteer.Default.Titles.Contains(head) || char.IsUpper(head[0]) && role.Count == 1
                || role.Any(j => Pronouns.IsPronoun(s.Word(j)) || s.Tags[j] is "CC" or "POS")
                || (after < s.Count && !(s.Word(after) is "," or "." or ";" || s.Tags[after] is "IN" or "CC")))
            {
                continue;
            }

            var end = s.Tokens[k - 1].Span.End;
            var person = context.Mentions.FirstOrDefault(m => m.Type == MentionType.Person && m.Span.End == end);
            // "Yelling, who succeeded Paula Radcliffe as European champion": the one succeeded or replaced held the role
            // before; whoever holds it now is the subject.
            var taker = person is null ? -1 : Enumerable.Range(0, k).LastOrDefault(j => s.Tokens[j].Span.End <= person.Span.Start && VerbGroup.IsVerbTag(s.Tags[j]), -1);
            if (taker >= 0 && lemmatizer.Base(s.Word(taker), s.Tags[taker]) is "succeed" or "replace" or "follow" or "oust" or "unseat" or "depose" or "dethrone")
            {
                continue;
            }

            var text = s.Render(role);
            // The apposition after a noun for a person says it is one: a full name will do without a known given name.
            if (person is null || person.Entity.Split(' ') is not { Length: >= 2 and <= 4 } names || !names.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))
                || context.Extraction.Article.Text.Split(text).Length > 2)
            {
                continue;
            }

            var words = s.Tags[role[0]] == "DT" ? char.ToLowerInvariant(text[0]) + text[1..] : "the " + text;
            var present = Enumerable.Range(0, s.Count).Any(j => s.Tags[j] is "VBZ" or "VBP") && !Enumerable.Range(0, s.Count).Any(j => s.Tags[j] is "VBD" or "MD");
            var future = Enumerable.Range(0, s.Count).Any(j => s.Lower(j) == "will" && s.Tags[j] == "MD");
            // "a hit film starring Burt Lancaster as the harassed airport manager": a part played, not a post held.
            var acting = Enumerable.Range(0, k).Any(j => s.Lower(j) is "starring" or "stars" or "starred" or "cast" or "casting" or "plays" or "played" or "playing");
            var verb = acting ? (future ? "will play" : present ? "plays" : "played") : future ? "will be" : present ? "is" : "was";
            var tokens = Enumerable.Range(0, k).Where(j => s.Tokens[j].Span.Start >= person.Span.Start).ToList();
            Add(QuestionType.Who, Question("Who", verb, words), EntityKey(person, AnswerKind.Person, s, tokens), Sentence(["{A}", verb, words], "."), 0.15);
        }
    }

    /// <summary>
    /// A role that names whose it is: "OECD's chief economist", "Panthers quarterback", "NASA Deputy Administrator",
    /// "Secretary of State", "French President"; titles alone ("Chief Executive") fit many people. A calling after a
    /// nationality or a country ("British actress", "Spanish inventor") names one person only in an article that uses
    /// the calling once ("the Spanish inventor" in a history of the steam engine, not "the British actor" in a story of
    /// the Oscars), and a relation never does ("the Russian rival"); an office ("French President") is one person's anyway.
    /// </summary>
    private static bool Specific(string[] words, string article)
    {
        var calling = words[^1].ToLowerInvariant();
        var once = Offices.Contains(calling) || (!Relations.Contains(calling) && PromptChecks.Words(article).Count(w => w.Equals(calling, StringComparison.OrdinalIgnoreCase)
            || w.Equals(calling + "s", StringComparison.OrdinalIgnoreCase)) <= 1);
        return words.Any(w => char.IsUpper(w[0]) && !AnswerForms.IsTitle(w) && !IsRole(w) && (!IsNationality(w) || once))
            || words.SkipLast(1).Select((w, i) => w == "of" && char.IsUpper(words[i + 1][0])).Any(b => b);
    }

    /// <summary>Nouns that say how a person stands to others, not what they do: "the Russian rival", "the British boyfriend".</summary>
    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal)
    {
        "rival", "winner", "loser", "boyfriend", "girlfriend", "hostage", "man", "woman", "star", "player", "victim", "fan", "friend",
        "partner", "wife", "husband", "team-mate", "teammate", "colleague", "opponent", "champion", "favourite", "newcomer", "veteran",
    };

    /// <summary>A nationality or a place ("French", "Hollywood"): as a role's only mark it sets no person apart ("the Hollywood actress").</summary>
    private static bool IsNationality(string word) =>
        (Entities.Gazetteers.Gazetteer.Default.Lookup(Entities.Gazetteers.Gazetteer.Key(word))
            & (Entities.Gazetteers.GazetteerKind.Demonym | Entities.Gazetteers.GazetteerKind.Country | Entities.Gazetteers.GazetteerKind.City
                | Entities.Gazetteers.GazetteerKind.Place | Entities.Gazetteers.GazetteerKind.Region)) != 0;

    /// <summary>Offices one person holds at a time, in a country or body: "the French President", "the UK finance minister".</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "president", "chancellor", "premier", "minister", "secretary", "leader", "king", "queen", "chairman", "chairwoman", "chair",
        "governor", "mayor", "ambassador", "envoy", "pope", "prince", "princess", "monarch", "emperor", "coach", "manager", "captain",
        "commissioner", "speaker", "general", "chief", "head", "boss", "director-general", "ruler",
    };

    /// <summary>A title or noun for people, possessive or plural too ("Commissioner's", "Commissioners").</summary>
    private static bool IsRole(string word)
    {
        var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        var titles = Entities.Gazetteers.Gazetteer.Default.Titles;
        return titles.Contains(bare) || (bare.EndsWith('s') && titles.Contains(bare[..^1]));
    }

    /// <summary>"Jordan Norwood's punt return set a new record" → "Whose punt return set a new record?" → Jordan Norwood.</summary>
    private void Whose(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        var subject = clause.Subject;
        var possessive = subject.FirstOrDefault(k => s.Tags[k] == "POS", -1);
        if (possessive <= subject[0] || clause.Negated || clause.Rest.Count == 0 || possessive == subject[^1]
            || context.Head(s, [.. subject.Where(k => k < possessive)], MentionType.Person, MentionType.Organization) is not { } head
            || (head.Type == MentionType.Person && !LooksLikePerson(head)) || subject.Any(k => k < possessive && s.Tags[k] is "DT" or "IN")
            || s.Tags[subject[^1]] is not ("NN" or "NNS"))
        {
            return;
        }

        var possessed = r.Words(subject.Where(k => k > possessive));
        var rest = WithRestrictiveRelative(s, clause.Rest, clause.Copula);
        var prompt = Question("Whose", possessed, r.VerbGroupAsWritten(), r.Words(rest));
        var kind = head.Type == MentionType.Person ? AnswerKind.Person : AnswerKind.Organization;
        var key = EntityKey(head, kind, s, [.. subject.Where(k => k < possessive)]);
        Add(QuestionType.Who, prompt, key, Sentence(["{A}'s", possessed, r.VerbGroupAsWritten(), r.Words(rest)], "."), penalty + 0.05);
    }

    /// <summary>"Newton completed a pass to Ted Ginn Jr." → "Who did Newton complete a pass to?"</summary>
    private void PrepositionWho(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Copula || clause.Negated || clause.Rest.Count < 2)
        {
            return;
        }

        for (var i = 1; i < clause.Rest.Count - 1; i++)
        {
            var k = clause.Rest[i];
            if (s.Lower(k) is not ("to" or "with" or "against" or "for" or "from" or "alongside") || s.ChunkType(k + 1) != "NP" || !clause.Rest.Contains(k + 1)
                || (clause.Passive && s.Lower(k) == "by"))
            {
                continue;
            }

            // "faces competition from Daniel Craig (Enduring Love), Phil Davis (Vera Drake) and ...": the first of several is no answer.
            var np = NounPhrase(s, k + 1);
            if (np[^1] != clause.Rest[^1] || ListGoesOn(s, np[^1] + 1) || context.Head(s, np, MentionType.Person, MentionType.Organization) is not { } head
                || (head.Type == MentionType.Person && !LooksLikePerson(head))
                || clause.Rest.Any(j => j < k && (s.ChunkType(j) != "NP" || s.Tags[j] is "POS" or "PRP")) || k - clause.Rest[0] > 6 || clause.Passive)
            {
                return;
            }

            var (front, after) = r.Inverted();
            var prompt = Question("Who", front, r.Subject(), after, r.Words(clause.Rest.Where(j => j < k)), s.Lower(k));
            var kind = head.Type == MentionType.Person ? AnswerKind.Person : AnswerKind.Organization;
            Add(QuestionType.Who, prompt, EntityKey(head, kind, s, np), Statement(r, k + 1, np[^1] + 1), penalty + 0.1);
            return;
        }
    }
}
