using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>
/// A busy handler for many processes writing one SQLite file (a class answering a drill at once). SQLite's own
/// (<c>PRAGMA busy_timeout</c>) sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, then 100 ms between tries: a writer that
/// has waited longest sleeps longest while newcomers take the lock the moment it is free, so an unlucky writer waits
/// up to 100 ms past the release of a lock that is held for a tenth of a millisecond. This handler yields once, then
/// sleeps 0.25, 0.5, 1, then 2 ms between tries (never longer: at most 2 ms past a release), bounded overall by the
/// same timeout. The sleeps still grow: 39 waiters trying every quarter millisecond would take the CPU from the
/// writer they wait for. Microsoft.Data.Sqlite 10 (SQLitePCLRaw 2.1) does not expose <c>sqlite3_busy_handler</c>, so it
/// is called in the bundled native library itself, on the connection's own handle.
/// </summary>
internal static unsafe partial class SqliteBusy
{
    /// <summary>How long a statement waits for a lock in all before SQLITE_BUSY reaches the caller.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const int FirstSleepMicroseconds = 250;
    private const int LongestSleepMicroseconds = 2000;

    // The handler runs on the thread that steps the statement, one wait at a time.
    [ThreadStatic]
    private static long waitingSince;

    /// <summary>Replaces the connection's busy handler (and any <c>busy_timeout</c>) with this one.</summary>
    /// <param name="timeout">The overall wait before SQLITE_BUSY; <see cref="Timeout"/> unless a test wants less.</param>
    public static void Install(SqliteConnection connection, TimeSpan? timeout = null)
    {
        // SQLite hands the handler's argument back on every call: the limit in milliseconds travels in it.
        var limit = (nint)(long)(timeout ?? Timeout).TotalMilliseconds;
        var code = sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), &Busy, limit);
        if (code != 0)
        {
            throw new InvalidOperationException($"sqlite3_busy_handler failed with code {code}");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int Busy(nint limitMilliseconds, int count)
    {
        if (count == 0)
        {
            waitingSince = Stopwatch.GetTimestamp();
        }
        else if (Stopwatch.GetElapsedTime(waitingSince).TotalMilliseconds >= limitMilliseconds)
        {
            return 0;
        }

        if (count == 0)
        {
            // The lock is held for about a tenth of a millisecond: often free again once others have run.
            Thread.Yield();
        }
        else if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            _ = usleep((uint)Math.Min(FirstSleepMicroseconds << Math.Min(count - 1, 8), LongestSleepMicroseconds));
        }
        else
        {
            Thread.Sleep(1);
        }

        return 1;
    }

    [LibraryImport("e_sqlite3")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_busy_handler(nint db, delegate* unmanaged[Cdecl]<nint, int, int> handler, nint argument);

    [LibraryImport("libc")]
    private static partial int usleep(uint microseconds);
}
