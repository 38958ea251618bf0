using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;

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
    private int _index;

    public IReadOnlyList<Candidate> Find(TaggedSentence s, Sentence sentence, int index)
    {
        _found.Clear();
        _sentence = sentence;
        _index = index;
        var clauses = ClauseFinder.Find(s);
        var matrix = clauses.FirstOrDefault(c => !c.Embedded);
        foreach (var clause in clauses)
        {
            var realizer = new ClauseRealizer(context, clause, clause.Embedded ? matrix : null, lemmatizer);
            var penalty = clause.Embedded ? 0.15 : 0;
            SubjectWho(realizer, penalty);
            ObjectWho(realizer, penalty);
            PassiveAgent(realizer, penalty);
            Where(realizer, penalty);
            When(realizer, penalty);
            HowMany(realizer, penalty);
            Apposition(realizer);
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

        Participles(s);
        Roles(s, sentence);
        return [.. _found];
    }

    /// <summary>Keeps a candidate that passes the quality gate.</summary>
    private void Add(QuestionType type, string? prompt, AnswerKey key, string? statement, double penalty)
    {
        if (prompt is null || statement is null)
        {
            return;
        }

        // Three words do when the third is a name: "Who sacked Newton?"
        var words = prompt.Split(' ').Length;
        if (words < (words == 3 && char.IsUpper(prompt.Split(' ')[2][0]) ? 3 : 4) || words > 30 || Pronouns.HasUnresolved(prompt) || PromptChecks.ContainsAnswer(prompt, key, context) || !PromptChecks.QuotesBalanced(prompt)
            || PromptChecks.RunsTogether(prompt)
            || (type is QuestionType.Who or QuestionType.WhoSaid && key.Display.Any(char.IsDigit)))
        {
            return;
        }

        _found.Add(new Candidate(type, prompt, key, _sentence, _index, statement, penalty));
    }

    /// <summary>Joins parts into a question: null if any part is null, single spaces, capital, "?".</summary>
    private static string? Question(params string?[] parts) => Sentence(parts, "?");

    private static string? Sentence(string?[] parts, string end)
    {
        if (parts.Any(p => p is null))
        {
            return null;
        }

        var text = string.Join(' ', parts.Where(p => p!.Length > 0)).Replace(" ,", ",", StringComparison.Ordinal).Trim().TrimEnd(',', ';', ':').Trim();
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

        return [.. Enumerable.Range(k, end - k)];
    }
}
