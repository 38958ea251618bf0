namespace QuizTui.Cli.Json;

internal sealed record SentenceJson(string Text, int Start, int End);
