using System.Diagnostics;
using QuizTui.Core.Entities;
using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Entities.Tagging;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Evaluation.Ner;

/// <summary>
/// Times the stages of extraction on eng.testa (parsing, tokenizing, list lookup, tagging, names with
/// linking, times, quantities, all): CPU time and bytes allocated per word, after a warm-up pass.
/// Options: --rounds N (passes per stage, default 2).
/// </summary>
public static class NerProfileCommand
{
    public static int Run(EvaluationContext context)
    {
        var documents = ConllCorpus.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.testa")).Select(ConllDocument.From).ToList();
        var words = documents.Sum(d => d.Words);
        var rounds = int.Parse(context.Option("--rounds", "2"));
        documents.ForEach(d => NerPipeline.Run(d));
        var articles = documents.Select(d => ArticleParser.Parse(d.Text)).ToList();
        var regions = articles.Select(a => ArticleRegions.Of(a).Select(r => r.Span).ToList()).ToList();
        var sentences = documents.SelectMany(d => d.Lines.Select(l => Tokenizer.Tokenize(d.Text, l.Start, l.End).Select(t => t.Text).ToArray())).ToList();
        Console.WriteLine($"{"stage",-12} {"words/CPU s",12} {"µs/word",8} {"bytes/word",10}   (load average {LoadAverage()})");
        Time("parse", words, rounds, () => documents.ForEach(d => ArticleParser.Parse(d.Text)));
        Time("regions", words, rounds, () => articles.ForEach(a => ArticleRegions.Of(a)));
        Time("tokenize", words, rounds, () => documents.ForEach(d => d.Lines.ToList().ForEach(l => Tokenizer.Tokenize(d.Text, l.Start, l.End))));
        Time("lists", words, rounds, () => sentences.ForEach(s => _ = new NerSentence(s, Gazetteer.Default)));
        Time("tag", words, rounds, () => sentences.ForEach(s => NerTagger.Default.Tag(s, new DocumentMemory())));
        Time("names", words, rounds, () => articles.ForEach(a => EntityRecognizer.Default.Recognize(a)));
        Time("times", words, rounds, () =>
        {
            for (var d = 0; d < articles.Count; d++)
            {
                TimeTagger.Default.Find(articles[d].Text, regions[d], articles[d].Date);
            }
        });
        Time("quantities", words, rounds, () =>
        {
            for (var d = 0; d < articles.Count; d++)
            {
                QuantityFinder.Find(articles[d].Text, regions[d]);
            }
        });
        Time("all", words, rounds, () => documents.ForEach(d => NerPipeline.Run(d)));
        return 0;
    }

    private static void Time(string stage, int words, int rounds, Action action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var r = 0; r < rounds; r++)
        {
            action();
        }

        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var total = (double)words * rounds;
        Console.WriteLine($"{stage,-12} {total / used,12:N0} {used * 1e6 / total,8:F2} {bytes / total,10:N0}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
