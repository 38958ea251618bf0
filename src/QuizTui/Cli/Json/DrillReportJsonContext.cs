using System.Text.Json.Serialization;
using QuizTui.Core.Drills;

namespace QuizTui.Cli.Json;

/// <summary>Source-generated JSON for <c>drill report --json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DrillResults))]
internal sealed partial class DrillReportJsonContext : JsonSerializerContext;
