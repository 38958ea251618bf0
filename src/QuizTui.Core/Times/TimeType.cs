namespace QuizTui.Core.Times;

/// <summary>TIMEX3 types.</summary>
public enum TimeType
{
    Date,
    Time,
    Duration,
    Set,
}
