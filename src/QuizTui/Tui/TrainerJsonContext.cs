using System.Text.Json.Serialization;

namespace QuizTui.Tui;

/// <summary>Source-generated JSON for what the trainer keeps in the progress database (AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(QuizSettings))]
internal sealed partial class TrainerJsonContext : JsonSerializerContext;
