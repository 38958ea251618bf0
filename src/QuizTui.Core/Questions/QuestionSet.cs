namespace QuizTui.Core.Questions;

/// <summary>The questions for one article, in article order.</summary>
/// <param name="Note">Why there are few or no questions ("too little in it"), or null.</param>
public sealed record QuestionSet(IReadOnlyList<Question> Questions, string? Note);
