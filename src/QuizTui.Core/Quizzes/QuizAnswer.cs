using QuizTui.Core.Questions;

namespace QuizTui.Core.Quizzes;

/// <summary>What happened to one question of a quiz.</summary>
/// <param name="Given">The answer as given (a choice's text, or what was typed); null when skipped or timed out.</param>
/// <param name="Taken">Time from the question being shown to the answer.</param>
public sealed record QuizAnswer(Question Question, string? Given, AnswerResult Result, TimeSpan Taken, QuizAnswerKind Kind = QuizAnswerKind.Answered)
{
    /// <summary>The learner said a judged-wrong answer was right ("I was right"); it then counts as right.</summary>
    public bool Overridden { get; init; }

    /// <summary>Correct, right with a tolerated typo, or overridden by the learner.</summary>
    public bool IsRight => Overridden || Result is AnswerResult.Correct or AnswerResult.Close;

    /// <summary>Judged wrong although an answer was given: the learner may say it was right.</summary>
    public bool CanOverride => Kind == QuizAnswerKind.Answered && Result == AnswerResult.Wrong && !Overridden;
}
