using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;
using QuizTui.Core.Text;

namespace QuizTui.Core.Tests.Scheduling;

public sealed class AnswerGradingTests
{
    private static readonly TimeSpan Expected = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(AnswerResult.Wrong, 1, Grade.Again)]
    [InlineData(AnswerResult.Wrong, 60, Grade.Again)]
    [InlineData(AnswerResult.Close, 2, Grade.Hard)]
    [InlineData(AnswerResult.Correct, 25, Grade.Hard)]
    [InlineData(AnswerResult.Correct, 20, Grade.Good)]
    [InlineData(AnswerResult.Correct, 8, Grade.Good)]
    [InlineData(AnswerResult.Correct, 5, Grade.Easy)]
    public void Maps_verdict_and_speed_to_a_grade(AnswerResult result, double seconds, Grade expected) =>
        Assert.Equal(expected, AnswerGrading.Grade(result, TimeSpan.FromSeconds(seconds), Expected));

    [Fact]
    public void Expects_more_time_for_a_typed_answer_than_for_true_or_false()
    {
        var evidence = new Evidence("Kerry met Lavrov.", new TextSpan(0, 17), new TextSpan(0, 5));
        var typed = new Question("q1", QuestionType.Who, QuestionFormat.ShortAnswer, "Who met Lavrov in Moscow?", "John Kerry", [], [], evidence, 0.5);
        var judged = typed with { Format = QuestionFormat.TrueFalse, Answer = "True", Choices = ["True", "False"] };

        Assert.Equal(TimeSpan.FromSeconds(2 + (5 / 4.0) + (10 / 3.0)), ResponsePace.Expected(typed));
        Assert.Equal(TimeSpan.FromSeconds(2 + (5 / 4.0)), ResponsePace.Expected(judged));
    }
}
