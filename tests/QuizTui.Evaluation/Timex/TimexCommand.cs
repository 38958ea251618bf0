using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Evaluation.Timex;

/// <summary>
/// `timex`: TIMEX3 detection (strict and relaxed P/R/F1), value and type accuracy on TimeBank + AQUAINT with
/// each document's creation time as the reference date; chrono-node side by side; our speed.
/// Options: --timebank DIR (default DATA/timebank), --errors N (print N misses, false alarms and wrong values),
/// --no-chrono.
/// </summary>
public static partial class TimexCommand
{
    public static int Run(EvaluationContext context)
    {
        var folder = context.Option("--timebank", Path.Combine(context.DataDirectory, "timebank"));
        var docs = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(TimeBankDocument.Load).ToList();
        var gold = docs.Sum(d => d.Gold.Count);
        Console.WriteLine($"TimeBank/AQUAINT: {docs.Count} documents, {gold:N0} gold TIMEX3 (DCTs excluded), {folder}");

        var predictions = docs.Select(Tag).ToList();
        var score = new TimexScore();
        for (var d = 0; d < docs.Count; d++)
        {
            score.Add(docs[d], predictions[d].Select(p => (p.Span.Start, p.Span.End, (string?)p.Type.ToString().ToUpperInvariant(), (string?)p.Value)).ToList());
        }

        Console.WriteLine();
        Console.WriteLine($"{"system",-12} {"gold",6} {"pred",6}  {"strict P",8} {"R",6} {"F1",6}  {"relaxed P",9} {"R",6} {"F1",6}  {"value acc",9} {"type acc",8}");
        score.Print("QuizTui", true);

        if (!context.Flag("--no-chrono"))
        {
            RunChrono(context, docs);
        }

        MeasureSpeed(docs);
        var errors = int.Parse(context.Option("--errors", "0"), CultureInfo.InvariantCulture);
        if (errors > 0)
        {
            TimexErrorReport.Print(docs, predictions, errors);
        }

        return 0;
    }

    internal static IReadOnlyList<TimeExpression> Tag(TimeBankDocument doc) =>
        TimeTagger.Default.Find(doc.Text, Paragraphs(doc.Text), doc.CreationDate);

    private static List<TextSpan> Paragraphs(string text)
    {
        var regions = new List<TextSpan>();
        var start = 0;
        foreach (Match m in BlankLine().Matches(text))
        {
            regions.Add(new TextSpan(start, m.Index));
            start = m.Index + m.Length;
        }

        regions.Add(new TextSpan(start, text.Length));
        return regions;
    }

    private static void RunChrono(EvaluationContext context, List<TimeBankDocument> docs)
    {
        var moduleDir = Path.Combine(context.RepositoryRoot, ".eval", "node");
        if (!Directory.Exists(Path.Combine(moduleDir, "node_modules", "chrono-node")))
        {
            Directory.CreateDirectory(moduleDir);
            Shell("npm", $"install --prefix \"{moduleDir}\" chrono-node@2.10.3 --no-audit --no-fund", moduleDir, null);
        }

        using var input = new MemoryStream();
        using (var writer = new Utf8JsonWriter(input))
        {
            writer.WriteStartArray();
            foreach (var doc in docs)
            {
                writer.WriteStartObject();
                writer.WriteString("text", doc.Text);
                writer.WriteString("ref", doc.CreationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        var script = Path.Combine(context.RepositoryRoot, "tests", "QuizTui.Evaluation", "node", "chrono-timex.js");
        var output = Shell("node", $"\"{script}\" \"{Path.Combine(moduleDir, "node_modules")}\"", moduleDir, System.Text.Encoding.UTF8.GetString(input.ToArray()));
        if (output is null)
        {
            Console.WriteLine("chrono-node     (not run: node or the package is unavailable)");
            return;
        }

        using var json = JsonDocument.Parse(output);
        var spans = json.RootElement.GetProperty("spans");
        var score = new TimexScore();
        var d = 0;
        foreach (var doc in spans.EnumerateArray())
        {
            score.Add(docs[d++], doc.EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32(), (string?)null, (string?)null)).ToList());
        }

        score.Print("chrono-node", false);
        var seconds = json.RootElement.GetProperty("seconds").GetDouble();
        Console.WriteLine($"chrono-node speed: {Words(docs) / seconds:N0} words/s (one pass, in node)");
    }

    private static void MeasureSpeed(List<TimeBankDocument> docs)
    {
        foreach (var doc in docs)
        {
            Tag(doc);
        }

        var watch = Stopwatch.StartNew();
        var passes = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(3) || passes < 2)
        {
            foreach (var doc in docs)
            {
                Tag(doc);
            }

            passes++;
        }

        var words = Words(docs) * passes;
        Console.WriteLine($"QuizTui speed: {words / watch.Elapsed.TotalSeconds:N0} words/s ({passes} passes after warm-up, one thread)");
    }

    private static long Words(List<TimeBankDocument> docs) =>
        docs.Sum(d => (long)d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    private static string? Shell(string file, string arguments, string directory, string? stdin)
    {
        try
        {
            var info = new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardInput = stdin is not null,
                RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{file} failed: {stderr.Result.Trim()}");
                return null;
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"{file}: {e.Message}");
            return null;
        }
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();
}
