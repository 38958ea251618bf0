namespace QuizTui.Storage;

/// <summary>An article the learner has opened, keyed by the hash of its text.</summary>
/// <param name="Date">The article's own date as the parser found it, if any.</param>
public sealed record ArticleRecord(string Hash, string Title, string? Source, string? Date, DateTimeOffset FirstSeen);
