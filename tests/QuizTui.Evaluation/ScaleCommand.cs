using System.Diagnostics;
using System.Globalization;
using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Summaries;
using QuizTui.Core.Times;

namespace QuizTui.Evaluation;

/// <summary>
/// scale: times each pipeline stage on 10 KB, 100 KB and 1 MB articles built from the seeds, with the bytes
/// each allocates and the process's peak working set, and the growth factor per tenfold size (10 = linear).
/// Options: --sizes 10000,100000,1000000; --file F times the stages on one input instead.
/// </summary>
public static class ScaleCommand
{
    public static int Run(EvaluationContext context)
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(context.RepositoryRoot, "seeds"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var sizes = context.Option("--sizes", "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

        RunStages(ScaleArticle.Build(seeds, 20_000), null); // warm-up: JIT, models, lists
        if (context.Option("--file", "") is { Length: > 0 } file)
        {
            // One given input (e.g. a fuzzer's slow case): which stage takes the time.
            var figures = new List<StageFigure>();
            RunStages(QuizTui.Core.Text.TextDecoding.Decode(File.ReadAllBytes(file)) ?? "", figures);
            Print([(figures.Count, figures, Process.GetCurrentProcess().PeakWorkingSet64)]);
            return 0;
        }

        var rows = new List<(int Size, List<StageFigure> Stages, long PeakBytes)>();
        foreach (var size in sizes)
        {
            var text = ScaleArticle.Build(seeds, size);
            GC.Collect();
            var stages = new List<StageFigure>();
            RunStages(text, stages);
            using var process = Process.GetCurrentProcess();
            rows.Add((text.Length, stages, process.PeakWorkingSet64));
        }

        Print(rows);
        return 0;
    }

    private static void RunStages(string text, List<StageFigure>? figures)
    {
        var article = Measure("parse", () => ArticleParser.Parse(text), figures);
        var regions = article.Paragraphs.Select(p => p.Span).ToList();
        Measure("times", () => TimeTagger.Default.Find(text, regions, article.Date), figures);
        Measure("quantities", () => QuantityFinder.Find(text, regions), figures);
        Measure("format", () => ArticleFormatter.Format(article), figures);
        var extraction = Measure("extract", () => Extractor.Default.Extract(article), figures);
        var summary = Measure("summarize", () => Summarizer.Default.Summarize(article), figures);
        Measure("key facts", () => KeyFactsBuilder.Build(extraction, summary), figures);
    }

    private static T Measure<T>(string stage, Func<T> run, List<StageFigure>? figures)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        figures?.Add(new StageFigure(stage, watch.Elapsed.TotalMilliseconds, used, GC.GetTotalAllocatedBytes(precise: true) - allocated));
        return result;
    }

    /// <summary>Per stage CPU milliseconds (the machine may be shared, so wall time is printed only as a total).</summary>
    private static void Print(List<(int Size, List<StageFigure> Stages, long PeakBytes)> rows)
    {
        var names = rows[0].Stages.Select(s => s.Stage).ToList();
        Console.WriteLine($"{"chars",10} {string.Join(" ", names.Select(n => $"{n + " cpu ms",17}"))} {"cpu ms",9} {"wall ms",9} {"alloc MB",9} {"peak WS MB",10}");
        foreach (var (size, stages, peak) in rows)
        {
            Console.WriteLine($"{size,10:N0} {string.Join(" ", stages.Select(s => $"{s.CpuMilliseconds,17:N0}"))} {stages.Sum(s => s.CpuMilliseconds),9:N0} {stages.Sum(s => s.Milliseconds),9:N0} {stages.Sum(s => s.Allocated) / 1048576.0,9:N1} {peak / 1048576.0,10:N0}");
        }

        for (var i = 1; i < rows.Count; i++)
        {
            var factor = (double)rows[i].Size / rows[i - 1].Size;
            var growth = rows[i].Stages.Zip(rows[i - 1].Stages, (a, b) => a.CpuMilliseconds / Math.Max(b.CpuMilliseconds, 1));
            var total = rows[i].Stages.Sum(s => s.CpuMilliseconds) / Math.Max(rows[i - 1].Stages.Sum(s => s.CpuMilliseconds), 1);
            Console.WriteLine($"{"x" + factor.ToString("0.#", CultureInfo.InvariantCulture) + " size",10} {string.Join(" ", growth.Select(g => $"{"x" + g.ToString("0.0", CultureInfo.InvariantCulture),17}"))} {"x" + total.ToString("0.0", CultureInfo.InvariantCulture),9}");
        }
    }

    private sealed record StageFigure(string Stage, double Milliseconds, double CpuMilliseconds, long Allocated);
}
