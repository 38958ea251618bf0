using QuizTui.Core.Drills;
using QuizTui.Core.Scheduling;

namespace QuizTui.Drills;

/// <summary>
/// The teacher's side of a live drill (what <c>quiztui drill host</c> drives): grades answers as they arrive, gives a
/// snapshot for the live view, and stores the controls (start, pause, next, end) where the students' processes read them.
/// Call <see cref="Refresh"/> on a timer (every 250–500 ms keeps the view within a second of an answer).
/// </summary>
public sealed class DrillHost(IDrillStore store, Drill drill)
{
    public Drill Drill { get; private set; } = drill;

    /// <summary>Opens the host on a stored drill; null if there is none of that name.</summary>
    public static DrillHost? Open(IDrillStore store, string name) => store.LoadDrill(name) is { } drill ? new DrillHost(store, drill) : null;

    private readonly Dictionary<(string Account, string QuestionId), DrillAnswer> verdicts = [];

    // The answers as stored, kept up to date from what changed since the last refresh (IDrillStore.Changes).
    private readonly Dictionary<(string Account, string QuestionId), DrillAnswer> stored = [];
    private long cursor;

    /// <summary>
    /// Reads what changed since the last refresh (the controls, who joined, new answers: one read, not every answer
    /// again), grades, and computes the figures from every answer so far. While the drill runs the verdicts stay in this
    /// process (a write of the host's would wait behind the whole class's answers for the store's one writer, and the
    /// view with it); they are stored at the first refresh once the drill is paused or ended. Nothing is lost if the host
    /// stops first: a verdict is always the same function of the stored raw answer and key, and the report grades again.
    /// </summary>
    public DrillSnapshot Refresh(DateTimeOffset now)
    {
        var changes = store.Changes(Drill.Name, cursor);
        if (cursor == 0)
        {
            stored.Clear();
        }

        // Only while the drill runs are the reads incremental. Outside it they are whole, as before: few, and a ruling
        // (`drill accept`, another process) may have changed stored verdicts, which SQLite's cursor does not see.
        cursor = changes.Control.Phase == DrillPhase.Running ? changes.Cursor : 0;
        foreach (var answer in changes.Answers)
        {
            stored[(answer.Account, answer.QuestionId)] = answer;
        }

        if (changes.Control.Phase != DrillPhase.Running)
        {
            var graded = stored.Values.Where(a => !a.IsGraded).Select(Grade).Where(a => a.IsGraded).ToList();
            store.SaveGrades(Drill.Name, graded);
            foreach (var answer in graded)
            {
                stored[(answer.Account, answer.QuestionId)] = answer;
            }
        }

        IReadOnlyList<DrillAnswer> answers = [.. Ordered(stored.Values.Select(a => a.IsGraded ? a : InMemory(a)))];
        return new DrillSnapshot(
            changes.Control,
            changes.Students,
            DrillResults.Compute(Drill.Paper(), changes.Students, answers),
            now,
            answers.Count == 0 ? null : answers.Max(a => a.AnsweredAt),
            answers);
    }

    /// <summary>Every answer, graded: pending ones are graded and stored now, whatever the phase (the report's path).</summary>
    public IReadOnlyList<DrillAnswer> GradeAll() => DrillGrader.GradePending(store, Drill);

    /// <summary>The order every reader of answers uses (the figures must not depend on which read produced them).</summary>
    internal static IEnumerable<DrillAnswer> Ordered(IEnumerable<DrillAnswer> answers) =>
        answers.OrderBy(a => a.AnsweredAt).ThenBy(a => a.Account, StringComparer.Ordinal).ThenBy(a => a.QuestionId, StringComparer.Ordinal);

    private DrillAnswer Grade(DrillAnswer answer) => Drill.Find(answer.QuestionId) is { } question ? DrillGrading.Grade(question, answer) : answer;

    private DrillAnswer InMemory(DrillAnswer answer)
    {
        var key = (answer.Account, answer.QuestionId);
        if (!verdicts.TryGetValue(key, out var graded))
        {
            // An answer is given once and never changed, so its verdict under this drill's keys is kept.
            graded = Grade(answer);
            verdicts[key] = graded;
        }

        return graded;
    }

    /// <summary>
    /// Applies a control and stores it; returns the new controls. Ending the drill (again) then releases each student's
    /// graded review with the keys (<see cref="IDrillStore.PublishReviews"/>): only after the end is stored.
    /// </summary>
    public DrillControl Apply(DrillCommand command, DateTimeOffset now)
    {
        var control = store.Control(Drill.Name).Apply(command, Drill.Questions.Count, Drill.Settings.HostPaced, now);
        store.SetControl(Drill.Name, control);
        if (control.Phase == DrillPhase.Ended)
        {
            DrillRelease.Publish(store, Drill);
        }

        return control;
    }

    /// <summary>Each student's review schedule for each answered question (due dates follow rulings).</summary>
    public IReadOnlyList<(string Account, string QuestionId, ReviewCard Card)> Schedules(FsrsScheduler? scheduler = null) =>
        DrillGrader.Schedules(store, Drill, scheduler ?? FsrsScheduler.Default);
}
