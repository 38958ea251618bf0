using System.Diagnostics;
using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Entities.Tagging;
using QuizTui.Core.Text;

namespace QuizTui.Evaluation.Ner;

/// <summary>Times the stages of name finding on eng.testa (tokenizing, list lookup, tagging, all).</summary>
public static class NerProfileCommand
{
    public static int Run(EvaluationContext context)
    {
        var documents = ConllCorpus.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.testa")).Select(ConllDocument.From).ToList();
        var words = documents.Sum(d => d.Words);
        NerPipeline.Run(documents[0]);
        Time("tokenize", words, () => documents.ForEach(d => d.Lines.ToList().ForEach(l => Tokenizer.Tokenize(d.Text, l.Start, l.End))));
        var sentences = documents.SelectMany(d => d.Lines.Select(l => Tokenizer.Tokenize(d.Text, l.Start, l.End).Select(t => t.Text).ToArray())).ToList();
        Time("lists", words, () => sentences.ForEach(s => _ = new NerSentence(s, Gazetteer.Default)));
        Time("tag", words, () => sentences.ForEach(s => NerTagger.Default.Tag(s, new DocumentMemory())));
        Time("all", words, () => documents.ForEach(d => NerPipeline.Run(d)));
        return 0;
    }

    private static void Time(string stage, int words, Action action)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{stage,-10} {words / clock.Elapsed.TotalSeconds,12:N0} words/s wall, {words / used.TotalSeconds,12:N0} words/s of CPU time");
    }
}
