namespace QuizTui.Core.Drills;

/// <summary>How a drill is run.</summary>
/// <param name="TimeLimitSeconds">Seconds per question (a countdown for students, the T of speed points); null = untimed.</param>
/// <param name="Shuffle">Each student gets the questions (and multiple-choice options) in their own seeded order.</param>
/// <param name="Seed">Seeds generation, the students' orders and the printed versions, so all are reproducible.</param>
/// <param name="SpeedPoints">Leaderboard in Kahoot points (faster right answers score more) rather than right answers only.</param>
/// <param name="HostPaced">Students may only reach the questions the host has released with "next"; otherwise all at start.</param>
public sealed record DrillSettings(int? TimeLimitSeconds = null, bool Shuffle = false, int Seed = 0, bool SpeedPoints = false, bool HostPaced = false)
{
    public static DrillSettings Default { get; } = new();
}
