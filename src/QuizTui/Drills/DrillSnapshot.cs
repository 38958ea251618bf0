using QuizTui.Core.Drills;

namespace QuizTui.Drills;

/// <summary>What the host view shows at one moment: the controls, who joined, and the figures (the report's own).</summary>
/// <param name="Taken">When the store was read.</param>
/// <param name="LatestAnswer">When the newest answer was given, if any (for the refresh-latency check).</param>
/// <param name="Answers">The answers the figures were computed from, graded.</param>
public sealed record DrillSnapshot(DrillControl Control, IReadOnlyList<DrillStudent> Joined, DrillResults Results, DateTimeOffset Taken, DateTimeOffset? LatestAnswer, IReadOnlyList<DrillAnswer> Answers);
