using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>A question as a student sees it: never the key, the accepted forms or the evidence sentence.</summary>
/// <param name="Choices">Multiple choice and true/false options in the drill's order; empty for a typed answer.</param>
public sealed record DrillQuestionView(string Id, QuestionType Type, QuestionFormat Format, string Prompt, IReadOnlyList<string> Choices, string? ArticleHash);
