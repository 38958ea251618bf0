namespace QuizTui.Core.Drills;

/// <summary>How many students gave an answer, and whether it is right.</summary>
/// <param name="Right">Null while the answers are ungraded.</param>
public sealed record ChoiceCount(string Answer, int Count, bool? Right);
