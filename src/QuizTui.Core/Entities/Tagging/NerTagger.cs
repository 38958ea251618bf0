using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Tagging;

namespace QuizTui.Core.Entities.Tagging;

/// <summary>
/// The statistical name tagger: an averaged perceptron over <see cref="NerFeatures"/>, decoded greedily
/// left to right under BILOU constraints. The shipped model (trained on CoNLL-2003 by
/// <c>QuizTui.Evaluation train-ner</c>) is loaded once, lazily; a tagger is immutable and thread-safe.
/// </summary>
internal sealed class NerTagger
{
    public const string ModelResource = "ner.model.gz";

    private static readonly Lazy<NerTagger> Shipped = new(() =>
    {
        using var stream = ResourceText.Open(ModelResource);
        return new NerTagger(PerceptronFormat.Read(stream), Gazetteer.Default);
    });

    /// <summary>One feature buffer per thread, reused for every token it tags.</summary>
    private static readonly ThreadLocal<FeatureBuffer> Features = new(() => new FeatureBuffer());

    /// <summary>Enough for the common words of news (about 4 MB); rarer words are scored afresh.</summary>
    private const int MaxCachedWords = 30_000;

    private readonly AveragedPerceptron _model;

    /// <summary>
    /// Per thread, per word: the summed weights of its own features (<see cref="NerFeatures.AddWordFeatures"/>).
    /// One plain dictionary a thread: a shared concurrent one spent more on its locks than the lookups saved.
    /// </summary>
    private readonly ThreadLocal<Dictionary<string, float[]>> _wordScores = new(() => new(StringComparer.Ordinal));

    /// <summary>Legal BILOU successions by class index: [(previous + 1) * 2 * classes + 2 * class + last]; previous -1 is the sentence start.</summary>
    private readonly bool[] _allowed;

    public NerTagger(AveragedPerceptron model, Gazetteer gazetteer)
    {
        _model = model;
        Gazetteer = gazetteer;
        var classes = model.Classes;
        _allowed = new bool[(classes.Count + 1) * classes.Count * 2];
        for (var p = -1; p < classes.Count; p++)
        {
            for (var c = 0; c < classes.Count; c++)
            {
                for (var last = 0; last < 2; last++)
                {
                    _allowed[((p + 1) * classes.Count * 2) + (2 * c) + last] = BilouLabels.Allowed(p < 0 ? "<s>" : classes[p], classes[c], last == 1);
                }
            }
        }
    }

    public static NerTagger Default => Shipped.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>BILOU labels of one sentence's words; <paramref name="memory"/> carries the document's earlier labels.</summary>
    public string[] Tag(IReadOnlyList<string> words, DocumentMemory memory)
    {
        var sentence = new NerSentence(words, Gazetteer);
        var labels = new string[words.Count];
        var features = Features.Value!;
        var classes = _model.Classes;
        Span<float> scores = stackalloc float[classes.Count];
        var previous = "<s>";
        var previous2 = "<s>";
        var previousIndex = -1;
        for (var i = 0; i < words.Count; i++)
        {
            WordScores(sentence, i, features).CopyTo(scores);
            features.Clear();
            NerFeatures.AddContextFeatures(sentence, i, previous, previous2, memory.Recall(sentence, i), features);
            _model.AddScores(features, scores);
            var allowed = _allowed.AsSpan(((previousIndex + 1) * classes.Count * 2) + (i == words.Count - 1 ? 1 : 0));
            var best = -1;
            for (var c = 0; c < classes.Count; c++)
            {
                if ((best < 0 || scores[c] > scores[best]) && allowed[2 * c])
                {
                    best = c;
                }
            }

            labels[i] = classes[best];
            previous2 = previous;
            previous = labels[i];
            previousIndex = best;
        }

        memory.Remember(sentence, labels);
        return labels;
    }

    /// <summary>
    /// The summed weights of the word's own features, from the cache when the word was seen before. They
    /// come first in the feature order, so the sum is the very number the full loop reaches at that point.
    /// </summary>
    private float[] WordScores(NerSentence sentence, int i, FeatureBuffer features)
    {
        var word = sentence.Words[i];
        var cache = _wordScores.Value!;
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        features.Clear();
        NerFeatures.AddWordFeatures(word, sentence.Lower[i], sentence.Shapes[i], sentence.ShortShapes[i], features);
        var scores = new float[_model.Classes.Count];
        _model.Score(features, scores);
        if (cache.Count < MaxCachedWords)
        {
            cache[word] = scores;
        }

        return scores;
    }

    /// <summary>Trains a model on documents of sentences of (word, IOB1 tag) pairs.</summary>
    public static AveragedPerceptron Train(
        IReadOnlyList<IReadOnlyList<(string[] Words, string[] Tags)>> documents,
        Gazetteer gazetteer,
        int epochs,
        Action<string>? log = null)
    {
        var prepared = documents
            .Select(d => d.Select(s => (Sentence: new NerSentence(s.Words, gazetteer), Labels: BilouLabels.FromIob1(s.Tags))).ToList())
            .ToList();
        var classes = prepared.SelectMany(d => d).SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = classes.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var trainer = new AveragedPerceptron.Trainer(classes);
        var random = new Random(2003);
        var buffer = new FeatureBuffer();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var correct = 0;
            var total = 0;
            foreach (var document in prepared.OrderBy(_ => random.Next()).ToList())
            {
                var memory = new DocumentMemory();
                foreach (var (sentence, gold) in document)
                {
                    var guesses = new string[sentence.Count];
                    var previous = "<s>";
                    var previous2 = "<s>";
                    for (var i = 0; i < sentence.Count; i++)
                    {
                        NerFeatures.Extract(sentence, i, previous, previous2, memory.Recall(sentence, i), buffer);
                        var features = buffer.ToList();
                        var guess = trainer.Predict(features);
                        trainer.Update(index[gold[i]], guess, features);
                        guesses[i] = classes[guess];
                        correct += guesses[i] == gold[i] ? 1 : 0;
                        total++;
                        previous2 = previous;
                        previous = guesses[i];
                    }

                    memory.Remember(sentence, guesses);
                }
            }

            log?.Invoke($"epoch {epoch}: token accuracy {(double)correct / total:P2}");
        }

        return trainer.Freeze();
    }
}
