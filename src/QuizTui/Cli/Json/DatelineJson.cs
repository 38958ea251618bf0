namespace QuizTui.Cli.Json;

internal sealed record DatelineJson(string Text, string Place, int Start, int End);
