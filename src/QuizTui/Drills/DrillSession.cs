using QuizTui.Core.Drills;

namespace QuizTui.Drills;

/// <summary>
/// A student taking a drill (what <c>quiztui drill take</c> drives): joined as the store's account, the questions in the
/// student's own order, the next unanswered one, each answer committed as given. Joining again resumes where the student
/// left off; an answered question is never offered or accepted again. Holds no key.
/// </summary>
/// <example>
/// <code>
/// using var store = DrillStores.Open(db, DrillRole.Student);
/// var session = DrillSession.Join(store, "week-12", "Sam", now);
/// while (session.Next() is { } question) { ... session.Submit(question.Id, "B text", taken, clock()); }
/// </code>
/// </example>
public sealed class DrillSession
{
    private readonly IDrillStore store;
    private readonly HashSet<string> answered;

    private DrillSession(IDrillStore store, DrillPaper paper, DrillStudent student, IEnumerable<string> answered)
    {
        this.store = store;
        Paper = paper;
        Student = student;
        Order = DrillOrder.ForStudent(paper, student.Account);
        this.answered = new HashSet<string>(answered, StringComparer.Ordinal);
    }

    public DrillPaper Paper { get; }

    public DrillStudent Student { get; }

    /// <summary>The questions in the order this student gets them (the same on every resume).</summary>
    public IReadOnlyList<DrillQuestionView> Order { get; }

    public int AnsweredCount => answered.Count;

    public bool Finished => answered.Count >= Order.Count;

    /// <summary>Joins (or rejoins) the drill; null if there is no drill of that name.</summary>
    public static DrillSession? Join(IDrillStore store, string drill, string? displayName, DateTimeOffset now)
    {
        if (store.LoadPaper(drill) is not { } paper)
        {
            return null;
        }

        var student = store.Join(drill, displayName, now);
        store.Warm(drill);
        return new DrillSession(store, paper, student, store.Answers(drill).Select(a => a.QuestionId));
    }

    /// <summary>The host's controls now (read from the store each time: the host may have paused or ended).</summary>
    public DrillControl Control() => store.Control(Paper.Name);

    /// <summary>The first question in this student's order not yet answered and released by the host; null when none is open.</summary>
    public DrillQuestionView? Next(DrillControl? control = null)
    {
        control ??= Control();
        return Order.Take(control.Released).FirstOrDefault(q => !answered.Contains(q.Id));
    }

    /// <summary>
    /// When this student was first shown the question (now, the first time; the stored time after a reconnect): a
    /// countdown runs from there, so leaving and coming back never gives fresh time.
    /// </summary>
    public DateTimeOffset Shown(string questionId, DateTimeOffset now) => store.Shown(Paper.Name, questionId, now);

    /// <summary>Commits the raw answer (a choice's text, or what was typed; "" when the time ran out).</summary>
    public SubmitResult Submit(string questionId, string answer, TimeSpan taken, DateTimeOffset now)
    {
        var result = store.Submit(Paper.Name, questionId, answer, Math.Max(0, taken.TotalSeconds), now);
        if (result is SubmitResult.Recorded or SubmitResult.AlreadyAnswered)
        {
            answered.Add(questionId);
        }

        return result;
    }

    /// <summary>This student's own answers with the host's verdicts so far.</summary>
    public IReadOnlyList<DrillAnswer> MyAnswers() => store.Answers(Paper.Name);

    /// <summary>Once the drill has ended: keeps this student's released review in their own progress (<see cref="DrillSync"/>).</summary>
    public DrillSyncResult Sync(Storage.ProgressService progress, DateTimeOffset now) => DrillSync.Run(store, progress, Paper.Name, now);
}
