namespace QuizTui.Drills.Json;

/// <summary>A student's released drill review as stored for that student (<see cref="Core.Drills.DrillReview"/>).</summary>
/// <param name="Format">Always "quiztui-drill-review".</param>
public sealed record DrillReviewJson(string Format, int Version, string Drill, DateTimeOffset DrillCreated, string Account, IReadOnlyList<DrillReviewItemJson> Items)
{
    public const string Kind = "quiztui-drill-review";
    public const int CurrentVersion = 1;
}
