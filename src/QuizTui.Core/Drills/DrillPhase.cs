namespace QuizTui.Core.Drills;

/// <summary>Where a live drill stands, as the host's controls set it.</summary>
public enum DrillPhase
{
    /// <summary>Students may join; nobody may answer yet.</summary>
    Waiting,

    Running,

    /// <summary>Answers are refused until the host resumes.</summary>
    Paused,

    /// <summary>Over: answers are refused for good.</summary>
    Ended,
}
