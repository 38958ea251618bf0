using System.Text.Json;

namespace QuizTui.Storage;

/// <summary>The history as one JSON document (source-generated serialization).</summary>
internal static class HistoryJson
{
    public static string Write(HistoryDocument history) => JsonSerializer.Serialize(history, StorageJsonContext.Indented.HistoryDocument);

    /// <exception cref="JsonException">Not a QuizTui history document.</exception>
    public static HistoryDocument Read(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.HistoryDocument) is { Attempts: not null, Questions: not null, Articles: not null, Sessions: not null } history
            ? history
            : throw new JsonException("not a QuizTui history document");
}
