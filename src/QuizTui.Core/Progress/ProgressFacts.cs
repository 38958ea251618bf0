namespace QuizTui.Core.Progress;

/// <summary>The raw history the statistics are computed from.</summary>
/// <param name="DueDates">When each scheduled question falls due.</param>
public sealed record ProgressFacts(IReadOnlyList<AttemptFact> Attempts, IReadOnlyList<DateTimeOffset> DueDates);
