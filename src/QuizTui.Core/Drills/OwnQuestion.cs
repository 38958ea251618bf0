using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>A question the teacher writes. For multiple choice the answer is added to the choices if missing.</summary>
/// <param name="Evidence">The sentence that answers it, for the answer key, if the teacher gives one.</param>
public sealed record OwnQuestion(
    QuestionType Type,
    QuestionFormat Format,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accept,
    IReadOnlyList<string> Choices,
    string? Evidence = null,
    string? ArticleHash = null);
