namespace QuizTui.Core.Summaries;

/// <summary>
/// Sparse TF-IDF vectors of an article's sentences (and its title), unit length, term ids ascending,
/// with the IDF taken over the article's own sentences.
/// </summary>
internal sealed class TermVectors
{
    private TermVectors(SparseVector[] sentences, SparseVector title, SparseVector centroid)
    {
        Sentences = sentences;
        Title = title;
        Centroid = centroid;
    }

    public SparseVector[] Sentences { get; }

    public SparseVector Title { get; }

    /// <summary>The article as one document: the sum of its sentences' term counts, weighted and normalised.</summary>
    public SparseVector Centroid { get; }

    public static TermVectors Build(IReadOnlyList<string> sentences, string title)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = sentences.Select(s => Count(ContentTerms.Of(s), ids, add: true)).ToArray();
        var df = new int[ids.Count];
        var total = new double[ids.Count];
        foreach (var sentence in counts)
        {
            foreach (var (id, tf) in sentence)
            {
                df[id]++;
                total[id] += tf;
            }
        }

        var n = sentences.Count;
        var idf = df.Select(d => Math.Log((n + 1.0) / (d + 0.5))).ToArray();
        var vectors = counts.Select(c => Weigh(c, idf)).ToArray();
        var titleVector = Weigh(Count(ContentTerms.Of(title), ids, add: false), idf);
        var centroid = Weigh(total.Select((t, id) => (id, t)).Where(p => p.t > 0).ToDictionary(p => p.id, p => p.t), idf);
        return new TermVectors(vectors, titleVector, centroid);
    }

    private static Dictionary<int, double> Count(List<string> terms, Dictionary<string, int> ids, bool add)
    {
        var counts = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                if (!add)
                {
                    continue;
                }

                id = ids[term] = ids.Count;
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return counts;
    }

    private static SparseVector Weigh(Dictionary<int, double> counts, double[] idf)
    {
        var ids = counts.Keys.Order().ToArray();
        var weights = ids.Select(id => (1 + Math.Log(counts[id])) * idf[id]).ToArray();
        var norm = Math.Sqrt(weights.Sum(w => w * w));
        if (norm > 0)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] /= norm;
            }
        }

        return new SparseVector(ids, weights, counts.Count);
    }
}
