using System.Text.Json.Serialization;
using QuizTui.Core.Summaries;

namespace QuizTui.Cli.Json;

/// <summary>The <c>summarize --json</c> contract: one object per file.</summary>
internal sealed record SummaryJson(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("headline")] SummarySentenceJson? Headline,
    [property: JsonPropertyName("sentences")] IReadOnlyList<SummarySentenceJson> Sentences,
    [property: JsonPropertyName("keyFacts")] KeyFactsJson KeyFacts)
{
    public static SummaryJson From(string file, Summary summary, KeyFacts facts) => new(
        file,
        summary.Headline is { } h ? SummarySentenceJson.From(h) : null,
        [.. summary.Sentences.Select(SummarySentenceJson.From)],
        new KeyFactsJson(
            [.. facts.Who.Select(p => new KeyPersonJson(p.Name, p.Role))],
            facts.What,
            facts.Where,
            [.. facts.When.Select(d => new KeyDateJson(d.Value, d.Text))]));
}

internal sealed record SummarySentenceJson(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("paragraph")] int Paragraph)
{
    public static SummarySentenceJson From(SummarySentence s) => new(s.Text, s.Span.Start, s.Span.End, s.Paragraph);
}

internal sealed record KeyFactsJson(
    [property: JsonPropertyName("who")] IReadOnlyList<KeyPersonJson> Who,
    [property: JsonPropertyName("what")] string? What,
    [property: JsonPropertyName("where")] IReadOnlyList<string> Where,
    [property: JsonPropertyName("when")] IReadOnlyList<KeyDateJson> When);

internal sealed record KeyPersonJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string? Role);

internal sealed record KeyDateJson(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("text")] string Text);
