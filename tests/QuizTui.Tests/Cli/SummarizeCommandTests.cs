using System.Text.Json;
using QuizTui.Cli;
using QuizTui.Testing;

namespace QuizTui.Tests.Cli;

public sealed class SummarizeCommandTests
{
    private static readonly string Seed = Locations.Seed("000_cdf53be28635311c.txt");

    [Fact]
    public void Prints_one_json_object_per_file_in_the_contract_shape()
    {
        var (exit, output, _) = Run("summarize", Seed, Locations.Seed("05-mecca-crane-collapse.txt"), "--json", "--sentences", "2");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        Assert.Equal(Seed, root.GetProperty("file").GetString());
        Assert.Equal(2, root.GetProperty("sentences").GetArrayLength());
        var text = File.ReadAllText(Seed).ReplaceLineEndings("\n");
        foreach (var sentence in root.GetProperty("sentences").EnumerateArray().Append(root.GetProperty("headline")))
        {
            var (start, end) = (sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
            Assert.Equal(sentence.GetProperty("text").GetString(), text[start..end]);
            Assert.True(sentence.GetProperty("paragraph").GetInt32() >= 0);
        }

        var facts = root.GetProperty("keyFacts");
        Assert.Contains(facts.GetProperty("who").EnumerateArray(), p => p.GetProperty("name").GetString() == "John Kerry" && p.GetProperty("role").GetString() is not null);
        Assert.NotNull(facts.GetProperty("what").GetString());
        Assert.Contains(facts.GetProperty("where").EnumerateArray(), p => p.GetString() == "Moscow");
        Assert.Contains(facts.GetProperty("when").EnumerateArray(), d => d.GetProperty("value").GetString() == "2013-05-07" && d.GetProperty("text").GetString() == "Tuesday night");
    }

    [Fact]
    public void Honours_a_word_budget()
    {
        var (exit, output, _) = Run("summarize", Seed, "--json", "--words", "50");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var words = json.RootElement.GetProperty("sentences").EnumerateArray()
            .Sum(s => s.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(words, 1, 50);
    }

    [Fact]
    public void Prints_the_readable_summary_with_key_facts()
    {
        var (exit, output, _) = Run("summarize", Seed);

        Assert.Equal(0, exit);
        Assert.Contains("Headline: After months of sharp differences", output, StringComparison.Ordinal);
        Assert.Contains("Summary (3 sentences", output, StringComparison.Ordinal);
        Assert.Contains("Tuesday, May 7, 2013 (“Tuesday night”)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sentences", "2", "--words", "40")]
    [InlineData("--ratio", "1.5")]
    [InlineData("--sentences", "0")]
    [InlineData("--date", "7 May 2013")]
    public void Rejects_bad_options_with_one_line(params string[] options)
    {
        var (exit, output, error) = Run(["summarize", Seed, .. options]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Reports_a_missing_file_and_still_summarises_the_others()
    {
        var (exit, output, error) = Run("summarize", "no-such-file.txt", Seed, "--json");

        Assert.Equal(1, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("no-such-file.txt: ", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLineApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
