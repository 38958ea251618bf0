using QuizTui.Core.Questions;
using QuizTui.Core.Text;

namespace QuizTui.Storage;

/// <summary>A question as JSON in the database: all a review session needs to put it again without the article.</summary>
public sealed record QuestionPayload(
    string Id,
    string Type,
    string Format,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accept,
    IReadOnlyList<string> Choices,
    string EvidenceText,
    int EvidenceStart,
    int EvidenceEnd,
    int AnswerStart,
    int AnswerEnd,
    double Difficulty)
{
    public static QuestionPayload From(Question q) => new(
        q.Id, q.Type.ToString(), q.Format.ToString(), q.Prompt, q.Answer, q.Accept, q.Choices,
        q.Evidence.Text, q.Evidence.Span.Start, q.Evidence.Span.End, q.Evidence.AnswerSpan.Start, q.Evidence.AnswerSpan.End, q.Difficulty);

    public Question ToQuestion() => new(
        Id,
        Enum.Parse<QuestionType>(Type),
        Enum.Parse<QuestionFormat>(Format),
        Prompt,
        Answer,
        Accept,
        Choices,
        new Evidence(EvidenceText, new TextSpan(EvidenceStart, EvidenceEnd), new TextSpan(AnswerStart, AnswerEnd)),
        Difficulty);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, StorageJsonContext.Default.QuestionPayload);

    public static QuestionPayload? FromJson(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, StorageJsonContext.Default.QuestionPayload);

    /// <summary>The database row for a question of the article <paramref name="articleHash"/>.</summary>
    public static QuestionRecord Record(Question q, string articleHash) =>
        new(q.Id, articleHash, q.Type.ToString(), q.Prompt, q.Answer, From(q).ToJson());
}
