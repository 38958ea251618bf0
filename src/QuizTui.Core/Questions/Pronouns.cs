namespace QuizTui.Core.Questions;

/// <summary>Personal pronouns a question must not leave unresolved (outside quotations).</summary>
internal static class Pronouns
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs", "it", "its",
        "we", "us", "our", "ours", "i", "me", "my", "you", "your", "himself", "herself", "themselves", "itself",
    };

    public static bool IsPronoun(string word) => Personal.Contains(word);

    private static bool IsThirdPerson(string word) => word.ToLowerInvariant() is "he" or "she" or "him" or "his" or "her";

    /// <summary>Possessives and subject pronouns that may refer to the question's own subject ("Who moved his court ...?").</summary>
    private static bool CanBeBound(string word) => word.ToLowerInvariant() is "he" or "she" or "his" or "her" or "its" or "their";

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "shall",
    };

    // "told her that", "gave her the award": "her" before these is an object, which the subject cannot be.
    private static readonly HashSet<string> AfterObjectHer = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "that", "to", "in", "on", "at", "for", "with", "by", "from", "as", "and", "or", "of", "into", "about", "after",
        "before", "up", "down", "off", "out", "back", "over", "this", "these", "those", "her", "his", "their", "its",
    };

    /// <summary>
    /// True when a personal pronoun outside quotation marks has nothing in the prompt to refer to. A third-person
    /// pronoun after a name is resolved ("Where did Moshe Yaalon say his country ..."); so is one bound by the
    /// question's subject: the wh-word of a "Who" question ("Who moved his court to Warsaw?") or the subject after
    /// the auxiliary ("When did BSkyB announce its intention ...?"). "Where did he go?" and "When was its lab torn
    /// down?" are unresolved; "him", "them" and "it" are never the subject's.
    /// </summary>
    public static bool HasUnresolved(string prompt)
    {
        var words = Words(prompt);
        var named = false;
        var afterName = false;
        var aux = -1;
        var boundSexes = new HashSet<bool>();
        for (var i = 0; i < words.Count; i++)
        {
            var (word, quoted, spaced) = words[i];
            if (aux < 0 && i > 0 && Auxiliaries.Contains(word) && !quoted)
            {
                aux = i;
            }

            // "Philip I", "Charles I": a numeral after a name is no pronoun.
            var regnal = word == "I" && afterName;
            // "Who said PBS could put itself at risk?": a reflexive refers to its own clause's subject, which the prompt has.
            var reflexive = word.ToLowerInvariant() is "himself" or "herself" or "itself" or "themselves";
            if (!quoted && IsPronoun(word) && !(named && IsThirdPerson(word)) && !regnal && !reflexive)
            {
                // "Who said he gave her drugs?": "he" and "her" cannot both be who the question asks for.
                if (!Bound(words, i, aux) || (IsThirdPerson(word) && boundSexes.Add(word.ToLowerInvariant() is "he" or "him" or "his") && boundSexes.Count > 1))
                {
                    return true;
                }
            }

            if (!quoted && PointsBack(words, i))
            {
                return true;
            }

            // "Where are whose shares listed?": a relative "whose" inside a question left its noun behind.
            if (!quoted && i > 0 && word.Equals("whose", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var name = i > 0 && char.IsUpper(word[0]) && !IsPronoun(word);
            named |= name;
            afterName = name && spaced;
        }

        return false;
    }

    /// <summary>
    /// "When did BMW register record sales there?": a "there" that is not the existential one ("there was", "was there")
    /// points back to a place the question does not name.
    /// </summary>
    /// <remarks>So does a demonstrative that ends the question: "... hand over communications relevant to that?"</remarks>
    private static bool PointsBack(List<(string Word, bool Quoted, bool Spaced)> words, int i) =>
        (words[i].Word.Equals("there", StringComparison.OrdinalIgnoreCase)
            && !(i > 0 && Be.Contains(words[i - 1].Word))
            && !(i + 1 < words.Count && (Be.Contains(words[i + 1].Word) || Auxiliaries.Contains(words[i + 1].Word))))
        || (i == words.Count - 1 && i > 0 && words[i].Word.ToLowerInvariant() is "that" or "this" or "these" or "those")
        // "How many spyware programs is each one harbouring?", "helped to introduce all those things": a "one" or "things"
        // that points back at what the sentence before listed.
        || (i > 0 && words[i].Word.Equals("one", StringComparison.OrdinalIgnoreCase) && words[i - 1].Word.ToLowerInvariant() is "each" or "this" or "that"
            && !(i + 1 < words.Count && words[i + 1].Word.Equals("of", StringComparison.OrdinalIgnoreCase)))
        || (i > 0 && words[i].Word.Equals("things", StringComparison.OrdinalIgnoreCase) && words[i - 1].Word.ToLowerInvariant() is "those" or "these")
        // "Who says more would be coming ...?": a bare "more" or "fewer" standing as a subject counts what the article named before.
        || (i > 0 && i + 1 < words.Count && words[i].Word.ToLowerInvariant() is "more" or "fewer"
            && words[i - 1].Word.ToLowerInvariant() is "said" or "says" or "say" or "that" or "who" && Auxiliaries.Contains(words[i + 1].Word));

    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };

    private static bool Bound(List<(string Word, bool Quoted, bool Spaced)> words, int i, int aux)
    {
        var word = words[i].Word;
        if (!CanBeBound(word) || (word.Equals("her", StringComparison.OrdinalIgnoreCase) && (i + 1 >= words.Count || AfterObjectHer.Contains(words[i + 1].Word))))
        {
            return false;
        }

        // The subject is "who" itself, or stands between the auxiliary and the pronoun; "How many workers lost their jobs?"
        // counts the subject its "their" refers to.
        return words[0].Word == "Who" || (aux >= 0 && Enumerable.Range(aux + 1, Math.Max(0, i - aux - 1)).Any(j => !IsPronoun(words[j].Word)))
            || (aux < 0 && words.Count > 2 && words[0].Word == "How" && words[1].Word == "many" && word.Equals("their", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The prompt's words, each with whether it stands inside a quotation and whether a space follows it.</summary>
    private static List<(string Word, bool Quoted, bool Spaced)> Words(string prompt)
    {
        var words = new List<(string, bool, bool)>();
        var quoted = false;
        var word = new System.Text.StringBuilder();
        foreach (var c in prompt + " ")
        {
            // A word ends at the mark that closes its quotation: judge it by the state it was written in.
            var wasQuoted = quoted;
            quoted = c switch
            {
                '“' => true,
                '”' => false,
                '"' => !quoted,
                _ => quoted,
            };

            if (char.IsLetter(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                words.Add((word.ToString(), wasQuoted, c == ' '));
                word.Clear();
            }
        }

        return words;
    }
}
