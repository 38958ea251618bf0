using System.Diagnostics;
using System.Globalization;

namespace QuizTui.Tests.Drills;

/// <summary>A simulated student: the built quiztui executable running the hidden <c>__drill-student</c> command.</summary>
internal static class StudentProcess
{
    public static Process Start(string db, string drill, string account, int pauseMs = 0)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "quiztui.exe" : "quiztui");
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "drill", "__drill-student", drill, "--as", account, "--db", db, "--pause-ms", pauseMs.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Waits for the student to finish; returns its output lines ("QUESTION_ID RESULT MS").</summary>
    public static async Task<(int Exit, IReadOnlyList<string> Lines, string Error)> Finish(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries), await error);
    }
}
