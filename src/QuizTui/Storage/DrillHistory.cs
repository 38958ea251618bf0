using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>
/// A student's released drill review as progress history, for <see cref="IQuizStore.Merge"/>: the articles (credits),
/// the questions with their keys (answers the teacher accepted for everyone among the accepted forms, so a review
/// accepts them too), and one attempt per answer with an id made from the drill, the account and the question, so a
/// second sync finds the same attempts and only a changed verdict changes anything.
/// </summary>
public static class DrillHistory
{
    public static HistoryDocument From(DrillReview review)
    {
        var first = review.Items.Count == 0 ? review.DrillCreated : review.Items.Min(i => i.Answer.AnsweredAt);
        var articles = review.Items
            .Select(i => i.Article is { } a ? new ArticleRecord(a.Hash, a.Title, a.Source, a.Date, first) : OwnQuestions(review, first))
            .DistinctBy(a => a.Hash, StringComparer.Ordinal)
            .ToList();
        var questions = review.Items
            .Select(i => QuestionPayload.Record(WithRulings(i.Question), i.Article?.Hash ?? OwnQuestions(review, first).Hash))
            .ToList();
        var attempts = review.Items.Select(i => Attempt(review, i)).ToList();
        return new HistoryDocument(articles, questions, [], attempts);
    }

    /// <summary>The attempt's id: the same drill (name and creation time), account and question give the same id.</summary>
    public static string AttemptId(DrillReview review, string questionId)
    {
        var key = string.Join('\n', "quiztui-drill", review.Drill, review.DrillCreated.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), review.Account, questionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static AttemptRecord Attempt(DrillReview review, DrillReviewItem item)
    {
        var answer = item.Answer;
        var result = answer.Result ?? AnswerResult.Wrong;
        var grade = AnswerGrading.Grade(result, TimeSpan.FromSeconds(answer.Seconds), ResponsePace.Expected(item.Question.Question));
        // An answer the teacher accepted for everyone is kept as the learner's own "I was right" would be.
        return new AttemptRecord(AttemptId(review, item.Question.Id), item.Question.Id, null, answer.Answer, result, answer.Seconds, answer.AnsweredAt, grade, answer.Accepted);
    }

    private static Question WithRulings(DrillQuestion question) =>
        question.AcceptedLater.Count == 0
            ? question.Question
            : question.Question with { Accept = [.. question.Question.Accept.Concat(question.AcceptedLater).Distinct(StringComparer.Ordinal)] };

    /// <summary>Where a teacher's own question on no article is kept: an entry named after the drill.</summary>
    private static ArticleRecord OwnQuestions(DrillReview review, DateTimeOffset first) =>
        new("drill:" + review.Drill, $"Drill {review.Drill}: the teacher's own questions", null, null, first);
}
