using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuizTui.Cli.Json;

/// <summary>Source-generated serialization for <c>parse --json</c> (no reflection; AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ParsedArticleJson))]
internal sealed partial class ParseJsonContext : JsonSerializerContext
{
    /// <summary>Camel case, one line, and readable non-ASCII text (quotes stay “ ” rather than \u201C).</summary>
    public static ParseJsonContext Lines { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    });
}
