using System.Text.Json.Serialization;

namespace QuizTui.Storage;

/// <summary>Source-generated JSON for what the store keeps as text and for history export (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(QuestionPayload))]
[JsonSerializable(typeof(HistoryDocument))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
    /// <summary>For files people read (history export).</summary>
    public static StorageJsonContext Indented => indented ??= new(new System.Text.Json.JsonSerializerOptions(Default.Options!) { WriteIndented = true });

    private static StorageJsonContext? indented;
}
