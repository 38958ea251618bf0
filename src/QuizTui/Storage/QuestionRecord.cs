namespace QuizTui.Storage;

/// <summary>A question as stored: searchable columns plus the whole question as JSON, so a review can rebuild it.</summary>
/// <param name="Id">The quiz engine's stable id: the same article and question give the same id.</param>
/// <param name="Payload">The <see cref="Core.Questions.Question"/> as JSON (<see cref="QuestionPayload"/>).</param>
public sealed record QuestionRecord(string Id, string ArticleHash, string Type, string Prompt, string Answer, string Payload);
