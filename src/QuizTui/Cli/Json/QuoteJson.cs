namespace QuizTui.Cli.Json;

internal sealed record QuoteJson(string Text, string? Speaker, int Start, int End);
