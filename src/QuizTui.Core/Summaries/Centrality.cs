namespace QuizTui.Core.Summaries;

/// <summary>
/// Weighted PageRank (TextRank) over a similarity graph of sentences. Each sentence is compared only
/// with its neighbours within a window, so the cost grows linearly with the article; articles shorter
/// than the window get the full graph.
/// </summary>
internal static class Centrality
{
    public static double[] Compute(SparseVector[] vectors, SummarizerSettings settings)
    {
        var n = vectors.Length;
        var edges = new List<(int To, double Weight)>[n];
        for (var i = 0; i < n; i++)
        {
            edges[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            var last = Math.Min(n - 1, i + settings.GraphWindow);
            for (var j = i + 1; j <= last; j++)
            {
                var w = settings.OverlapSimilarity ? vectors[i].Overlap(vectors[j]) : vectors[i].Dot(vectors[j]);
                if (w > settings.SimilarityThreshold)
                {
                    edges[i].Add((j, w));
                    edges[j].Add((i, w));
                }
            }
        }

        var outWeight = edges.Select(e => e.Sum(x => x.Weight)).ToArray();
        var score = Enumerable.Repeat(1.0 / Math.Max(n, 1), n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                dangling += outWeight[i] > 0 ? 0 : score[i];
            }

            var baseline = ((1 - settings.Damping) + (settings.Damping * dangling)) / n;
            Array.Fill(next, baseline);
            for (var i = 0; i < n; i++)
            {
                if (outWeight[i] > 0)
                {
                    var share = settings.Damping * score[i] / outWeight[i];
                    foreach (var (to, weight) in edges[i])
                    {
                        next[to] += share * weight;
                    }
                }
            }

            (score, next) = (next, score);
        }

        return score;
    }
}
