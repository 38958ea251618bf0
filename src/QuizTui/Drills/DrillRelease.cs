using QuizTui.Core.Drills;

namespace QuizTui.Drills;

/// <summary>
/// The teacher side's release of the keys after a drill: each student gets their own graded review (the questions they
/// answered, with keys, evidence and verdicts after rulings), which their <c>drill sync</c> imports into their progress.
/// Nothing is released while the drill has not ended.
/// </summary>
internal static class DrillRelease
{
    /// <summary>Grades what is pending and publishes every student's review, if the drill has ended; returns how many.</summary>
    public static int Publish(IDrillStore store, Drill drill)
    {
        if (store.Control(drill.Name).Phase != DrillPhase.Ended)
        {
            return 0;
        }

        var answers = DrillGrader.GradePending(store, drill);
        var reviews = answers
            .Select(a => a.Account)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(account => DrillReview.For(drill, account, answers))
            .ToList();
        store.PublishReviews(drill.Name, reviews);
        return reviews.Count;
    }
}
