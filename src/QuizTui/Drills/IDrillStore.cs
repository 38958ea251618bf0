using QuizTui.Core.Drills;

namespace QuizTui.Drills;

/// <summary>
/// Where drills, their students and their answers are kept: SQLite for a class on one machine
/// (<see cref="SqliteDrillStore"/>), PostgreSQL for a school (<see cref="PostgresDrillStore"/>); the same contract
/// and the same test suite for both. Every write is its own committed transaction.
/// <para>
/// A store is opened as the teacher or as a student (<see cref="DrillRole"/>). Opened as a student it never reads
/// a key: the members marked "teacher" throw <see cref="DrillAccessException"/>, and in PostgreSQL the database
/// itself refuses (grants and row-level security). Not thread-safe: one instance per thread.
/// </para>
/// </summary>
public interface IDrillStore : IDisposable
{
    /// <summary>What it was opened on (a file path, or the connection string without its password), for messages.</summary>
    string Location { get; }

    DrillRole Role { get; }

    /// <summary>Who this connection answers as: the OS account (SQLite) or the database role (PostgreSQL).</summary>
    string Account { get; }

    /// <summary>Teacher: adds the drill or replaces its questions, keys and settings. Answers stay attached by question id.</summary>
    void SaveDrill(Drill drill);

    /// <summary>Teacher: the whole drill with its keys; null if there is none of that name.</summary>
    Drill? LoadDrill(string name);

    /// <summary>Teacher: deletes the drill with its students and answers; false if there was none.</summary>
    bool DeleteDrill(string name);

    /// <summary>The names of the drills in the store, alphabetically.</summary>
    IReadOnlyList<string> DrillNames();

    /// <summary>The drill as a student sees it (no keys); null if there is none of that name.</summary>
    DrillPaper? LoadPaper(string name);

    /// <summary>The host's controls as last stored (<see cref="DrillControl.Initial"/> before any).</summary>
    DrillControl Control(string drill);

    /// <summary>Teacher: stores the host's controls so every student's process sees them.</summary>
    void SetControl(string drill, DrillControl control);

    /// <summary>Joins <see cref="Account"/> to the drill, or updates only the display name of its own record (idempotent).</summary>
    DrillStudent Join(string drill, string? displayName, DateTimeOffset now);

    IReadOnlyList<DrillStudent> Students(string drill);

    /// <summary>
    /// Records <see cref="Account"/>'s raw answer, once: a second answer to the same question is refused and the first
    /// stands; refused too while the drill is not running. Nothing is graded here (the student side has no key).
    /// </summary>
    SubmitResult Submit(string drill, string questionId, string answer, double seconds, DateTimeOffset now);

    /// <summary>
    /// When <see cref="Account"/> was first shown the question: stored by the first call, returned unchanged by every
    /// later one, so a student who reconnects keeps the countdown they had rather than a fresh one.
    /// </summary>
    DateTimeOffset Shown(string drill, string questionId, DateTimeOffset now);

    /// <summary>
    /// Runs the answer path once without recording anything (the connection, the statements, the code), so the
    /// first real answer costs what every later one does. Called when a student joins.
    /// </summary>
    void Warm(string drill);

    /// <summary>The drill's answers: every student's for the teacher, only <see cref="Account"/>'s own for a student.</summary>
    IReadOnlyList<DrillAnswer> Answers(string drill);

    /// <summary>
    /// Teacher: the controls, the students and the answers given (or, in PostgreSQL, changed) since <paramref name="cursor"/>
    /// in one read, for the host view's refresh: it reads each answer about once instead of every answer every time. An
    /// answer may come again in a later call (the host keeps the latest by account and question); none is ever missed.
    /// </summary>
    DrillChanges Changes(string drill, long cursor);

    /// <summary>Teacher: stores verdicts (result and accepted flag) for answers, keyed by account and question.</summary>
    void SaveGrades(string drill, IReadOnlyList<DrillAnswer> graded);

    /// <summary>
    /// Teacher, once the drill has ended: replaces the drill's released reviews, one per student, each readable only by
    /// that student (in PostgreSQL by row-level security; in SQLite by the account the student's process gives, see the
    /// README's limits). Refused while the drill has not ended, so no key reaches a student's process while it runs.
    /// </summary>
    void PublishReviews(string drill, IReadOnlyList<DrillReview> reviews);

    /// <summary>
    /// <see cref="Account"/>'s own released review of the drill, with the keys of the questions answered; null while the
    /// drill has not ended or before the teacher's side has published it. Restarting an ended drill withdraws the reviews.
    /// </summary>
    DrillReview? Review(string drill);

    /// <summary>The drills, by name, in which <see cref="Account"/> has a released review (ended drills only).</summary>
    IReadOnlyList<string> Released();
}
