namespace QuizTui.Storage;

/// <summary>How a finished quiz went: answers judged right (or overridden) out of those given.</summary>
public sealed record SessionScore(int Right, int Answered, DateTimeOffset Finished);
