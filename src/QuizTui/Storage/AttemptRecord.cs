using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>One answer to one question.</summary>
/// <param name="Id">Unique and stable (a version-7 GUID), so importing an export twice adds nothing.</param>
/// <param name="SessionId">The session it was given in, if any.</param>
/// <param name="Grade">The FSRS grade from the verdict and the pace.</param>
/// <param name="Overridden">The learner marked a judged-wrong answer as right ("I was right").</param>
public sealed record AttemptRecord(
    string Id,
    string QuestionId,
    string? SessionId,
    string Answer,
    AnswerResult Result,
    double Seconds,
    DateTimeOffset AnsweredAt,
    Grade Grade,
    bool Overridden)
{
    /// <summary>Right for the statistics: judged correct or close, or overridden.</summary>
    public bool CountsAsRight => Overridden || Result != AnswerResult.Wrong;

    /// <summary>The grade the schedule uses.</summary>
    public Grade EffectiveGrade => Overridden ? AnswerGrading.Overridden : Grade;

    public static string NewId() => Guid.CreateVersion7().ToString("N");
}
