using System.Runtime.InteropServices;

namespace QuizTui.Drills;

/// <summary>
/// Puts the sockets a connection opened back into blocking mode, so that a synchronous read sleeps in the kernel and
/// the reply wakes the reading thread itself. .NET on Linux keeps a socket non-blocking once it has been (Npgsql
/// connects without blocking, then asks for blocking again), and then emulates a blocking read: the read returns
/// EAGAIN, the thread waits on an event, the runtime's epoll thread is woken by the reply and wakes the reader. Two
/// wake-ups in a row for every round trip, each a wait for a CPU when a class shares a few cores with its database.
/// The runtime still tries the read directly first, so with the flag cleared that first try simply waits for the
/// reply. A receive timeout bounds the kernel's wait: after it the read returns EAGAIN as before and the runtime's own
/// timeout takes over, so a lost server still ends in Npgsql's timeout error.
/// </summary>
internal static partial class BlockingSocket
{
    private const int GetFlags = 3;
    private const int SetFlags = 4;
    private const int NonBlocking = 0x800;
    private const int SocketLevel = 1;
    private const int ReceiveTimeout = 20;

    /// <summary>
    /// The process's open socket descriptors: none but on 64-bit Linux, whose constants and <c>timeval</c> layout this
    /// class writes (elsewhere the runtime's own waiting stays, as before).
    /// </summary>
    public static HashSet<int> Open()
    {
        var sockets = new HashSet<int>();
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || !Directory.Exists("/proc/self/fd"))
        {
            return sockets;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(entry).LinkTarget is { } target && target.StartsWith("socket:", StringComparison.Ordinal)
                    && int.TryParse(Path.GetFileName(entry), out var descriptor))
                {
                    sockets.Add(descriptor);
                }
            }
            catch (IOException)
            {
                // Closed while listed.
            }
        }

        return sockets;
    }

    /// <summary>Clears the non-blocking flag of each socket opened since <paramref name="before"/> was listed.</summary>
    public static int MakeBlocking(HashSet<int> before, TimeSpan timeout)
    {
        var changed = 0;
        foreach (var descriptor in Open().Except(before))
        {
            var flags = fcntl(descriptor, GetFlags, 0);
            var limit = new TimeValue { Seconds = (long)timeout.TotalSeconds, Microseconds = timeout.Milliseconds * 1000L };
            if (flags >= 0 && (flags & NonBlocking) != 0
                && setsockopt(descriptor, SocketLevel, ReceiveTimeout, ref limit, Marshal.SizeOf<TimeValue>()) == 0
                && fcntl(descriptor, SetFlags, flags & ~NonBlocking) == 0)
            {
                changed++;
            }
        }

        return changed;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fcntl(int descriptor, int command, int argument);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setsockopt(int descriptor, int level, int option, ref TimeValue value, int length);
}
