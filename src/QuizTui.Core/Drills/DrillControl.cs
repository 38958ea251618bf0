namespace QuizTui.Core.Drills;

/// <summary>The host's controls as stored, so every student's process sees them.</summary>
/// <param name="Released">How many questions (in the student's order) may be answered: all once started, unless host-paced, where "next" adds one.</param>
/// <param name="Changed">When the host last pressed a control.</param>
public sealed record DrillControl(DrillPhase Phase, int Released, DateTimeOffset Changed)
{
    public static DrillControl Initial(DateTimeOffset now) => new(DrillPhase.Waiting, 0, now);

    public bool AcceptsAnswers => Phase == DrillPhase.Running;

    /// <summary>The control after a host command; pure, so the host view and the CLI agree.</summary>
    public DrillControl Apply(DrillCommand command, int questionCount, bool hostPaced, DateTimeOffset now) => command switch
    {
        DrillCommand.Start => this with { Phase = DrillPhase.Running, Released = hostPaced ? Math.Max(Released, 1) : questionCount, Changed = now },
        DrillCommand.Pause => Phase == DrillPhase.Running ? this with { Phase = DrillPhase.Paused, Changed = now } : this,
        DrillCommand.Next => Phase == DrillPhase.Ended ? this : this with { Phase = DrillPhase.Running, Released = Math.Min(questionCount, Released + 1), Changed = now },
        DrillCommand.End => this with { Phase = DrillPhase.Ended, Changed = now },
        _ => this,
    };
}
