using System.Diagnostics;
using System.Text.Json;
using QuizTui.Core.Text;

namespace QuizTui.Evaluation.Ner;

/// <summary>
/// Runs the npm package compromise (installed on demand into the git-ignored .eval/node) over the same
/// texts through node/compromise-ner.js; returns its spans per document and its warm words per second.
/// </summary>
public static class CompromiseRunner
{
    public const string Version = "14.17.0";

    public static (List<List<(TextSpan Span, string Type)>> Found, double WordsPerSecond, double WordsPerCpuSecond)? Run(EvaluationContext context, IReadOnlyList<string> texts)
    {
        var modules = Path.Combine(context.RepositoryRoot, ".eval", "node");
        if (!Directory.Exists(Path.Combine(modules, "node_modules", "compromise")) &&
            Execute("npm", $"install --prefix {modules} --no-audit --no-fund compromise@{Version}", "", modules) is null)
        {
            return null;
        }

        var input = string.Join('\n', texts.Select(t => JsonSerializer.Serialize(t))) + "\n";
        var script = Path.Combine(context.RepositoryRoot, "tests", "QuizTui.Evaluation", "node", "compromise-ner.js");
        var output = Execute("node", script, input, modules, Path.Combine(modules, "node_modules"));
        if (output is null)
        {
            return null;
        }

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<List<(TextSpan, string)>>();
        for (var d = 0; d < texts.Count; d++)
        {
            using var json = JsonDocument.Parse(lines[d]);
            var spans = new List<(TextSpan, string)>();
            foreach (var (key, type) in new[] { ("people", "PER"), ("places", "LOC"), ("organizations", "ORG") })
            {
                foreach (var pair in json.RootElement.GetProperty(key).EnumerateArray())
                {
                    spans.Add((Trim(texts[d], pair[0].GetInt32(), pair[1].GetInt32()), type));
                }
            }

            found.Add(spans);
        }

        using var timing = JsonDocument.Parse(lines[texts.Count]);
        var words = timing.RootElement.GetProperty("words").GetDouble();
        return (found, words / timing.RootElement.GetProperty("seconds").GetDouble(), words / timing.RootElement.GetProperty("cpuSeconds").GetDouble());
    }

    /// <summary>compromise counts a following " ." or a leading space as part of a name; the span is cut to the name.</summary>
    private static TextSpan Trim(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        // Keep the full stop of "U.S." or "Corp.", drop a tokenized " ." and other trailing marks.
        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && (text[end - 1] != '.' || char.IsWhiteSpace(text[end - 2])))
        {
            end--;
        }

        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return new TextSpan(start, end);
    }

    private static string? Execute(string file, string arguments, string input, string directory, string? nodePath = null)
    {
        Directory.CreateDirectory(directory);
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        if (nodePath is not null)
        {
            info.Environment["NODE_PATH"] = nodePath;
        }

        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{file} failed: {stderr.Result.Split('\n')[0]}");
                return null;
            }

            return stdout.Result;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"{file} not available: {e.Message}");
            return null;
        }
    }
}
