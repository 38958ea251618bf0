using QuizTui.Core.Drills;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Drills;

public sealed class DrillResultsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly DrillPaper Paper = new(
        "d",
        new DrillSettings(TimeLimitSeconds: 20, SpeedPoints: true),
        [View("q1", "A", "B", "C"), View("q2", "X", "Y")],
        Locked: true);

    [Fact]
    public void Figures_count_answers_per_student_and_per_question()
    {
        DrillStudent[] students = [new("ana", "Ana", At), new("bo", null, At), new("cy", null, At)];
        DrillAnswer[] answers =
        [
            new("ana", "q1", "A", 2, At, AnswerResult.Correct), new("ana", "q2", "X", 10, At, AnswerResult.Correct),
            new("bo", "q1", "B", 4, At, AnswerResult.Wrong), new("bo", "q2", "X", 20, At, AnswerResult.Correct),
            new("cy", "q1", "B", 4, At, AnswerResult.Wrong), new("cy", "q2", "Y", 5, At),
        ];

        var results = DrillResults.Compute(Paper, students, answers);

        Assert.Equal(["ana", "bo", "cy"], results.Leaderboard.Select(s => s.Account));
        Assert.Equal((2, 950 + 750), (results.Students[0].Right, results.Students[0].Points));
        Assert.Equal("Ana", results.Students[0].Shown);
        var q1 = results.Questions[0];
        Assert.Equal((3, 1, "B"), (q1.Graded, q1.Right, q1.MostChosenWrong));
        Assert.Equal([("B", 2), ("A", 1)], q1.Distribution.Select(c => (c.Answer, c.Count)));
        Assert.Equal(1.0, q1.Discrimination);
        Assert.Equal(1, results.Pending);
        Assert.Equal((2, 2), (results.Questions[1].Graded, results.Questions[1].Right));
    }

    [Fact]
    public void Summary_says_who_finished_and_which_question_was_hardest()
    {
        DrillStudent[] students = [new("ana", null, At), new("bo", null, At)];
        DrillAnswer[] answers =
        [
            new("ana", "q1", "C", 2, At, AnswerResult.Wrong), new("ana", "q2", "X", 2, At, AnswerResult.Correct),
            new("bo", "q1", "C", 2, At, AnswerResult.Wrong),
        ];

        var lines = DrillReportFormatter.Summary(DrillResults.Compute(Paper, students, answers));

        Assert.Equal("One of two students finished; the average score was 25%.", lines[0]);
        Assert.StartsWith("The hardest question was 1 (\"Which q1?\"), answered right by 0 of 2; the most chosen wrong answer was \"C\".", lines[1], StringComparison.Ordinal);
    }

    private static DrillQuestionView View(string id, params string[] choices) =>
        new(id, QuestionType.Who, QuestionFormat.MultipleChoice, $"Which {id}?", choices, null);
}
