using System.Numerics;

namespace QuizTui.Core.Tagging;

/// <summary>
/// A multiclass averaged perceptron over string features (Collins 2002; the tagger of Honnibal's
/// "A good part-of-speech tagger in about 200 lines of Python"). Train with <see cref="Trainer"/>,
/// then freeze; a frozen model is immutable and safe to share across threads.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<string, float[]> _weights;
    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly FeatureTable? _table;

    /// <summary>A frozen model from its class labels and per-feature weight vectors.</summary>
    public AveragedPerceptron(IReadOnlyList<string> classes, IReadOnlyDictionary<string, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Classes = classes;
        // A plain ordinal dictionary: it builds several times faster than a frozen one at load, and its
        // span lookup lets a tagger look features up without making strings.
        _weights = new Dictionary<string, float[]>(weights, StringComparer.Ordinal);
        _bySpan = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
        _table = FeatureTable.Build(_weights);
    }

    /// <summary>The labels, in the order of each weight vector.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The features with their weight vectors (for saving).</summary>
    public IReadOnlyDictionary<string, float[]> Weights => _weights;

    /// <summary>Adds the feature weights into <paramref name="scores"/> (length = class count).</summary>
    public void Score(IEnumerable<string> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_weights.TryGetValue(feature, out var vector))
            {
                for (var c = 0; c < vector.Length; c++)
                {
                    scores[c] += vector[c];
                }
            }
        }
    }

    /// <summary>Adds the weights of the buffered features into <paramref name="scores"/> (length = class count).</summary>
    public void Score(FeatureBuffer features, Span<float> scores)
    {
        scores.Clear();
        AddScores(features, scores);
    }

    /// <summary>Adds the weights of the buffered features onto the <paramref name="scores"/> already there, in buffer order.</summary>
    public void AddScores(FeatureBuffer features, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (_table is { } table)
        {
            for (var f = 0; f < features.Count; f++)
            {
                if (table.Find(features[f]) is { } vector)
                {
                    Add(vector, scores);
                }
            }

            return;
        }

        for (var f = 0; f < features.Count; f++)
        {
            if (_bySpan.TryGetValue(features[f], out var vector))
            {
                Add(vector, scores);
            }
        }
    }

    private static void Add(ReadOnlySpan<float> vector, Span<float> scores)
    {
        var c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; c + Vector<float>.Count <= vector.Length; c += Vector<float>.Count)
            {
                (new Vector<float>(vector[c..]) + new Vector<float>(scores[c..])).CopyTo(scores[c..]);
            }
        }

        for (; c < vector.Length; c++)
        {
            scores[c] += vector[c];
        }
    }

    /// <summary>The best-scoring class index.</summary>
    public int Predict(IEnumerable<string> features)
    {
        Span<float> scores = stackalloc float[Classes.Count];
        Score(features, scores);
        return Best(scores);
    }

    /// <summary>The best-scoring class index for the buffered features.</summary>
    public int Predict(FeatureBuffer features)
    {
        Span<float> scores = stackalloc float[Classes.Count];
        Score(features, scores);
        return Best(scores);
    }

    /// <summary>The index of the highest score (the first of equals).</summary>
    private static int Best(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>The buffered features as strings, for a <see cref="Trainer"/>.</summary>
    public static List<string> Strings(FeatureBuffer features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var list = new List<string>(features.Count);
        for (var f = 0; f < features.Count; f++)
        {
            list.Add(features[f].ToString());
        }

        return list;
    }

    /// <summary>Learns weights online and averages them at the end.</summary>
    public sealed class Trainer(IReadOnlyList<string> classes)
    {
        private readonly Dictionary<string, double[]> _weights = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double[]> _totals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int[]> _stamps = new(StringComparer.Ordinal);
        private int _instances;

        public IReadOnlyList<string> Classes { get; } = classes;

        /// <summary>The current (unaveraged) best class.</summary>
        public int Predict(IReadOnlyList<string> features)
        {
            var scores = new double[Classes.Count];
            foreach (var feature in features)
            {
                if (_weights.TryGetValue(feature, out var vector))
                {
                    for (var c = 0; c < vector.Length; c++)
                    {
                        scores[c] += vector[c];
                    }
                }
            }

            var best = 0;
            for (var c = 1; c < scores.Length; c++)
            {
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            return best;
        }

        /// <summary>One training step: rewards the truth and penalises the guess when they differ.</summary>
        public void Update(int truth, int guess, IReadOnlyList<string> features)
        {
            _instances++;
            if (truth == guess)
            {
                return;
            }

            foreach (var feature in features)
            {
                Step(feature, truth, 1.0);
                Step(feature, guess, -1.0);
            }
        }

        private void Step(string feature, int label, double delta)
        {
            if (!_weights.TryGetValue(feature, out var w))
            {
                w = new double[Classes.Count];
                _weights[feature] = w;
                _totals[feature] = new double[Classes.Count];
                _stamps[feature] = new int[Classes.Count];
            }

            var totals = _totals[feature];
            var stamps = _stamps[feature];
            totals[label] += (_instances - stamps[label]) * w[label];
            stamps[label] = _instances;
            w[label] += delta;
        }

        /// <summary>The averaged, frozen model; features whose weights all round to zero are dropped.</summary>
        public AveragedPerceptron Freeze(float minimumWeight = 1e-3f)
        {
            var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var (feature, w) in _weights)
            {
                var totals = _totals[feature];
                var stamps = _stamps[feature];
                var vector = new float[Classes.Count];
                var keep = false;
                for (var c = 0; c < vector.Length; c++)
                {
                    var total = totals[c] + ((_instances - stamps[c]) * w[c]);
                    vector[c] = (float)(total / Math.Max(1, _instances));
                    keep |= Math.Abs(vector[c]) >= minimumWeight;
                }

                if (keep)
                {
                    averaged[feature] = vector;
                }
            }

            return new AveragedPerceptron(Classes, averaged);
        }
    }
}
