namespace QuizTui.Core.Progress;

/// <summary>Accuracy for one question type, overall and for each of the last weeks (oldest first; null: no answers that week).</summary>
public sealed record TypeAccuracy(string Type, int Answered, int Right, IReadOnlyList<double?> Weekly);
