using System.Text.Json;
using QuizTui.Cli;
using QuizTui.Testing;

namespace QuizTui.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Prints_the_json_contract_with_offsets_into_the_input()
    {
        var seed = Locations.Seed("000_cdf53be28635311c.txt");
        var text = File.ReadAllText(seed);

        var (exit, output, _) = Cli.Run("extract", "--json", seed);

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["file", "title", "date", "mentions", "times", "quantities"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2013-05-07", root.GetProperty("date").GetString());
        var mentions = root.GetProperty("mentions").EnumerateArray().ToList();
        Assert.All(mentions, m => Assert.Equal(
            m.GetProperty("text").GetString(),
            text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()].ReplaceLineEndings("\n")));
        var kerry = mentions.First(m => m.GetProperty("text").GetString() == "John Kerry");
        Assert.Equal(["text", "type", "start", "end", "entity", "role"], kerry.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("person", "U.S. Secretary of State"), (kerry.GetProperty("type").GetString(), kerry.GetProperty("role").GetString()));
        Assert.All(mentions.Where(m => m.GetProperty("text").GetString()!.Contains("Lavrov", StringComparison.Ordinal)),
            m => Assert.Equal("Sergei Lavrov", m.GetProperty("entity").GetString()));
    }

    [Fact]
    public void Reports_a_missing_file_in_one_line_and_still_extracts_the_others()
    {
        var (exit, output, error) = Cli.Run("extract", "--json", "no-such-file.txt", Locations.Seed("000_cdf53be28635311c.txt"));

        Assert.NotEqual(ExitCodes.Ok, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("no-such-file.txt", error, StringComparison.Ordinal);
        Assert.Single(output.Trim().Split('\n'));
    }

    [Fact]
    public void Rejects_a_date_that_is_not_iso()
    {
        var (exit, _, error) = Cli.Run("extract", "--date", "7 May 2013", Locations.Seed("000_cdf53be28635311c.txt"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("YYYY-MM-DD", error, StringComparison.Ordinal);
    }
}
