namespace QuizTui.Core.Grammar;

/// <summary>
/// A clause found in a tagged sentence: subject, verb group and what follows, as token indices.
/// </summary>
/// <param name="Subject">The subject without appositions or parentheticals.</param>
/// <param name="Auxiliaries">Modals and forms of be/have/do before the main verb (a copula's "be" is here too).</param>
/// <param name="Adverbs">Adverbs inside the verb group ("not", "already").</param>
/// <param name="Verb">The main verb, or -1 for a copula.</param>
/// <param name="Rest">What follows the verb up to the first clause boundary (objects and adjuncts).</param>
/// <param name="Leading">A leading adverbial before the subject ("In March, ..."), or empty.</param>
/// <param name="Parenthetical">An apposition or relative clause after the subject, or empty.</param>
/// <param name="Embedded">True for a clause inside another (after "said", "after", "while").</param>
public sealed record Clause(
    TaggedSentence Sentence,
    IReadOnlyList<int> Subject,
    IReadOnlyList<int> Auxiliaries,
    IReadOnlyList<int> Adverbs,
    int Verb,
    IReadOnlyList<int> Rest,
    IReadOnlyList<int> Leading,
    IReadOnlyList<int> Parenthetical,
    bool Embedded)
{
    public bool Copula => Verb < 0;

    public bool Negated => Adverbs.Any(a => Sentence.Lower(a) is "not" or "n't" or "never");

    public bool Passive => Verb >= 0 && Sentence.Tags[Verb] == "VBN" && Auxiliaries.Any(a => VerbGroup.IsBe(Sentence.Lower(a)));
}
