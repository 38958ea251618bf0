namespace QuizTui.Core.Questions;

/// <summary>Checks that keep a question honest: it must not give its own answer away.</summary>
internal static class PromptChecks
{
    private static readonly HashSet<string> Weak = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "in", "on", "at", "for", "by", "last", "this", "over", "more", "than", "about", "during",
        "early", "late", "next", "nearly", "almost", "some", "around", "with", "from", "mr", "mrs", "ms", "dr", "since", "starting",
        "beginning", "throughout",
    };

    /// <summary>True when a distinctive word of the answer (or of another name for it) appears in the prompt.</summary>
    public static bool ContainsAnswer(string prompt, AnswerKey key, ArticleContext context)
    {
        var promptWords = Words(prompt).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IEnumerable<string> forms = [key.Display, key.Phrase];
        if (key.Kind is AnswerKind.Person or AnswerKind.Organization or AnswerKind.Place)
        {
            forms = forms.Append(key.Value).Concat(context.FormsOf(key.Value));
        }

        return forms.SelectMany(Words).Any(w => !Weak.Contains(w) && (w.Length > 2 || w.Any(char.IsDigit)) && promptWords.Contains(w));
    }

    /// <summary>True when every quotation opened in the prompt is closed.</summary>
    public static bool QuotesBalanced(string prompt) =>
        prompt.Count(c => c == '“') == prompt.Count(c => c == '”') && prompt.Count(c => c == '"') % 2 == 0;

    /// <summary>
    /// True when the prompt stops where what was said should follow: "Who carried around a note that said?" (the text
    /// went on after a colon, into a quotation the clause does not take in); or where a phrase must go on: after an
    /// article, a possessive, a conjunction or a subject pronoun ("Who is confident she?", "subjects such?"), or a
    /// participle that names ("the scheme known?").
    /// </summary>
    public static bool CutShort(string prompt) =>
        Words(prompt).TakeLast(2).ToList() is [.., var last] words && (CutWords.Contains(last)
            || (Naming.Contains(last) && !(words is [var before, _] && before is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "well" or "widely" or "best")));

    // "the scheme known?": a participle that names wants the name after it; "the flaws were known" is whole.
    private static readonly HashSet<string> Naming = new(["known", "dubbed", "nicknamed", "titled", "entitled"], StringComparer.Ordinal);

    // Lower-case only: "Who visited the United States?" is whole.
    private static readonly HashSet<string> CutWords = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "that",
        "saying", "adding", "telling", "writing", "stating", "arguing", "warning", "claiming", "whether", "if",
        "the", "a", "an", "his", "its", "their", "and", "or", "but", "such", "he", "she", "they", "we", "I",
    };

    /// <summary>
    /// True when the prompt runs list items or sentences together: a spaced hyphen ("places - The
    /// legislation") or an article or a conjunction capitalised inside it ("Where do A comprehensive ban ...",
    /// "... a season's best of 5.25m And Ireland's ...").
    /// </summary>
    public static bool RunsTogether(string prompt) =>
        prompt.Contains(" - ", StringComparison.Ordinal) || prompt.Contains('\n', StringComparison.Ordinal)
        || prompt.Split(' ').Skip(1).Any(w => w is "The" or "A" or "An" or "And" or "But");

    /// <summary>True when the word's lower case is in the tagger's lexicon: an ordinary English word ("baby", "young"), not only a name.</summary>
    public static bool IsDictionaryWord(string word) => Grammar.TagLexicon.Default.Class(word.ToLowerInvariant()) != "?";

    public static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || (word.Length > 0 && c is ',' or '.' && char.IsDigit(word[^1])))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString().TrimEnd(',', '.');
                word.Clear();
            }
        }
    }

    /// <summary>
    /// Nouns that point back to something said before them ("the point", "the move", "the claims"): alone after the verb they
    /// leave the question without its matter.
    /// </summary>
    private static readonly HashSet<string> PointingNouns = new(StringComparer.Ordinal)
    {
        "point", "points", "move", "moves", "claim", "claims", "plan", "plans", "proposal", "proposals", "change", "changes", "term",
        "idea", "ideas", "issue", "issues", "matter", "decision", "comment", "comments", "remark", "remarks", "suggestion",
        "suggestions", "allegation", "allegations", "criticism", "accusation", "accusations", "measure", "measures", "step",
        "news", "findings", "figures", "situation", "problem", "words", "statement", "warning", "view", "views",
        "position", "document", "apology", "deliberations", "report", "reports", "argument", "arguments", "fact", "facts",
    };

    /// <summary>
    /// True when all the question asks about is a noun that points back ("Who acknowledged the point?", "Who welcomed the
    /// move?", "Who popularised the term?"): which point, move or term, the question does not say.
    /// </summary>
    public static bool IsVague(string prompt)
    {
        var words = prompt.TrimEnd('?').Split(' ');
        return words.Length is >= 3 and <= 6 && words[^2] is "the" or "this" or "that" or "these" or "those" && PointingNouns.Contains(words[^1]);
    }
}
