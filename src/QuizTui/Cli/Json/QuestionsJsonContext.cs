using System.Text.Json.Serialization;

namespace QuizTui.Cli.Json;

/// <summary>One line of <c>quiztui questions --json</c>.</summary>
internal sealed record QuestionsJson(string File, IReadOnlyList<QuestionJson> Questions, string? Note);

internal sealed record QuestionJson(
    string Id,
    string Type,
    string Format,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accept,
    IReadOnlyList<string>? Choices,
    EvidenceJson Evidence,
    double Difficulty);

internal sealed record EvidenceJson(string Text, int Start, int End, int AnswerStart, int AnswerEnd);

/// <summary>Source-generated (AOT-safe) JSON for <c>quiztui questions --json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QuestionsJson))]
internal sealed partial class QuestionsJsonContext : JsonSerializerContext;
