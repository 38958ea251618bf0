using QuizTui.Core.Questions;
using QuizTui.Core.Text;

namespace QuizTui.Core.Tests.Questions;

public sealed class AnswerMatcherTests
{
    private static Question Short(string answer, params string[] accept) =>
        new("id", QuestionType.Who, QuestionFormat.ShortAnswer, "Who?", answer, accept, [], new Evidence("", new TextSpan(0, 0), new TextSpan(0, 0)), 0.5);

    [Theory]
    [InlineData("John Kerry", AnswerResult.Correct)]
    [InlineData("Kerry", AnswerResult.Correct)]
    [InlineData("  john KERRY. ", AnswerResult.Correct)]
    [InlineData("Secretary Kerry", AnswerResult.Correct)]
    [InlineData("john kery", AnswerResult.Close)]
    [InlineData("Jon Kerry", AnswerResult.Close)]
    [InlineData("Lavrov", AnswerResult.Wrong)]
    [InlineData("Perry", AnswerResult.Wrong)]
    [InlineData("", AnswerResult.Wrong)]
    public void Person_answers_accept_aliases_and_typos_but_not_other_people(string given, AnswerResult expected)
    {
        var question = Short("John Kerry", "Kerry", "Secretary Kerry");

        Assert.Equal(expected, AnswerMatcher.Match(question, given));
    }

    [Theory]
    [InlineData("in March", AnswerResult.Correct)]
    [InlineData("March", AnswerResult.Correct)]
    [InlineData("March 2013", AnswerResult.Correct)]
    [InlineData("Marhc 2013", AnswerResult.Wrong)]
    [InlineData("May", AnswerResult.Wrong)]
    [InlineData("March 2012", AnswerResult.Wrong)]
    public void Date_answers_never_accept_another_month_or_year(string given, AnswerResult expected)
    {
        var question = Short("in March (2013)", "March 2013", "in March 2013");

        Assert.Equal(expected, AnswerMatcher.Match(question, given));
    }

    [Theory]
    [InlineData("Thursday", AnswerResult.Correct)]
    [InlineData("on thursday", AnswerResult.Correct)]
    [InlineData("Tuesday", AnswerResult.Wrong)]
    public void A_day_answer_never_accepts_another_day(string given, AnswerResult expected) =>
        Assert.Equal(expected, AnswerMatcher.Match(Short("Thursday", "on Thursday"), given));

    [Theory]
    [InlineData("the Golan Heights", AnswerResult.Correct)]
    [InlineData("Golan Heights", AnswerResult.Correct)]
    [InlineData("golan hieghts", AnswerResult.Close)]
    [InlineData("Lebanon", AnswerResult.Wrong)]
    public void Place_answers_ignore_the_article(string given, AnswerResult expected) =>
        Assert.Equal(expected, AnswerMatcher.Match(Short("the Golan Heights"), given));

    [Fact]
    public void Numbers_must_match_exactly() =>
        Assert.Equal(AnswerResult.Wrong, AnswerMatcher.Match(Short("over 70,000", "70,000"), "71,000"));
}
