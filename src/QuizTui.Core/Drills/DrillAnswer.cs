using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>One student's answer to one question, as stored: at most one per student and question.</summary>
/// <param name="Answer">What the student chose or typed, raw.</param>
/// <param name="Seconds">Time from the question's appearance to the answer, measured by the student's process.</param>
/// <param name="Result">The host's verdict; null until graded (the student's process cannot grade: it has no key).</param>
/// <param name="Accepted">Right because the teacher accepted this answer for everyone after the drill.</param>
public sealed record DrillAnswer(
    string Account,
    string QuestionId,
    string Answer,
    double Seconds,
    DateTimeOffset AnsweredAt,
    AnswerResult? Result = null,
    bool Accepted = false)
{
    public bool IsGraded => Result is not null;

    /// <summary>Right for scores and reports: judged correct or close (a tolerated typo), or accepted by the teacher.</summary>
    public bool IsRight => Accepted || Result is AnswerResult.Correct or AnswerResult.Close;
}
