namespace QuizTui.Core.Progress;

/// <summary>One answer as the statistics see it.</summary>
/// <param name="Right">Judged correct or close, or overridden by the learner.</param>
public sealed record AttemptFact(string ArticleHash, string ArticleTitle, string QuestionType, DateTimeOffset AnsweredAt, bool Right);
