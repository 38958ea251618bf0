using System.Diagnostics;
using QuizTui.Core.Grammar;
using QuizTui.Core.Tagging;

namespace QuizTui.Evaluation;

/// <summary>
/// Trains the part-of-speech tagger and the chunker on CoNLL-2003 eng.train (columns 2 and 3), scores
/// them on eng.testa, and writes the models into the core's resources (the data itself never ships).
/// </summary>
internal static class TrainGrammarCommand
{
    public static int Run(EvaluationContext context)
    {
        var iterations = int.Parse(context.Option("--iterations", "5"), System.Globalization.CultureInfo.InvariantCulture);
        var train = ConllSentences.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.train"));
        var dev = ConllSentences.Read(Path.Combine(context.DataDirectory, "conll2003", "eng.testa"));
        Console.WriteLine($"train {train.Count} sentences, dev {dev.Count}");

        var clock = Stopwatch.StartNew();
        var posModel = PosTagger.Train([.. train.Select(s => (s.Words, s.Tags))], iterations, seed: 1);
        Console.WriteLine($"pos trained in {clock.Elapsed.TotalSeconds:F1} s, {posModel.Weights.Count} features");
        clock.Restart();
        var chunkModel = Chunker.Train([.. train.Select(s => (s.Words, s.Tags, s.Chunks))], iterations, seed: 2);
        Console.WriteLine($"chunk trained in {clock.Elapsed.TotalSeconds:F1} s, {chunkModel.Weights.Count} features");

        var folder = Path.Combine(context.RepositoryRoot, "src", "QuizTui.Core", "Resources", "Grammar");
        Directory.CreateDirectory(folder);
        Save(posModel, Path.Combine(folder, "pos.model.gz"));
        Save(chunkModel, Path.Combine(folder, "chunk.model.gz"));

        GrammarScores.Print(new PosTagger(posModel), new Chunker(chunkModel), dev);
        return 0;
    }

    private static void Save(AveragedPerceptron model, string path)
    {
        using (var file = File.Create(path))
        {
            PerceptronFormat.Write(model, file);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KB)");
    }
}
