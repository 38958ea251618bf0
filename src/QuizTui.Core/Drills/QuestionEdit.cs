namespace QuizTui.Core.Drills;

/// <summary>What to change in a question; null leaves that part as it was.</summary>
public sealed record QuestionEdit(string? Prompt = null, string? Answer = null, IReadOnlyList<string>? Accept = null, IReadOnlyList<string>? Choices = null);
