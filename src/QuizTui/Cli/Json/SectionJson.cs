namespace QuizTui.Cli.Json;

internal sealed record SectionJson(string? Heading, IReadOnlyList<ParagraphJson> Paragraphs);
