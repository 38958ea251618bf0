using System.Text.Json;
using QuizTui.Core.Drills;
using QuizTui.Storage;

namespace QuizTui.Drills.Json;

/// <summary>Between drills and their JSON: the export file, the teacher's stored copy, the students' paper.</summary>
public static class DrillDocuments
{
    public static string Serialize(Drill drill) => JsonSerializer.Serialize(
        new DrillDocument(DrillDocument.Kind, DrillDocument.CurrentVersion, new DrillJson(
            drill.Name,
            drill.Settings,
            drill.Locked,
            drill.Created,
            drill.Articles,
            [.. drill.Questions.Select(ToJson)])),
        DrillJsonContext.Default.DrillDocument);

    /// <summary>The drill in <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">Not a drill document, a newer version, or damaged; the message says which.</exception>
    public static Drill Deserialize(string json)
    {
        DrillDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, DrillJsonContext.Default.DrillDocument);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a QuizTui drill file ({e.Message})", e);
        }

        if (document is null || document.Format != DrillDocument.Kind || document.Drill is null)
        {
            throw new FormatException("not a QuizTui drill file (no \"format\": \"quiztui-drill\")");
        }

        if (document.Version > DrillDocument.CurrentVersion)
        {
            throw new FormatException($"a drill file of version {document.Version}, written by a newer QuizTui (this one reads up to {DrillDocument.CurrentVersion})");
        }

        var d = document.Drill;
        if (string.IsNullOrWhiteSpace(d.Name) || d.Questions is null || d.Articles is null || d.Settings is null)
        {
            throw new FormatException("a damaged drill file (name, settings, articles or questions missing)");
        }

        return new Drill(
            d.Name,
            d.Settings,
            d.Articles,
            [.. d.Questions.Select(FromJson)],
            d.Locked,
            d.Created);
    }

    public static string SerializeReview(DrillReview review) => JsonSerializer.Serialize(
        new DrillReviewJson(DrillReviewJson.Kind, DrillReviewJson.CurrentVersion, review.Drill, review.DrillCreated, review.Account, [.. review.Items.Select(i => new DrillReviewItemJson(ToJson(i.Question), i.Article, i.Answer))]),
        DrillJsonContext.Default.DrillReviewJson);

    /// <summary>The review in <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">Not a review, a newer version, or damaged.</exception>
    public static DrillReview DeserializeReview(string json)
    {
        DrillReviewJson? document;
        try
        {
            document = JsonSerializer.Deserialize(json, DrillJsonContext.Default.DrillReviewJson);
        }
        catch (JsonException e)
        {
            throw new FormatException($"a damaged drill review ({e.Message})", e);
        }

        if (document is null || document.Format != DrillReviewJson.Kind || document.Items is null)
        {
            throw new FormatException("a damaged drill review");
        }

        if (document.Version > DrillReviewJson.CurrentVersion)
        {
            throw new FormatException($"a drill review of version {document.Version}, written by a newer QuizTui (this one reads up to {DrillReviewJson.CurrentVersion})");
        }

        return new DrillReview(document.Drill, document.DrillCreated, document.Account, [.. document.Items.Select(i => new DrillReviewItem(FromJson(i.Question), i.Article, i.Answer))]);
    }

    public static string SerializePaper(DrillPaper paper) => JsonSerializer.Serialize(paper, DrillJsonContext.Default.DrillPaper);

    public static DrillPaper DeserializePaper(string json) =>
        JsonSerializer.Deserialize(json, DrillJsonContext.Default.DrillPaper) ?? throw new FormatException("damaged drill paper");

    private static DrillQuestionJson ToJson(DrillQuestion q) => new(QuestionPayload.From(q.Question), q.ArticleHash, q.Own, q.Edited, q.Ruled);

    private static DrillQuestion FromJson(DrillQuestionJson q) => new(q.Question.ToQuestion(), q.ArticleHash, q.Own, q.Edited, q.Ruled);
}
