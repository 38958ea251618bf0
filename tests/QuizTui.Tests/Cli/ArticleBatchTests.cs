using QuizTui.Cli;
using QuizTui.Testing;

namespace QuizTui.Tests.Cli;

public sealed class ArticleBatchTests
{
    [Fact]
    public void A_fault_on_one_article_is_one_line_and_the_others_still_go_through()
    {
        var crashing = Locations.Seed("05-mecca-crane-collapse.txt");
        var good = Locations.Seed("000_cdf53be28635311c.txt");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ArticleBatch.Run(
            [crashing, good],
            date: null,
            json: false,
            output,
            error,
            toJson: (file, article) => article.Title,
            toText: (file, article) => file == crashing ? throw new ArgumentOutOfRangeException(nameof(file)) : article.Title + "\n");

        Assert.Equal(ExitCodes.InternalError, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"quiztui: {crashing}: could not be processed (ArgumentOutOfRangeException", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        Assert.Equal("Russia, US agree joint push for peace in Syria\n", output.ToString());
    }
}
