using System.Diagnostics;
using QuizTui.Core.Entities;

namespace QuizTui.Evaluation.Ner;

/// <summary>
/// Scores people, places and organisations on CoNLL-2003 eng.testa fed as text (one sentence a line),
/// beside compromise on the same texts; then speed (words a second, one thread, after warm-up) and memory.
/// Options: --no-compromise, --rounds N (timed passes, default 3).
/// </summary>
public static class NerCommand
{
    private static readonly string[] Types = ["PER", "LOC", "ORG"];

    public static int Run(EvaluationContext context)
    {
        var documents = ConllCorpus.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.testa")).Select(ConllDocument.From).ToList();
        var words = documents.Sum(d => d.Words);
        Console.WriteLine($"CoNLL-2003 eng.testa: {documents.Count} documents, {words:N0} words, fed as text through {NerPipeline.Description}");

        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        NerPipeline.Run(documents[0]);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var ours = new SpanScore();
        foreach (var document in documents)
        {
            ours.Add(document.Gold, NerPipeline.Run(document).Select(m => (m.Span, Type: Conll(m.Type))).Where(m => m.Type is not null).Select(m => (m.Span, m.Type!)));
        }

        ours.Print(Console.Out, "QuizTui", Types);
        var rounds = int.Parse(context.Option("--rounds", "3"));
        clock.Restart();
        for (var r = 0; r < rounds; r++)
        {
            documents.ForEach(d => NerPipeline.Run(d));
        }

        var ourRate = words * rounds / clock.Elapsed.TotalSeconds;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Process.GetCurrentProcess().WorkingSet64;

        double? theirRate = null;
        if (!context.Flag("--no-compromise") && CompromiseRunner.Run(context, documents.Select(d => d.Text).ToList()) is { } compromise)
        {
            var theirs = new SpanScore();
            for (var d = 0; d < documents.Count; d++)
            {
                theirs.Add(documents[d].Gold, compromise.Found[d]);
            }

            theirs.Print(Console.Out, $"compromise", Types);
            theirRate = compromise.WordsPerSecond;
        }

        Console.WriteLine($"targets: PER F1 >= 0.92, LOC >= 0.90, ORG >= 0.80");
        Console.WriteLine($"speed: QuizTui {ourRate:N0} words/s (one thread, {rounds} warm passes; model load + first document {loadSeconds:F2} s)" +
            (theirRate is { } t ? $"; compromise {CompromiseRunner.Version} {t:N0} words/s (node, warm pass); ratio {ourRate / t:F1}x" : ""));
        Console.WriteLine($"memory with the model loaded: managed heap {managed / 1048576.0:F0} MB, process working set {workingSet / 1048576.0:F0} MB (before loading {before / 1048576.0:F0} MB; includes the evaluation corpus)");
        return 0;
    }

    private static string? Conll(MentionType type) => type switch
    {
        MentionType.Person => "PER",
        MentionType.Place => "LOC",
        MentionType.Organization => "ORG",
        _ => null,
    };
}
