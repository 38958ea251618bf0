namespace QuizTui.Storage;

/// <summary>The whole history, as exported and merged back by import.</summary>
public sealed record HistoryDocument(
    IReadOnlyList<ArticleRecord> Articles,
    IReadOnlyList<QuestionRecord> Questions,
    IReadOnlyList<SessionRecord> Sessions,
    IReadOnlyList<AttemptRecord> Attempts);
