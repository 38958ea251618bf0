using System.Diagnostics;

namespace QuizTui.Tests.Storage;

/// <summary>Runs the built quiztui executable (copied beside the tests) as a separate process.</summary>
internal static class ChildProcess
{
    public static Process StartRecorder(string db, string prefix, int count)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "quiztui.exe" : "quiztui");
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "__record-attempts", "--db", db, "--prefix", prefix, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
