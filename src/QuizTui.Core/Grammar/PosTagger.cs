using QuizTui.Core.Tagging;

namespace QuizTui.Core.Grammar;

/// <summary>
/// A Penn Treebank part-of-speech tagger: a greedy averaged perceptron with Honnibal's features plus a
/// word-shape feature (capitals matter for news), trained on CoNLL-2003 by the evaluation program's
/// <c>train-pos</c>. Immutable and thread-safe; <see cref="Default"/> loads the shipped model once.
/// </summary>
/// <example><c>PosTagger.Default.Tag(["Rebels", "seized", "four", "peacekeepers"])</c> → NNS VBD CD NNS</example>
public sealed class PosTagger
{
    private static readonly Lazy<PosTagger> Shipped = new(() => new PosTagger(Load("pos.model.gz")));

    public PosTagger(AveragedPerceptron model) => Model = model;

    /// <summary>The tagger with the shipped model.</summary>
    public static PosTagger Default => Shipped.Value;

    public AveragedPerceptron Model { get; }

    public string[] Tag(IReadOnlyList<string> words) => Tag(words, null);

    /// <summary>Tags <paramref name="words"/>; where <paramref name="fixedTags"/> has a tag it is kept and feeds the next words' history.</summary>
    public string[] Tag(IReadOnlyList<string> words, IReadOnlyList<string?>? fixedTags)
    {
        var context = Context(words);
        var tags = new string[words.Count];
        var features = new List<string>(20);
        string previous = "-START-", previous2 = "-START2-";
        for (var i = 0; i < words.Count; i++)
        {
            if (fixedTags?[i] is { } known)
            {
                tags[i] = known;
            }
            else
            {
                Features(words, context, i, previous, previous2, features);
                tags[i] = Model.Classes[Model.Predict(features)];
            }

            previous2 = previous;
            previous = tags[i];
        }

        return tags;
    }

    /// <summary>Trains a model on tagged sentences (greedy, predicted history, shuffled each pass).</summary>
    public static AveragedPerceptron Train(IReadOnlyList<(string[] Words, string[] Tags)> sentences, int iterations, int seed)
    {
        var classes = sentences.SelectMany(s => s.Tags).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var trainer = new AveragedPerceptron.Trainer(classes);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new List<string>(20);
        for (var pass = 0; pass < iterations; pass++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var (words, gold) = sentences[s];
                var context = Context(words);
                string previous = "-START-", previous2 = "-START2-";
                for (var i = 0; i < words.Length; i++)
                {
                    Features(words, context, i, previous, previous2, features);
                    var guess = trainer.Predict(features);
                    trainer.Update(index[gold[i]], guess, features);
                    previous2 = previous;
                    previous = classes[guess];
                }
            }
        }

        return trainer.Freeze(0.002f);
    }

    internal static AveragedPerceptron Load(string name)
    {
        var assembly = typeof(PosTagger).Assembly;
        using var stream = assembly.GetManifestResourceStream($"QuizTui.Core.Resources.Grammar.{name}")
            ?? throw new InvalidOperationException($"The grammar model {name} is not embedded.");
        return PerceptronFormat.Read(stream);
    }

    private static string[] Context(IReadOnlyList<string> words)
    {
        var context = new string[words.Count + 4];
        context[0] = "-START-";
        context[1] = "-START2-";
        for (var i = 0; i < words.Count; i++)
        {
            context[i + 2] = WordForm.Normalize(words[i]);
        }

        context[^2] = "-END-";
        context[^1] = "-END2-";
        return context;
    }

    private static void Features(IReadOnlyList<string> words, string[] context, int i, string previous, string previous2, List<string> features)
    {
        var word = context[i + 2];
        var raw = WordForm.Typography(words[i]);
        var shape = WordForm.Shape(raw);
        features.Clear();
        features.Add("b");
        features.Add("s3 " + Suffix(word, 3));
        features.Add("s2 " + Suffix(word, 2));
        features.Add("p1 " + (word.Length > 0 ? word[..1] : ""));
        features.Add("t1 " + previous);
        features.Add("t2 " + previous2);
        features.Add("t12 " + previous + " " + previous2);
        features.Add("w " + word);
        features.Add("t1w " + previous + " " + word);
        features.Add("w-1 " + context[i + 1]);
        features.Add("s-1 " + Suffix(context[i + 1], 3));
        features.Add("w-2 " + context[i]);
        features.Add("w+1 " + context[i + 3]);
        features.Add("s+1 " + Suffix(context[i + 3], 3));
        features.Add("w+2 " + context[i + 4]);
        features.Add("sh " + shape);
        features.Add("sht1 " + shape + " " + previous);
        features.Add("shf " + shape + (i == 0 ? " first" : " in"));
        features.Add("s4 " + Suffix(word, 4));
        features.Add("p3 " + (word.Length > 3 ? word[..3] : word));
        features.Add("w-1w " + context[i + 1] + " " + word);
        features.Add("ww+1 " + word + " " + context[i + 3]);
        features.Add("sh+1 " + WordForm.Shape(i + 1 < words.Count ? words[i + 1] : "") + " " + shape);
    }

    private static string Suffix(string word, int length) => word.Length <= length ? word : word[^length..];
}
