namespace QuizTui.Core.Scheduling;

/// <summary>FSRS-6 settings: the 21 model weights and the scheduler's options.</summary>
/// <param name="Weights">w0..w20; w20 is the forgetting curve's decay.</param>
/// <param name="RequestRetention">Recall probability at which a question falls due.</param>
/// <param name="MaximumInterval">Longest interval in days.</param>
/// <param name="LearningSteps">Steps for a new question, as in Anki ("1m", "10m").</param>
/// <param name="RelearningSteps">Steps after a lapse.</param>
public sealed record FsrsParameters(
    IReadOnlyList<double> Weights,
    double RequestRetention,
    int MaximumInterval,
    IReadOnlyList<TimeSpan> LearningSteps,
    IReadOnlyList<TimeSpan> RelearningSteps)
{
    /// <summary>
    /// The published FSRS-6 defaults (open-spaced-repetition benchmark), retention 0.9, learning steps 1m/10m,
    /// relearning step 10m, short-term (same-day) scheduling on, no fuzz: the settings of ts-fsrs 5.4.2.
    /// </summary>
    public static FsrsParameters Default { get; } = new(
        [
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        ],
        0.9,
        36500,
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)],
        [TimeSpan.FromMinutes(10)]);
}
