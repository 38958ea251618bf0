namespace QuizTui.Cli.Json;

internal sealed record ParagraphJson(string Text, int Start, int End, IReadOnlyList<SentenceJson> Sentences);
