using QuizTui.Core.Tagging;

namespace QuizTui.Core.Grammar;

/// <summary>
/// A base-phrase chunker (NP, VP, PP, ADJP, ADVP, SBAR, PRT ...) in IOB2 tags ("B-NP", "I-NP", "O"):
/// a greedy averaged perceptron over words, part-of-speech windows and the previous chunk tags, trained
/// on CoNLL-2003's chunk column by <c>train-pos</c>. Immutable and thread-safe.
/// </summary>
/// <example><c>Chunk(["Rebels","seized","four","peacekeepers"], [NNS,VBD,CD,NNS])</c> → B-NP B-VP B-NP I-NP</example>
public sealed class Chunker
{
    private static readonly Lazy<Chunker> Shipped = new(() => new Chunker(PosTagger.Load("chunk.model.gz")));

    public Chunker(AveragedPerceptron model) => Model = model;

    /// <summary>The chunker with the shipped model.</summary>
    public static Chunker Default => Shipped.Value;

    public AveragedPerceptron Model { get; }

    public string[] Chunk(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var chunks = new string[words.Count];
        var features = new FeatureBuffer();
        for (var i = 0; i < words.Count; i++)
        {
            Features(words, tags, i, i > 0 ? chunks[i - 1] : "-S-", i > 1 ? chunks[i - 2] : "-S-", features);
            chunks[i] = Model.Classes[Model.Predict(features)];
        }

        return chunks;
    }

    /// <summary>Trains on sentences with part-of-speech and IOB2 chunk tags.</summary>
    public static AveragedPerceptron Train(IReadOnlyList<(string[] Words, string[] Tags, string[] Chunks)> sentences, int iterations, int seed)
    {
        var classes = sentences.SelectMany(s => s.Chunks).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var trainer = new AveragedPerceptron.Trainer(classes);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new FeatureBuffer();
        for (var pass = 0; pass < iterations; pass++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var (words, tags, gold) = sentences[s];
                var guesses = new string[words.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    Features(words, tags, i, i > 0 ? guesses[i - 1] : "-S-", i > 1 ? guesses[i - 2] : "-S-", features);
                    var strings = AveragedPerceptron.Strings(features);
                    var guess = trainer.Predict(strings);
                    trainer.Update(index[gold[i]], guess, strings);
                    guesses[i] = classes[guess];
                }
            }
        }

        return trainer.Freeze(0.01f);
    }

    /// <summary>The token's features, written into <paramref name="features"/> without making strings (the keys are the trained model's).</summary>
    private static void Features(IReadOnlyList<string> words, IReadOnlyList<string> tags, int i, string previous, string previous2, FeatureBuffer features)
    {
        string Tag(int k) => k < 0 ? "-S-" : k >= tags.Count ? "-E-" : tags[k];
        string Word(int k) => k < 0 ? "-S-" : k >= words.Count ? "-E-" : WordForm.Normalize(words[k]);
        var word = Word(i);
        var tag = Tag(i);
        features.Clear();
        features.Add("b");
        features.Add("w ", word);
        features.Add("w-1 ", Word(i - 1));
        features.Add("w+1 ", Word(i + 1));
        features.Add("t ", tag);
        features.Add("t-1 ", Tag(i - 1));
        features.Add("t-2 ", Tag(i - 2));
        features.Add("t+1 ", Tag(i + 1));
        features.Add("t+2 ", Tag(i + 2));
        features.Add("t-1t ", Tag(i - 1), " ", tag);
        features.Add("tt+1 ", tag, " ", Tag(i + 1));
        features.Add("t-2t-1t ", Tag(i - 2), " ", Tag(i - 1), " ", tag);
        features.Add("c-1 ", previous);
        features.Add("c-2c-1 ", previous2, " ", previous);
        features.Add("c-1t ", previous, " ", tag);
        features.Add("c-1tw ", previous, " ", tag, " ", word);
        features.Add("t-1w ", Tag(i - 1), " ", word);
    }
}
