using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;
using QuizTui.Storage;
using static QuizTui.Tests.Storage.Samples;

namespace QuizTui.Tests.Storage;

public sealed class HistoryCsvTests
{
    [Theory]
    [InlineData(SessionKind.Review, "a1")] // a review of one article's missed questions
    [InlineData(SessionKind.Review, null)] // a review across articles
    [InlineData(SessionKind.Article, "a1")]
    public void A_session_keeps_its_own_article_through_csv(SessionKind kind, string? article)
    {
        var history = new HistoryDocument(
            [new ArticleRecord("a1", "Kerry meets Lavrov", "Reuters", "2013-05-07", Now)],
            [new QuestionRecord("a1-q0", "a1", "who", "Who met Putin?", "John Kerry", "{}")],
            [new SessionRecord("s1", kind, article, Now, Now.AddMinutes(1), "{}")],
            [new AttemptRecord("t1", "a1-q0", "s1", "Kerry", AnswerResult.Correct, 4.5, Now.AddSeconds(5), Grade.Good, false)]);
        using var csv = new StringWriter();

        HistoryCsv.Write(history, csv);
        var back = HistoryCsv.Read(new StringReader(csv.ToString()));

        Assert.Equal(history.Sessions, back.Sessions);
        Assert.Equal(history.Attempts, back.Attempts);
    }
}
