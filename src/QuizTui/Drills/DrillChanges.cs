using QuizTui.Core.Drills;

namespace QuizTui.Drills;

/// <summary>
/// What the host view reads each refresh, in one round trip: the controls, who joined, and the answers stored or changed
/// since the cursor it passed (all of them for cursor 0).
/// </summary>
/// <param name="Cursor">What to pass next time to get only later answers (opaque: a row id in SQLite, a transaction horizon in PostgreSQL).</param>
public sealed record DrillChanges(DrillControl Control, IReadOnlyList<DrillStudent> Students, IReadOnlyList<DrillAnswer> Answers, long Cursor);
