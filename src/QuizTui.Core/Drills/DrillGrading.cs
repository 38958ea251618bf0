using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Scheduling;

namespace QuizTui.Core.Drills;

/// <summary>
/// Grades a student's raw answer against the key, on the teacher's side: choices must be the key, typed answers go
/// through the typo-tolerant matcher, and an answer the teacher accepted for everyone is right (marked accepted).
/// Also gives the FSRS grade and the student's review card for the question, so a ruling moves the schedule too.
/// </summary>
/// <example>Key "John Kerry", short answer: "kerry" → Correct; "Jon Kerry" → Close; after <c>Accept("Lavrov")</c>, "lavrov" → accepted.</example>
public static class DrillGrading
{
    private static readonly AnswerJudge Judge = new(AnswerMatcher.Match);

    public static DrillAnswer Grade(DrillQuestion question, DrillAnswer answer)
    {
        var ruled = question.AcceptedLater.Any(a => AnswerMatcher.Normalize(a) == AnswerMatcher.Normalize(answer.Answer) && AnswerMatcher.Normalize(a).Length > 0);
        var result = Judge.Judge(question.Question, answer.Answer);
        return answer with { Result = result, Accepted = ruled && result == AnswerResult.Wrong };
    }

    /// <summary>The FSRS grade of a graded answer: an accepted one counts as recalled without the speed bonus.</summary>
    public static Grade FsrsGrade(DrillQuestion question, DrillAnswer graded) =>
        graded.Accepted
            ? AnswerGrading.Overridden
            : AnswerGrading.Grade(graded.Result ?? AnswerResult.Wrong, TimeSpan.FromSeconds(graded.Seconds), ResponsePace.Expected(question.Question));

    /// <summary>The student's schedule for the question after this answer (a first review from a new card).</summary>
    public static ReviewCard Card(DrillQuestion question, DrillAnswer graded, FsrsScheduler scheduler) =>
        scheduler.Next(ReviewCard.New(graded.AnsweredAt), graded.AnsweredAt, FsrsGrade(question, graded));

    /// <summary>The drill with <paramref name="answer"/> accepted for everyone on the question (allowed on a locked drill: it is a ruling, not an edit).</summary>
    public static Drill Accept(Drill drill, string questionId, string answer) => drill with
    {
        Questions = [.. drill.Questions.Select(q => q.Id == questionId && !q.AcceptedLater.Contains(answer, StringComparer.Ordinal)
            ? q with { Ruled = [.. q.AcceptedLater, answer] }
            : q)],
    };
}
