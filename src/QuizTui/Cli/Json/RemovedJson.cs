namespace QuizTui.Cli.Json;

internal sealed record RemovedJson(string Text, int Start, int End, string? Reason);
