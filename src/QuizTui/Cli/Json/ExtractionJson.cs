using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuizTui.Core.Entities;

namespace QuizTui.Cli.Json;

/// <summary>An extraction as one JSON line: file, title, date, mentions, times, quantities; offsets in UTF-16 code units.</summary>
internal static class ExtractionJson
{
    // Curly quotes and accents stay readable; the output is JSON Lines for programs, not HTML.
    private static readonly ExtractionJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(string file, Extraction extraction)
    {
        var article = extraction.Article;
        var dto = new ExtractionDto(
            file,
            article.Title,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            extraction.Mentions.Select(m => new MentionDto(m.Text, Lower(m.Type.ToString()), m.Span.Start, m.Span.End, m.Entity, m.Role)).ToList(),
            extraction.Times.Select(t => new TimeDto(t.Text, Lower(t.Type.ToString()), t.Value, t.Mod, t.Span.Start, t.Span.End)).ToList(),
            extraction.Quantities.Select(q => new QuantityDto(q.Text, q.Value, q.Unit, q.Span.Start, q.Span.End)).ToList());
        return JsonSerializer.Serialize(dto, Context.ExtractionDto);
    }

    private static string Lower(string name) => name.ToLowerInvariant();
}
