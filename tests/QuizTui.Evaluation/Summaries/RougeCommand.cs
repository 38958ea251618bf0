using System.Diagnostics;
using System.Globalization;
using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Summaries;

namespace QuizTui.Evaluation.Summaries;

/// <summary>
/// ROUGE-1/2/L F1 of our summaries against the BBC reference extracts, each at the reference's word
/// length, beside the Lead baseline (the article's sentences in order, each taken when it still fits)
/// in the same run; overall and per category. Options: --set Name=value[,Name=value] overrides
/// <see cref="SummarizerSettings"/>; --details lists each pair's ROUGE-2.
/// </summary>
internal static class RougeCommand
{
    public static int Run(EvaluationContext context)
    {
        var pairs = BbcPair.Load(context.DataDirectory);
        var summarizer = new Summarizer(SettingsOverride.Apply(new SummarizerSettings(), context.Option("--set", "")));
        var rows = new List<(string Category, RougeScores Ours, RougeScores Lead)>();
        var (articles, summaries, cpu, wall, warmUp) = SummarizeAll(pairs, summarizer);
        for (var i = 0; i < pairs.Count; i++)
        {
            var budget = WordCounter.Count(pairs[i].Reference);
            var ours = Rouge.Score(pairs[i].Reference, summaries[i]);
            var lead = Rouge.Score(pairs[i].Reference, Lead(articles[i], budget));
            rows.Add((pairs[i].Category, ours, lead));
            if (context.Flag("--details"))
            {
                Console.WriteLine($"{pairs[i].Category}/{pairs[i].Name} ours {ours.Rouge2.F1:0.000} lead {lead.Rouge2.F1:0.000}");
            }
        }

        Console.WriteLine($"BBC News Summary, {pairs.Count} pairs; summaries at the reference's word length; ROUGE F1 x 100 (rouge-score, stemmed)");
        Console.WriteLine($"{"category",-14} {"n",4}  {"ours R1",8} {"R2",6} {"RL",6}  {"lead R1",8} {"R2",6} {"RL",6}  {"R2 ours/lead",12}");
        var passed = true;
        foreach (var group in rows.GroupBy(r => r.Category).Append(rows.GroupBy(_ => "ALL").Single()))
        {
            var list = group.ToList();
            var ratio = Mean(list, r => r.Ours.Rouge2.F1) / Mean(list, r => r.Lead.Rouge2.F1);
            var target = group.Key == "ALL" ? 1.20 : 1.10;
            passed &= ratio >= target;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-14} {list.Count,4}  {Mean(list, r => r.Ours.Rouge1.F1) * 100,8:0.00} {Mean(list, r => r.Ours.Rouge2.F1) * 100,6:0.00} {Mean(list, r => r.Ours.RougeL.F1) * 100,6:0.00}  {Mean(list, r => r.Lead.Rouge1.F1) * 100,8:0.00} {Mean(list, r => r.Lead.Rouge2.F1) * 100,6:0.00} {Mean(list, r => r.Lead.RougeL.F1) * 100,6:0.00}  {ratio,12:0.000} (target {target:0.00})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: parse + summarize + key facts (extraction) of {pairs.Count} articles ({pairs.Sum(p => WordCounter.Count(p.Article))} words): {cpu.TotalSeconds:0.000} s CPU, {wall.TotalSeconds:0.000} s wall, one thread, after start-up (models loaded and first article done in {warmUp.TotalSeconds:0.00} s); target <= 4 s; load average {LoadAverage()}"));
        Console.WriteLine(passed ? "targets met" : "targets NOT met");
        LargeText(pairs, summarizer);
        return 0;
    }

    /// <summary>
    /// Does on this thread what <c>quiztui summarize</c> does for every article (parse, summary, extraction,
    /// key facts), timing CPU and wall clock after start-up: the models are loaded and the code warmed on
    /// the first article before the clock starts.
    /// </summary>
    private static (List<Article> Articles, List<string> Summaries, TimeSpan Cpu, TimeSpan Wall, TimeSpan WarmUp) SummarizeAll(
        IReadOnlyList<BbcPair> pairs, Summarizer summarizer)
    {
        var warmUp = Stopwatch.StartNew();
        Summarize(pairs[0], summarizer);
        warmUp.Stop();
        var results = new List<(Article Article, Summary Summary, KeyFacts Facts)>();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var pair in pairs)
        {
            results.Add(Summarize(pair, summarizer));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        var wall = clock.Elapsed;
        return ([.. results.Select(r => r.Article)], [.. results.Select(r => r.Summary.Text)], cpu, wall, warmUp.Elapsed);
    }

    private static (Article Article, Summary Summary, KeyFacts Facts) Summarize(BbcPair pair, Summarizer summarizer)
    {
        // The loader of `quiztui summarize`: language check, then the parser.
        var article = QuizTui.Cli.ArticleLoader.Parse(pair.Name, pair.Article, null).Article ?? ArticleParser.Parse(pair.Article);
        var summary = summarizer.Summarize(article, SummaryOptions.WithWords(WordCounter.Count(pair.Reference)));
        return (article, summary, KeyFactsBuilder.Build(Extractor.Default.Extract(article), summary));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The linear-cost check: all articles joined into one text of about 2 MB, parsed and summarised.</summary>
    private static void LargeText(IReadOnlyList<BbcPair> pairs, Summarizer summarizer)
    {
        var text = "All the news\n\n" + string.Join("\n\n", pairs.Select(p => p.Article[(p.Article.IndexOf('\n') + 1)..].Trim()));
        while (text.Length < 2_000_000)
        {
            text += "\n\n" + text;
        }

        text = text[..2_000_000];
        var clock = Stopwatch.StartNew();
        var article = ArticleParser.Parse(text);
        var parse = clock.Elapsed;
        clock.Restart();
        var summary = summarizer.Summarize(article, SummaryOptions.WithSentences(10));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"2 MB text ({article.Sentences.Count} sentences): parse {parse.TotalSeconds:0.00} s, summarize {clock.Elapsed.TotalSeconds:0.00} s ({summary.Sentences.Count} sentences)"));
    }

    private static double Mean<T>(List<T> list, Func<T, double> value) => list.Average(value);

    /// <summary>The article's sentences in order, each taken if it still fits the word budget.</summary>
    private static string Lead(Article article, int budget)
    {
        var words = 0;
        var taken = new List<string>();
        foreach (var sentence in article.Sentences)
        {
            var count = WordCounter.Count(sentence.Text);
            if (words + count <= budget)
            {
                taken.Add(sentence.Text);
                words += count;
            }
        }

        return string.Join(' ', taken);
    }
}
