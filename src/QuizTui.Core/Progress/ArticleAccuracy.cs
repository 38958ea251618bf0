namespace QuizTui.Core.Progress;

/// <summary>Accuracy on one article's questions.</summary>
public sealed record ArticleAccuracy(string Hash, string Title, int Answered, int Right);
