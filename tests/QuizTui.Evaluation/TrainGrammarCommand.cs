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

        var folder = Path.Combine(context.RepositoryRoot, "src", "QuizTui.Core", "Resources", "Grammar");
        Directory.CreateDirectory(folder);
        var lexicon = Lexicon(context, folder);
        Console.WriteLine($"tag lexicon: {lexicon.Count} words");

        var clock = Stopwatch.StartNew();
        var posModel = PosTagger.Train([.. train.Select(s => (s.Words, s.Tags))], lexicon, iterations, seed: 1);
        Console.WriteLine($"pos trained in {clock.Elapsed.TotalSeconds:F1} s, {posModel.Weights.Count} features");
        Save(posModel, Path.Combine(folder, "pos.model.gz"));

        // The chunker is trained on the gold tags, so --pos-only keeps the shipped one.
        var chunker = Chunker.Default;
        if (!context.Flag("--pos-only"))
        {
            clock.Restart();
            var chunkModel = Chunker.Train([.. train.Select(s => (s.Words, s.Tags, s.Chunks))], iterations, seed: 2);
            Console.WriteLine($"chunk trained in {clock.Elapsed.TotalSeconds:F1} s, {chunkModel.Weights.Count} features");
            Save(chunkModel, Path.Combine(folder, "chunk.model.gz"));
            chunker = new Chunker(chunkModel);
        }

        GrammarScores.Print(new PosTagger(posModel, lexicon), chunker, dev);
        return 0;
    }

    /// <summary>
    /// The tag lexicon to train with: rebuilt from <c>--brill FILE --wordnet DIR</c> when given (and written
    /// to the resources), none with <c>--no-lexicon</c> (for comparison), else the shipped one.
    /// </summary>
    private static TagLexicon Lexicon(EvaluationContext context, string folder)
    {
        if (context.Flag("--no-lexicon"))
        {
            return TagLexicon.Empty;
        }

        var brill = context.Option("--brill", "");
        if (brill.Length == 0)
        {
            return TagLexicon.Default;
        }

        var built = TagLexiconBuilder.Build(brill, context.Option("--wordnet", "/usr/share/wordnet"), Path.Combine(folder, "irregular-verbs.txt"));
        var path = Path.Combine(folder, "tag-lexicon.txt.gz");
        TagLexiconBuilder.Write(built, path);
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KB)");
        return new TagLexicon(built);
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
