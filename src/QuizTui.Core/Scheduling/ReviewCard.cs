namespace QuizTui.Core.Scheduling;

/// <summary>The FSRS memory state of one question after its last review.</summary>
/// <param name="Due">When the question should come back.</param>
/// <param name="Stability">Days until recall probability falls to 90%.</param>
/// <param name="Difficulty">From 1 (easy) to 10 (hard).</param>
/// <param name="ElapsedDays">Calendar days (UTC) between the last two reviews.</param>
/// <param name="ScheduledDays">Whole days from the last review to <paramref name="Due"/> (0 while in learning steps).</param>
/// <param name="LearningSteps">Index of the current (re)learning step.</param>
/// <example>
/// <code>
/// var card = ReviewCard.New(now);
/// card = FsrsScheduler.Default.Next(card, now, Grade.Good); // Learning, due in 10 minutes
/// </code>
/// </example>
public sealed record ReviewCard(
    DateTimeOffset Due,
    double Stability,
    double Difficulty,
    int ElapsedDays,
    int ScheduledDays,
    int Reps,
    int Lapses,
    int LearningSteps,
    CardState State,
    DateTimeOffset? LastReview)
{
    /// <summary>A question never reviewed, due at once.</summary>
    public static ReviewCard New(DateTimeOffset now) => new(now, 0, 0, 0, 0, 0, 0, 0, CardState.New, null);
}
