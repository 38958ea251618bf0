namespace QuizTui.Core.Progress;

/// <summary>The learner's progress at one moment.</summary>
/// <param name="Right">Answers judged correct or close, or overridden.</param>
/// <param name="StreakDays">Consecutive days with at least one answer, ending today (or yesterday, if not yet today).</param>
/// <param name="DueForecast">Questions falling due on each of the next 14 days; today includes the overdue.</param>
/// <param name="Weakest">Articles with the lowest share right (at least three answers), worst first.</param>
public sealed record ProgressStats(
    DateOnly Today,
    int Answered,
    int Right,
    IReadOnlyList<TypeAccuracy> ByType,
    int StreakDays,
    int DueNow,
    IReadOnlyList<DayCount> DueForecast,
    IReadOnlyList<ArticleAccuracy> Weakest);
