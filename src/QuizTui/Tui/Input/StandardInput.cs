using System.Runtime.InteropServices;

namespace QuizTui.Tui.Input;

/// <summary>Waits for standard input to become readable with poll(2), on Linux and macOS.</summary>
internal static class StandardInput
{
    private const short PollIn = 0x0001;

    /// <summary>False where there is no poll(2) (Windows): callers wait by the clock instead.</summary>
    public static bool CanWait { get; } = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    /// <summary>True when input (or end of file) is waiting on standard input within <paramref name="timeoutMs"/>.</summary>
    public static bool WaitReadable(int timeoutMs)
    {
        if (!CanWait)
        {
            return false;
        }

        var fd = new PollFd { Fd = 0, Events = PollIn };
        return Poll(ref fd, 1, timeoutMs) > 0 && fd.Revents != 0;
    }

    // A blittable struct by reference: NativeAOT calls it directly, with no marshalling code generated at run time.
    [DllImport("libc", EntryPoint = "poll")]
    private static extern int Poll(ref PollFd fds, nuint count, int timeoutMs);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }
}
