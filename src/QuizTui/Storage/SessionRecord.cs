namespace QuizTui.Storage;

/// <summary>One quiz run; unfinished sessions can be resumed.</summary>
/// <param name="ArticleHash">The article quizzed, or null for a review session.</param>
/// <param name="Settings">The quiz settings as JSON text (count, types, format...), opaque to the store.</param>
public sealed record SessionRecord(
    string Id,
    SessionKind Kind,
    string? ArticleHash,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    string Settings);
