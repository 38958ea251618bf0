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

    /// <summary>
    /// Grades every ungraded answer, then reads the figures. While the drill runs the verdicts stay in this process
    /// (a write of the host's would wait behind the whole class's answers for the store's one writer, and the view with
    /// it); they are stored at the first refresh once the drill is paused or ended. Nothing is lost if the host stops
    /// first: a verdict is always the same function of the stored raw answer and key, and the report grades again.
    /// </summary>
    public DrillSnapshot Refresh(DateTimeOffset now)
    {
        var control = store.Control(Drill.Name);
        IReadOnlyList<DrillAnswer> answers = control.Phase == DrillPhase.Running
            ? [.. store.Answers(Drill.Name).Select(a => a.IsGraded ? a : InMemory(a))]
            : DrillGrader.GradePending(store, Drill);
        var students = store.Students(Drill.Name);
        return new DrillSnapshot(
            control,
            students,
            DrillResults.Compute(Drill.Paper(), students, answers),
            now,
            answers.Count == 0 ? null : answers.Max(a => a.AnsweredAt),
            answers);
    }

    /// <summary>Every answer, graded: pending ones are graded and stored now, whatever the phase (the report's path).</summary>
    public IReadOnlyList<DrillAnswer> GradeAll() => DrillGrader.GradePending(store, Drill);

    private DrillAnswer InMemory(DrillAnswer answer)
    {
        var key = (answer.Account, answer.QuestionId);
        if (!verdicts.TryGetValue(key, out var graded))
        {
            // An answer is given once and never changed, so its verdict under this drill's keys is kept.
            graded = Drill.Find(answer.QuestionId) is { } question ? DrillGrading.Grade(question, answer) : answer;
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
