using System.Text.Json.Serialization;

namespace QuizTui.Cli.Json;

/// <summary>Source-generated (AOT-safe) serialization of the extract command's JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractionDto))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;
