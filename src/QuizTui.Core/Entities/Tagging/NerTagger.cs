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

    private readonly AveragedPerceptron _model;

    public NerTagger(AveragedPerceptron model, Gazetteer gazetteer)
    {
        _model = model;
        Gazetteer = gazetteer;
    }

    public static NerTagger Default => Shipped.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>BILOU labels of one sentence's words; <paramref name="memory"/> carries the document's earlier labels.</summary>
    public string[] Tag(IReadOnlyList<string> words, DocumentMemory memory)
    {
        var sentence = new NerSentence(words, Gazetteer);
        var labels = new string[words.Count];
        var features = new List<string>(64);
        var classes = _model.Classes;
        Span<float> scores = stackalloc float[classes.Count];
        var previous = "<s>";
        var previous2 = "<s>";
        for (var i = 0; i < words.Count; i++)
        {
            NerFeatures.Extract(sentence, i, previous, previous2, memory.Recall(sentence, i), features);
            _model.Score(features, scores);
            var last = i == words.Count - 1;
            var best = -1;
            for (var c = 0; c < classes.Count; c++)
            {
                if ((best < 0 || scores[c] > scores[best]) && BilouLabels.Allowed(previous, classes[c], last))
                {
                    best = c;
                }
            }

            labels[i] = classes[best];
            previous2 = previous;
            previous = labels[i];
        }

        memory.Remember(sentence, labels);
        return labels;
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
        var features = new List<string>(64);
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
                        NerFeatures.Extract(sentence, i, previous, previous2, memory.Recall(sentence, i), features);
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
