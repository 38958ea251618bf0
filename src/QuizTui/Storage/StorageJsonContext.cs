using System.Text.Json.Serialization;

namespace QuizTui.Storage;

/// <summary>Source-generated JSON for what the store keeps as text and for history export (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(QuestionPayload))]
[JsonSerializable(typeof(HistoryDocument))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
