using System.Diagnostics;
using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Entities.Tagging;
using QuizTui.Core.Tagging;

namespace QuizTui.Evaluation.Ner;

/// <summary>
/// Trains the name tagger on CoNLL-2003 eng.train and writes src/QuizTui.Core/Resources/Entities/ner.model.gz,
/// then scores it on eng.testa's own tokens (the full text path is the "ner" command).
/// Options: --epochs N (default 8), --out FILE.
/// </summary>
public static class TrainNerCommand
{
    private static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    public static int Run(EvaluationContext context)
    {
        var epochs = int.Parse(context.Option("--epochs", "8"));
        var output = context.Option("--out", Path.Combine(context.RepositoryRoot, "src", "QuizTui.Core", "Resources", "Entities", NerTagger.ModelResource));
        var train = ConllCorpus.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.train"));
        var dev = ConllCorpus.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.testa"));
        Console.WriteLine($"training on {train.Count} documents, {train.Sum(d => d.Count)} sentences, {epochs} epochs");
        var clock = Stopwatch.StartNew();
        var model = NerTagger.Train(train, Gazetteer.Default, epochs, message => Console.WriteLine($"  {message} ({clock.Elapsed.TotalSeconds:F0} s)"));
        using (var file = File.Create(output))
        {
            PerceptronFormat.Write(model, file);
        }

        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length / 1024:N0} KB, {model.Weights.Count:N0} features, {clock.Elapsed.TotalSeconds:F0} s");
        var tagger = new NerTagger(model, Gazetteer.Default);
        var score = new SpanScore();
        foreach (var document in dev)
        {
            var memory = new DocumentMemory();
            foreach (var (words, tags) in document)
            {
                var labels = tagger.Tag(words, memory);
                score.Add(BilouLabels.SpansFromIob1(tags).Select(s => ((s.Start, s.End), s.Type)),
                    BilouLabels.Spans(labels).Select(s => ((s.Start, s.End), s.Type)));
            }
        }

        score.Print(Console.Out, "tokens", Types);
        return 0;
    }
}
