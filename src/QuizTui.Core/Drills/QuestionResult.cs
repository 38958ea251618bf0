namespace QuizTui.Core.Drills;

/// <summary>How the class did on one question.</summary>
/// <param name="Number">1-based, in the drill's order.</param>
/// <param name="Graded">Answers graded so far (the percent's denominator).</param>
/// <param name="Distribution">Every answer given with its count, most given first.</param>
/// <param name="MostChosenWrong">The wrong answer given most often, if any.</param>
/// <param name="Discrimination">Top third minus bottom third (see <see cref="Drills.Discrimination"/>); null with fewer than three students.</param>
public sealed record QuestionResult(
    int Number,
    string Id,
    string Prompt,
    int Answered,
    int Graded,
    int Right,
    IReadOnlyList<ChoiceCount> Distribution,
    string? MostChosenWrong,
    double? Discrimination)
{
    /// <summary>Right answers as a share of graded ones, 0–100; null before any is graded.</summary>
    public double? PercentCorrect => Graded == 0 ? null : 100.0 * Right / Graded;
}
