using QuizTui.Storage;

namespace QuizTui.Drills.Json;

/// <summary>A question in the document: the progress store's question payload (so ids and history match) and the drill's part.</summary>
/// <param name="Ruled">Answers the teacher accepted for everyone after the drill.</param>
public sealed record DrillQuestionJson(QuestionPayload Question, string? ArticleHash, bool Own, bool Edited, IReadOnlyList<string>? Ruled);
