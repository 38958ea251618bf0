namespace QuizTui.Core.Quizzes;

/// <summary>How a question was left: answered, skipped, or out of time.</summary>
public enum QuizAnswerKind
{
    Answered,
    Skipped,
    TimedOut,
}
