using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace QuizTui.Storage;

/// <summary>
/// Makes the writers of one SQLite file wait in the kernel, one after another, instead of in SQLite's busy handler.
/// Under load (40 student processes writing at once on two cores) the busy handler's sleeps grow to 100 ms each and a
/// writer that has waited longest sleeps longest, so a few answers took half a second to record while most took a
/// tenth of a millisecond. An exclusive <c>flock(2)</c> on the database file is granted the moment its holder lets
/// go, so each writer waits only for the writes ahead of it. SQLite itself locks with <c>fcntl(2)</c>, which on Linux
/// and macOS is independent of <c>flock</c>, so this only orders our own writers; SQLite's locking stays as it was.
/// A no-op on Windows.
/// </summary>
internal sealed class WriterQueue : IDisposable
{
    private const int LockExclusive = 2;
    private const int Unlock = 8;

    private readonly SafeFileHandle? file;

    private WriterQueue(SafeFileHandle? file) => this.file = file;

    /// <summary>Opens the queue on the database file (read access is enough for <c>flock</c>).</summary>
    public static WriterQueue Open(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new WriterQueue(null);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                // .NET takes a shared flock on open to emulate FileShare; dropped, or no writer could ever lock the file.
                _ = Flock(handle, Unlock);
                return new WriterQueue(handle);
            }
            catch (IOException) when (attempt < 2000)
            {
                // Another process held its write turn at the moment of opening (.NET's own open does not wait).
                Thread.Sleep(1);
            }
        }
    }

    /// <summary>Runs <paramref name="write"/> in this process's turn; the turn passes on when it returns or throws.</summary>
    public T Run<T>(Func<T> write)
    {
        if (file is null)
        {
            return write();
        }

        while (Flock(file, LockExclusive) != 0)
        {
            if (Marshal.GetLastPInvokeError() != 4)
            {
                // Not EINTR: a file system without flock; SQLite's busy handler still keeps the writes apart.
                return write();
            }
        }

        try
        {
            return write();
        }
        finally
        {
            _ = Flock(file, Unlock);
        }
    }

    public void Dispose() => file?.Dispose();

    private static int Flock(SafeFileHandle handle, int operation) => flock((int)handle.DangerousGetHandle(), operation);

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // the C function's own name
    private static extern int flock(int fd, int operation);
#pragma warning restore SA1300, IDE1006
}
