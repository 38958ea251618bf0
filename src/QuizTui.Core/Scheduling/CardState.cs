namespace QuizTui.Core.Scheduling;

/// <summary>Where a card stands in FSRS's learning cycle (values as in FSRS).</summary>
public enum CardState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}
