using System.Text.Json.Serialization;

namespace QuizTui.Cli.Json;

/// <summary>Source-generated (AOT-safe) serialization of the summarize contract; one line per object.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SummaryJson))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
