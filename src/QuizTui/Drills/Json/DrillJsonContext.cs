using System.Text.Json.Serialization;
using QuizTui.Core.Drills;

namespace QuizTui.Drills.Json;

/// <summary>Source-generated JSON for drill documents, the stored student paper and the released reviews (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DrillDocument))]
[JsonSerializable(typeof(DrillPaper))]
[JsonSerializable(typeof(DrillReviewJson))]
internal sealed partial class DrillJsonContext : JsonSerializerContext;
