using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>Whether an answer reached the database; a failure is reported, never thrown.</summary>
/// <param name="AttemptId">The attempt's id (for "I was right"), when saved.</param>
/// <param name="Card">The question's schedule after the answer, when saved.</param>
/// <param name="Error">Why it was not saved (e.g. "the disk is full"), when not saved.</param>
public sealed record SaveResult(bool Saved, string? AttemptId, ReviewCard? Card, string? Error)
{
    public static SaveResult Ok(string attemptId, ReviewCard card) => new(true, attemptId, card, null);

    public static SaveResult NotSaved(string error) => new(false, null, null, error);
}
