namespace QuizTui.Core.Times;

/// <summary>A recognised expression: token range [Start, End) with its meaning and TIMEX3 mod.</summary>
internal readonly record struct TimexMatch(int Start, int End, TimeMeaning Meaning, string? Mod);
