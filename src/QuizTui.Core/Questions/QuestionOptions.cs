namespace QuizTui.Core.Questions;

/// <summary>What to generate.</summary>
/// <param name="Count">The most questions to keep (fewer when the article supports fewer good ones).</param>
/// <param name="Types">The question types wanted; null means all.</param>
/// <param name="Format">The format of every question; null mixes them (by the seed).</param>
/// <param name="Seed">Shuffles choices and picks distractors and true/false polarity, reproducibly.</param>
public sealed record QuestionOptions(int Count = 10, IReadOnlySet<QuestionType>? Types = null, QuestionFormat? Format = QuestionFormat.MultipleChoice, int Seed = 0)
{
    public static QuestionOptions Default { get; } = new();
}
