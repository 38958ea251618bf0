using QuizTui.Core.Questions;
using QuizTui.Core.Text;
using QuizTui.Storage;

namespace QuizTui.Tests.Storage;

/// <summary>Small articles and questions for the store tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static ArticleRecord Article(string hash = "a1", string title = "Kerry meets Lavrov") => new(hash, title, "Wikinews", "2013-05-07", Now);

    public static Question Question(string id, QuestionType type = QuestionType.Who) => new(
        id,
        type,
        QuestionFormat.ShortAnswer,
        $"Who met Lavrov? ({id})",
        "John Kerry",
        ["Kerry"],
        [],
        new Evidence("John Kerry met Sergey Lavrov.", new TextSpan(0, 29), new TextSpan(0, 10)),
        0.4);

    /// <summary>A store with one article and <paramref name="count"/> questions q0..q(n-1).</summary>
    public static ProgressService Seeded(string path, int count = 3, string hash = "a1", string title = "Kerry meets Lavrov")
    {
        var progress = ProgressService.OpenOrCreate(path);
        progress.Store.SaveArticle(Article(hash, title));
        progress.RecordQuestions(hash, Enumerable.Range(0, count).Select(i => Question($"{hash}-q{i}")));
        return progress;
    }

    public static SaveResult Answer(ProgressService progress, string? session, string questionId, AnswerResult result, DateTimeOffset at) =>
        progress.RecordAttempt(session, Question(questionId), result == AnswerResult.Wrong ? "Obama" : "John Kerry", result, TimeSpan.FromSeconds(5), at);
}
