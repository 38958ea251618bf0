namespace QuizTui.Storage;

/// <summary>What an import added; attempts already present are counted as skipped.</summary>
public sealed record ImportResult(int Articles, int Questions, int Sessions, int Attempts, int SkippedAttempts);
