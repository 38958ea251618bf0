using System.Text;
using System.Text.Json;
using CsCheck;
using QuizTui.Cli;
using QuizTui.Core.Text;
using QuizTui.Testing.Properties;
using QuizTui.Tests.Storage;

namespace QuizTui.Tests.Properties;

/// <summary>
/// What the commands print for random article-like files: every JSON offset slices back to the text
/// reported with it (into the decoded input), and no readable line carries a control character.
/// </summary>
public sealed class CliOutputProperties
{
    private const int Iterations = 15;

    private static readonly string[] Commands = ["parse", "extract", "summarize"];

    [Fact]
    public void Every_json_offset_slices_back_to_its_text_in_the_decoded_input() =>
        ArticleTextGen.Text(40).Sample(text =>
        {
            using var folder = new TempFolder();
            var file = folder.File("article.txt");
            File.WriteAllText(file, text, new UTF8Encoding(false));
            var decoded = TextDecoding.Decode(File.ReadAllBytes(file));
            foreach (var command in Commands)
            {
                var (exit, output) = Run(command, file, "--json");
                if (exit != ExitCodes.Ok)
                {
                    continue; // refused input (whitespace only, binary): the error path has its own tests
                }

                foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    using var json = JsonDocument.Parse(line);
                    CheckOffsets(json.RootElement, decoded!, command);
                }
            }
        }, iter: Iterations, threads: 1);

    [Fact]
    public void No_readable_output_line_carries_a_control_character() =>
        ArticleTextGen.Text(40).Sample(text =>
        {
            using var folder = new TempFolder();
            var file = folder.File("article.txt");
            File.WriteAllText(file, text, new UTF8Encoding(false));
            foreach (var command in Commands)
            {
                var (_, output) = Run(command, file);
                var bad = output.Split('\n').FirstOrDefault(l => l.Any(c => c != '\t' && (char.IsControl(c) || c is '\u2028' or '\u2029')));
                Assert.True(bad is null, $"{command}: line with a control character: {bad}");
            }
        }, iter: Iterations, threads: 1);

    private static (int Exit, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLineApp.Run(args, output, error);
        if (error.ToString().Contains("   at ", StringComparison.Ordinal))
        {
            File.Copy(args[1], Path.Combine(Path.GetTempPath(), $"quiztui-crash-{args[0]}.txt"), overwrite: true);
        }

        Assert.False(error.ToString().Contains("   at ", StringComparison.Ordinal), $"quiztui {string.Join(' ', args)} crashed:\n{error}");
        return (exit, output.ToString());
    }

    /// <summary>Any object with text, start and end: the span of the decoded input equals the text.</summary>
    private static void CheckOffsets(JsonElement element, string decoded, string command)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CheckOffsets(item, decoded, command);
            }
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("start", out var start) && element.TryGetProperty("end", out var end) && start.ValueKind == JsonValueKind.Number)
        {
            var (s, e) = (start.GetInt32(), end.GetInt32());
            Assert.InRange(s, 0, decoded.Length);
            Assert.InRange(e, s, decoded.Length);
            if (element.TryGetProperty("text", out var reported) && reported.ValueKind == JsonValueKind.String)
            {
                Assert.Equal(reported.GetString(), decoded[s..e]);
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            CheckOffsets(property.Value, decoded, command);
        }
    }
}
