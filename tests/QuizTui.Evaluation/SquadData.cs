using System.Text.Json;

namespace QuizTui.Evaluation;

/// <summary>SQuAD v1.1 dev (first part) from the evaluation data folder.</summary>
internal static class SquadData
{
    /// <summary>
    /// Each paragraph with its article's title (underscores as spaces). The elements live as long as the
    /// enumeration: read what you need from one before moving on.
    /// </summary>
    public static IEnumerable<(string Title, JsonElement Paragraph)> Paragraphs(EvaluationContext context)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(context.DataDirectory, "squad-dev-part1.json")));
        foreach (var article in document.RootElement.GetProperty("data").EnumerateArray())
        {
            var title = article.GetProperty("title").GetString()!.Replace('_', ' ');
            foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
            {
                yield return (title, paragraph);
            }
        }
    }
}
