namespace QuizTui.Core.Quizzes;

/// <summary>The outcome of a finished (or abandoned) quiz.</summary>
/// <param name="Right">Questions answered correctly or closely.</param>
/// <param name="Total">Questions in the quiz.</param>
/// <param name="Elapsed">Time from the first question being shown to the last answer.</param>
/// <param name="Breakdown">One row per question type asked, in the order of <see cref="Questions.QuestionType"/>.</param>
/// <param name="Missed">Answers that were wrong, skipped or timed out, in quiz order.</param>
public sealed record QuizResult(
    int Right,
    int Total,
    TimeSpan Elapsed,
    IReadOnlyList<TypeScore> Breakdown,
    IReadOnlyList<QuizAnswer> Missed,
    IReadOnlyList<QuizAnswer> Answers)
{
    /// <summary>Whole percent right, rounded half away from zero.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Right / Total, MidpointRounding.AwayFromZero);
}
