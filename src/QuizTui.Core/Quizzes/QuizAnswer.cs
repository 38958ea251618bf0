using QuizTui.Core.Questions;

namespace QuizTui.Core.Quizzes;

/// <summary>What happened to one question of a quiz.</summary>
/// <param name="Given">The answer as given (a choice's text, or what was typed); null when skipped or timed out.</param>
/// <param name="Taken">Time from the question being shown to the answer.</param>
public sealed record QuizAnswer(Question Question, string? Given, AnswerResult Result, TimeSpan Taken, QuizAnswerKind Kind = QuizAnswerKind.Answered)
{
    /// <summary>Correct, or right with a tolerated typo.</summary>
    public bool IsRight => Result is AnswerResult.Correct or AnswerResult.Close;
}
