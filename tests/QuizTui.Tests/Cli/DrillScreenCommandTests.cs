using QuizTui.Cli;

namespace QuizTui.Tests.Cli;

public sealed class DrillScreenCommandTests
{
    [Theory]
    [InlineData("take")]
    [InlineData("host")]
    [InlineData("edit")]
    public void Says_in_one_line_that_a_drill_screen_needs_a_terminal(string command)
    {
        // Under the test runner standard input and output are redirected, as in a pipe or a cron job.
        Assert.True(Console.IsInputRedirected || Console.IsOutputRedirected);

        var (exit, output, error) = Cli.Run("drill", command, "week-12", "--db", Path.Combine(Path.GetTempPath(), "quiztui-no-such-folder", "class.db"));

        Assert.Equal(ExitCodes.NoTerminal, exit);
        Assert.Equal("", output);
        Assert.Equal($"quiztui drill {command}: needs a terminal (input or output is redirected).\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Lists_take_host_and_edit_in_the_drill_help()
    {
        var (_, output, _) = Cli.Run("drill", "--help");

        Assert.Contains("take <NAME>", output, StringComparison.Ordinal);
        Assert.Contains("host <NAME>", output, StringComparison.Ordinal);
        Assert.Contains("edit <NAME>", output, StringComparison.Ordinal);
    }
}
