using System.Text.Json.Serialization;
using QuizTui.Core.Progress;

namespace QuizTui.Cli.Json;

/// <summary>Source-generated JSON for <c>quiztui stats --json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProgressStats))]
internal sealed partial class ProgressJsonContext : JsonSerializerContext;
