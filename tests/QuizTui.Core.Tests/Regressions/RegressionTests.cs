using QuizTui.Testing;
using QuizTui.Testing.Robustness;

namespace QuizTui.Core.Tests.Regressions;

/// <summary>Inputs that once crashed or hung the pipeline, replayed through the fuzz target's own checks.</summary>
public sealed class RegressionTests
{
    /// <summary>Generous for a loaded CI machine; the fixed inputs take milliseconds, the bugs took minutes or forever.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Input_runs_through_the_whole_pipeline_quickly_and_keeps_every_invariant(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Folder, name));

        var run = Task.Run(() => PipelineCheck.RunBytes(bytes));
        var finished = await Task.WhenAny(run, Task.Delay(Bound));

        Assert.True(finished == run, $"{name} took longer than {Bound.TotalSeconds} s");
        await run;
    }

    private static string Folder => Path.Combine(Locations.RepositoryRoot, "tests", "QuizTui.Core.Tests", "Regressions", "inputs");
}
