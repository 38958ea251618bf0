namespace QuizTui.Tui.Drills;

/// <summary>Time spent on the question on screen, counted only while the drill runs (a pause stops it).</summary>
internal sealed class QuestionClock(TimeProvider clock)
{
    private TimeSpan before;
    private DateTimeOffset? since;

    public TimeSpan Spent => before + (since is { } s ? clock.GetUtcNow() - s : TimeSpan.Zero);

    public bool IsRunning => since is not null;

    /// <summary>A new question, running: from zero, or from the time already spent on it before a reconnect.</summary>
    public void Restart(TimeSpan spent = default)
    {
        before = spent < TimeSpan.Zero ? TimeSpan.Zero : spent;
        since = clock.GetUtcNow();
    }

    public void Stop()
    {
        before = Spent;
        since = null;
    }

    public void Resume() => since ??= clock.GetUtcNow();
}
