using System.Collections.Concurrent;
using Terminal.Gui.Drivers;

namespace QuizTui.Tui.Input;

/// <summary>
/// Terminal.Gui's ANSI input with a faster read loop. Its own loop (InputImpl.Run in 2.5.0) looks for input, then
/// sleeps 20 ms, so a key waited 10 ms on average and up to 20 ms before the program saw it. This loop blocks in
/// poll(2) on standard input until a byte arrives, and hands it over at once; the terminal set-up, reading and
/// restoring stay <see cref="AnsiInput"/>'s. Each arrival raises <paramref name="signal"/> to wake the main loop. A
/// lone Esc is told apart here (<see cref="LoneEscape"/>), not after Terminal.Gui's 50 ms escape time-out.
/// </summary>
internal sealed class PromptInput(AnsiInput inner, InputSignal signal) : IInput<char>
{
    /// <summary>How long one wait lasts before the loop looks at its cancellation (quitting takes at most this).</summary>
    private const int WaitMs = 20;

    private readonly List<char> read = [];
    private ConcurrentQueue<char>? queue;
    private bool inPaste;

    public CancellationTokenSource? ExternalCancellationTokenSource { get; set; }

    public void Initialize(ConcurrentQueue<char> inputQueue) => queue = inputQueue;

    public void Run(CancellationToken runCancellationToken)
    {
        var target = queue ?? throw new InvalidOperationException("Cannot run input before Initialization");
        using var linked = ExternalCancellationTokenSource is { } external
            ? CancellationTokenSource.CreateLinkedTokenSource(runCancellationToken, external.Token)
            : null;
        var token = linked?.Token ?? runCancellationToken;
        while (!token.IsCancellationRequested)
        {
            var ready = StandardInput.WaitReadable(WaitMs);
            if (ready && inner.Peek())
            {
                TuiTrace.InputRead();
                ReadAvailable();
                while (LoneEscape.EndsWithEscape(read) && !LoneEscape.InPaste(inPaste, read))
                {
                    if (!StandardInput.WaitReadable(LoneEscape.GraceMs) || !inner.Peek())
                    {
                        LoneEscape.MarkAsEscKey(read);
                        break;
                    }

                    ReadAvailable();
                }

                inPaste = LoneEscape.InPaste(inPaste, read);
                foreach (var c in read)
                {
                    target.Enqueue(c);
                }

                read.Clear();
                signal.Raise();
            }
            else if (ready || !StandardInput.CanWait)
            {
                // Readable without input for the terminal (end of file, a degraded terminal), or no poll(2): wait as Terminal.Gui does.
                token.WaitHandle.WaitOne(WaitMs);
            }
        }
    }

    public void Dispose() => inner.Dispose();

    private void ReadAvailable()
    {
        while (inner.Peek())
        {
            read.AddRange(inner.Read());
        }
    }
}
