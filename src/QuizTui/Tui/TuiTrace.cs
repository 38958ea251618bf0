using System.Diagnostics;
using System.Globalization;

namespace QuizTui.Tui;

/// <summary>
/// Opt-in timing of the trainer (QUIZTUI_TRACE=FILE): start-up stages since process start, and for each key
/// the time from its bytes being read to the key handler, to the view drawn, and to the end of the main-loop
/// iteration that wrote the frame to the terminal. Off, every call is one static flag test.
/// </summary>
internal static class TuiTrace
{
    private static readonly TextWriter? Writer = Open();
    private static readonly long Origin = Stopwatch.GetTimestamp();

    /// <summary>Milliseconds from process start to the moment this class was first used (Linux; 0 elsewhere).</summary>
    private static readonly double StartOffset = Writer is null ? 0 : ProcessAgeMs();

    private static long keyRead;
    private static long keyHandled;
    private static long drawn;
    private static bool firstReported;

    public static bool Enabled => Writer is not null;

    /// <summary>A start-up stage: "123.4 ms  name" since process start.</summary>
    public static void Mark(string what)
    {
        if (Writer is not null)
        {
            Write($"{Since(Origin) + StartOffset,8:0.0} ms  {what}");
        }
    }

    /// <summary>Bytes of input arrived from the terminal (on the input thread).</summary>
    public static void InputRead()
    {
        if (Writer is not null)
        {
            Interlocked.CompareExchange(ref keyRead, Stopwatch.GetTimestamp(), 0);
        }
    }

    /// <summary>The trainer's key handler got a key.</summary>
    public static void KeyHandled()
    {
        if (Writer is not null && keyHandled == 0)
        {
            keyHandled = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>The trainer's view starts drawing itself (marked for the first frame only).</summary>
    public static void Drawing()
    {
        if (Writer is not null && drawn == 0)
        {
            Mark("first frame: drawing");
        }
    }

    /// <summary>The trainer's view has drawn itself into Terminal.Gui's buffer.</summary>
    public static void Drawn()
    {
        if (Writer is not null)
        {
            if (drawn == 0)
            {
                Mark("first frame: drawn");
            }

            drawn = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>A main-loop iteration ended (its frame, if any, written): reports the key drawn in it, if any.</summary>
    public static void IterationEnded()
    {
        if (Writer is null)
        {
            return;
        }

        var handled = keyHandled;
        if (drawn != 0 && !firstReported)
        {
            firstReported = true;
            Mark("first frame: written");
        }

        if (handled == 0)
        {
            // Bytes that were no key (the terminal's answers to start-up queries) must not start the next key's clock.
            Interlocked.Exchange(ref keyRead, 0);
            return;
        }

        if (drawn < handled)
        {
            return;
        }

        var read = Interlocked.Exchange(ref keyRead, 0);

        keyHandled = 0;
        var end = Stopwatch.GetTimestamp();
        static string Ms(long from, long to) => from == 0 || to < from ? "?" : Stopwatch.GetElapsedTime(from, to).TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture);
        Write($"key read-to-handler {Ms(read, handled)} ms  handler-to-drawn {Ms(handled, drawn)} ms  drawn-to-iteration-end {Ms(drawn, end)} ms  read-to-iteration-end {Ms(read, end)} ms");
    }

    private static double Since(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    private static void Write(string line)
    {
        lock (Writer!)
        {
            Writer.WriteLine(line);
        }
    }

    private static StreamWriter? Open()
    {
        var path = Environment.GetEnvironmentVariable("QUIZTUI_TRACE");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            return new StreamWriter(path, append: true) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Process age from /proc: its start in clock ticks since boot (100 a second) against the uptime.</summary>
    private static double ProcessAgeMs()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var startTicks = double.Parse(fields[19], CultureInfo.InvariantCulture);
            var uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);
            return (uptime * 1000) - (startTicks * 10);
        }
#pragma warning disable CA1031 // A trace that cannot tell the process age still times the stages from here.
        catch (Exception)
#pragma warning restore CA1031
        {
            return 0;
        }
    }
}
