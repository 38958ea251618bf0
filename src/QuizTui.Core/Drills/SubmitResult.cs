namespace QuizTui.Core.Drills;

/// <summary>What became of a student's answer.</summary>
public enum SubmitResult
{
    /// <summary>Committed: it counts.</summary>
    Recorded,

    /// <summary>This student already answered this question; the first answer stands.</summary>
    AlreadyAnswered,

    /// <summary>The drill is not running (waiting, paused or ended) or the question is not released yet.</summary>
    NotOpen,

    /// <summary>No such drill or question, or the student has not joined.</summary>
    Unknown,
}
