namespace QuizTui.Core.Scheduling;

/// <summary>How well a question was recalled, on FSRS's four-point scale (values as in FSRS).</summary>
public enum Grade
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
