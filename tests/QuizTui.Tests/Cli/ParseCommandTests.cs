using System.Text.Json;
using QuizTui.Cli;
using QuizTui.Testing;

namespace QuizTui.Tests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("quiztui-parse-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Prints_the_seed_as_one_json_line_with_the_issue_fields()
    {
        var (exit, output, error) = Cli.Run("parse", Locations.Seed("000_cdf53be28635311c.txt"), "--json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal("Russia, US agree joint push for peace in Syria", json.GetProperty("title").GetString());
        Assert.Equal("Agence France-Presse", json.GetProperty("source").GetString());
        Assert.Equal("Moscow, Russia", json.GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal("2013-05-07", json.GetProperty("date").GetString());
        Assert.Equal("caption", json.GetProperty("dateSource").GetString());
        Assert.Equal(
            ["Softer stance?", "Abducted peacekeepers"],
            json.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()).OfType<string>());
    }

    [Fact]
    public void Reports_each_bad_file_on_one_line_and_still_parses_the_good_ones()
    {
        var empty = Write("empty.txt", []);
        var blank = Write("blank.txt", "  \n\t\n"u8.ToArray());
        var binary = Write("binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        var notUnderFile = Path.Combine(empty, "child.txt");
        var good = Locations.Seed("05-mecca-crane-collapse.txt");

        var (exit, output, error) = Cli.Run("parse", empty, blank, binary, folder, Path.Combine(folder, "missing.txt"), notUnderFile, good);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("At least 107 killed in Mecca crane collapse", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.DoesNotContain("   at ", l));
        Assert.Contains(lines, l => l.StartsWith(empty, StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(binary, StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(folder, StringComparison.Ordinal) && l.Contains("directory", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_windows_1252_bom_and_crlf_files()
    {
        var crlf = Write("crlf.txt", "\uFEFFStorm hits coast\r\n\r\nA storm hit the coast. Two people died.\r\n"u8.ToArray());
        var cp1252 = Write("cp1252.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " reopens\n\nThe caf"u8.ToArray(), 0xE9, .. " reopened on Monday.\n"u8.ToArray()]);

        var (exit, output, _) = Cli.Run("parse", crlf, cp1252);

        Assert.Equal(0, exit);
        Assert.Contains("Title:      Storm hits coast", output);
        Assert.Contains("Café reopens", output);
    }

    [Fact]
    public void Keeps_escape_sequences_away_from_the_terminal()
    {
        var file = Write("ansi.txt", "Red \u001b[31malert\u001b[0m\n\nThe screen \u0007turned red on Monday.\n"u8.ToArray());

        var (_, output, _) = Cli.Run("parse", file);

        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
    }

    [Fact]
    public void Rejects_a_bad_date_with_one_line()
    {
        var (exit, _, error) = Cli.Run("parse", Locations.Seed("05-mecca-crane-collapse.txt"), "--date", "2015-13-45");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Extracts_the_article_from_a_saved_web_page()
    {
        var page = """
            <!DOCTYPE html>
            <html><head><title>Storm closes harbour | Coast News</title>
            <meta property="og:site_name" content="Coast News"></head>
            <body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/login">Sign in</a></nav>
            <article><h1>Storm closes harbour</h1>
            <p>A storm closed the harbour at Port Elliot on Monday, stranding forty fishing boats and their crews for the night.</p>
            <p>The harbour master, Jane Howe, said the boats would leave once the wind dropped below thirty knots on Tuesday morning.</p>
            <p>Forecasters at the national weather service expect calmer seas by Wednesday, when the ferry service should resume.</p>
            </article><footer>Share this article. Subscribe to our newsletter.</footer></body></html>
            """;
        var file = Write("page.html", System.Text.Encoding.UTF8.GetBytes(page));

        var (exit, output, error) = Cli.Run("parse", file, "--json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Contains("Storm closes harbour", json.GetProperty("title").GetString(), StringComparison.Ordinal);
        var body = string.Join(' ', json.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("paragraphs").EnumerateArray()).Select(p => p.GetProperty("text").GetString()));
        Assert.Contains("stranding forty fishing boats", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_in_one_line_that_an_article_in_another_language_is_not_handled()
    {
        var file = Write("fr.txt", """
            Le gouvernement annonce des élections anticipées

            Le Premier ministre a annoncé mardi que les élections législatives auront lieu en mai, un an plus tôt que prévu.
            Selon les sondages, la majorité sortante est en difficulté dans les grandes villes et dans le sud du pays.
            """u8.ToArray());

        var (exit, output, error) = Cli.Run("parse", file);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Empty(output);
        Assert.Equal($"{file}: the article seems to be in French; QuizTui's generators handle English only", error.Trim());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
