namespace QuizTui.Core.Progress;

/// <summary>A count on one calendar day.</summary>
public sealed record DayCount(DateOnly Day, int Count);
