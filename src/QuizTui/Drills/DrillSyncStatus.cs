namespace QuizTui.Drills;

/// <summary>How a student's <see cref="DrillSync"/> went.</summary>
public enum DrillSyncStatus
{
    /// <summary>The released review is in the student's progress.</summary>
    Synced,

    /// <summary>The drill has not ended: no key is released while it may still run.</summary>
    NotEnded,

    /// <summary>Ended, but no review for this student: nothing answered, or the teacher's side has not published yet.</summary>
    NotReleased,

    NoSuchDrill,
}
