namespace QuizTui.Core.Drills;

/// <summary>The host's controls.</summary>
public enum DrillCommand
{
    /// <summary>Opens the drill (or resumes it after a pause).</summary>
    Start,

    Pause,

    /// <summary>Host-paced drills: releases the next question.</summary>
    Next,

    End,
}
