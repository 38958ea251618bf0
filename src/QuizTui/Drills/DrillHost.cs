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

    /// <summary>Grades every ungraded answer, then reads the figures.</summary>
    public DrillSnapshot Refresh(DateTimeOffset now)
    {
        var answers = DrillGrader.GradePending(store, Drill);
        var students = store.Students(Drill.Name);
        return new DrillSnapshot(
            store.Control(Drill.Name),
            students,
            DrillResults.Compute(Drill.Paper(), students, answers),
            now,
            answers.Count == 0 ? null : answers.Max(a => a.AnsweredAt));
    }

    /// <summary>Applies a control and stores it; returns the new controls.</summary>
    public DrillControl Apply(DrillCommand command, DateTimeOffset now)
    {
        var control = store.Control(Drill.Name).Apply(command, Drill.Questions.Count, Drill.Settings.HostPaced, now);
        store.SetControl(Drill.Name, control);
        return control;
    }

    /// <summary>Each student's review schedule for each answered question (due dates follow rulings).</summary>
    public IReadOnlyList<(string Account, string QuestionId, ReviewCard Card)> Schedules(FsrsScheduler? scheduler = null) =>
        DrillGrader.Schedules(store, Drill, scheduler ?? FsrsScheduler.Default);
}
