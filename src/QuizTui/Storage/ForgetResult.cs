namespace QuizTui.Storage;

/// <summary>What a forget request deleted.</summary>
public sealed record ForgetResult(int Articles, int Questions, int Sessions, int Attempts);
