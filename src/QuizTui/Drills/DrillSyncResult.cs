using System.Globalization;
using Humanizer;
using QuizTui.Core.Drills;
using QuizTui.Storage;

namespace QuizTui.Drills;

/// <summary>What a sync found and kept.</summary>
/// <param name="Review">The student's released review, when synced.</param>
/// <param name="Merged">What the progress store added or changed, when synced.</param>
/// <param name="DueNow">How many of the drill's questions are due for review at the sync's time.</param>
/// <param name="NextIn">When none is due: how long until the first one is.</param>
public sealed record DrillSyncResult(string Drill, DrillSyncStatus Status, DrillReview? Review = null, MergeResult? Merged = null, int DueNow = 0, TimeSpan? NextIn = null)
{
    /// <summary>What to tell the student, a sentence a line (the CLI prints it; <c>drill take</c> shows it).</summary>
    public IReadOnlyList<string> Lines() => Status switch
    {
        DrillSyncStatus.NotEnded => [$"Drill {Drill} has not ended yet: your answers are kept. Run quiztui drill sync {Drill} once your teacher has ended it."],
        DrillSyncStatus.NotReleased => [$"Drill {Drill} has ended, but no graded answers of yours are released yet (none given, or not published by your teacher's side)."],
        DrillSyncStatus.NoSuchDrill => [$"There is no drill named {Drill}."],
        _ => Synced(Review!, Merged!),
    };

    private List<string> Synced(DrillReview review, MergeResult merged)
    {
        var lines = new List<string>
        {
            $"Drill {Drill}: {review.Right} of {review.Items.Count} right.",
            (merged.Added, merged.Changed) switch
            {
                (0, 0) => "Already in your progress; nothing changed since the last sync.",
                (0, var c) => $"Already in your progress; {Answers(c)} changed by your teacher's rulings.",
                (var a, 0) => $"Added to your progress: {Answers(a)}.",
                (var a, var c) => $"Added to your progress: {Answers(a)}; {Answers(c)} changed by your teacher's rulings.",
            },
            (DueNow, NextIn) switch
            {
                (0, { } next) => $"The first review is due in {Later(next)}: then open quiztui and press Ctrl+R (Review due).",
                (0, null) => "Nothing is scheduled for review.",
                (1, _) => "1 question is due for review now: open quiztui and press Ctrl+R (Review due).",
                (var n, _) => $"{n} questions are due for review now: open quiztui and press Ctrl+R (Review due).",
            },
        };
        lines.AddRange(review.Missed.Select(i => $"Missed: {i.Question.Question.Prompt} → {i.Question.Question.Answer} (you: {(i.Answer.Answer.Length == 0 ? "no answer" : i.Answer.Answer)})"));
        return lines;
    }

    /// <summary>"1 minute", "3 days": rounded up to a whole minute, so a review due in seconds is not "no time".</summary>
    private static string Later(TimeSpan next) =>
        TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(next.TotalMinutes))).Humanize(culture: CultureInfo.InvariantCulture, minUnit: TimeUnit.Minute);

    private static string Answers(int n) => n == 1 ? "1 answer" : $"{n} answers";
}
