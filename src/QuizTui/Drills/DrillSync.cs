using QuizTui.Core.Drills;
using QuizTui.Storage;

namespace QuizTui.Drills;

/// <summary>
/// A student's side after a drill (<c>quiztui drill sync</c>, and <c>drill take</c> once the drill ends): reads the
/// student's own released review (only there once the drill has ended) and keeps it in the student's own progress
/// database, so missed questions come back in the trainer's review. Idempotent: a second sync adds nothing, and a
/// ruling made since changes the verdict and the schedule of the attempt already kept.
/// </summary>
/// <example>
/// <code>
/// using var drills = DrillStores.Open(db, DrillRole.Student);
/// using var progress = ProgressService.OpenOrCreate(DatabaseLocation.Resolve(null));
/// var result = DrillSync.Run(drills, progress, "week-12", now);   // result.Lines(): "Drill week-12: 7 of 10 right." ...
/// </code>
/// </example>
public static class DrillSync
{
    /// <summary>Every drill with a released review of this student's, each as <see cref="Run"/> does it.</summary>
    public static IReadOnlyList<DrillSyncResult> All(IDrillStore drills, ProgressService progress, DateTimeOffset now) =>
        [.. drills.Released().Select(name => Run(drills, progress, name, now))];

    public static DrillSyncResult Run(IDrillStore drills, ProgressService progress, string drill, DateTimeOffset now)
    {
        if (drills.LoadPaper(drill) is null)
        {
            return new DrillSyncResult(drill, DrillSyncStatus.NoSuchDrill);
        }

        if (drills.Control(drill).Phase != DrillPhase.Ended)
        {
            return new DrillSyncResult(drill, DrillSyncStatus.NotEnded);
        }

        if (drills.Review(drill) is not { Items.Count: > 0 } review)
        {
            return new DrillSyncResult(drill, DrillSyncStatus.NotReleased);
        }

        var merged = progress.ImportDrill(review);
        var dues = review.Items.Select(i => progress.Store.Card(i.Question.Id)?.Due).OfType<DateTimeOffset>().ToList();
        var due = dues.Count(d => d <= now);
        return new DrillSyncResult(drill, DrillSyncStatus.Synced, review, merged, due, due == 0 && dues.Count > 0 ? dues.Min() - now : null);
    }
}
