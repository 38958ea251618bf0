using QuizTui.Storage;

namespace QuizTui.Tests.Storage;

/// <summary>Real processes on one database file: killed mid-run, and two writing at once.</summary>
public sealed class ProcessSafetyTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Every_answer_committed_before_a_SIGKILL_is_there_after_reopening()
    {
        var db = temp.File("crash.db");
        using var child = ChildProcess.StartRecorder(db, "k", 1_000_000);
        var confirmed = new List<string>();
        while (confirmed.Count < 150 && child.StandardOutput.ReadLine() is { } line)
        {
            confirmed.Add(line);
        }

        child.Kill(); // SIGKILL on Unix: no chance to flush or close anything
        child.WaitForExit();
        // Ids the child printed before it died were committed before they were printed.
        while (child.StandardOutput.ReadLine() is { } line)
        {
            confirmed.Add(line);
        }

        Assert.True(confirmed.Count >= 150, "the child died early: " + child.StandardError.ReadToEnd());
        using var store = SqliteQuizStore.Open(db);
        var saved = store.Export().Attempts.Select(a => a.Id).ToHashSet();
        Assert.All(confirmed, id => Assert.Contains(id, saved));
        Assert.True(saved.Count < 1_000_000, "the child should have been killed mid-run");
    }

    [Fact]
    public async Task Two_processes_recording_1000_answers_each_lose_none_and_double_none()
    {
        var db = temp.File("shared.db");
        SqliteQuizStore.Open(db).Dispose(); // created before, so both children open an existing database
        using var first = ChildProcess.StartRecorder(db, "a", 1000);
        using var second = ChildProcess.StartRecorder(db, "b", 1000);
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        var secondOutput = second.StandardOutput.ReadToEndAsync();
        var firstError = first.StandardError.ReadToEndAsync();
        var secondError = second.StandardError.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await first.WaitForExitAsync(timeout.Token);
        await second.WaitForExitAsync(timeout.Token);
        Assert.True(first.ExitCode == 0, await firstError);
        Assert.True(second.ExitCode == 0, await secondError);

        using var store = SqliteQuizStore.Open(db);
        var ids = store.Export().Attempts.Select(a => a.Id).ToList();
        Assert.Equal(2000, ids.Count);
        Assert.Equal(2000, ids.Distinct().Count());
        var expected = Enumerable.Range(0, 1000).SelectMany(i => new[] { $"a-{i}", $"b-{i}" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
        Assert.Equal(1000, (await firstOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1000, (await secondOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
