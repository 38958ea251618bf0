namespace QuizTui.Tui.Input;

/// <summary>
/// Lets Terminal.Gui's main loop sleep until input arrives instead of for a fixed share of a second: the input
/// thread raises it, the loop waits on it at the start of each iteration (with a time-out, so timers still run).
/// </summary>
internal sealed class InputSignal : IDisposable
{
    private readonly ManualResetEventSlim arrived = new(false);

    public void Raise() => arrived.Set();

    /// <summary>Waits until input has arrived since the last wait, or <paramref name="timeout"/> passes.</summary>
    public void Wait(TimeSpan timeout)
    {
        arrived.Wait(timeout);
        arrived.Reset();
    }

    public void Dispose() => arrived.Dispose();
}
