namespace QuizTui.Core.Summaries;

/// <summary>
/// An article's sentences scored for a summary: centrality, position and title/centroid similarity,
/// scaled to [0, 1]; with each sentence's words and the first sentence of its unit (itself, or the
/// antecedents it leans on; -1 when it cannot be used).
/// </summary>
internal sealed record RankedSentences(double[] Score, int[] Words, int[] UnitStart, bool[] NeedsPrevious, SparseVector[] Vectors)
{
    /// <summary>A sentence leaning on more predecessors than this is not used.</summary>
    public const int MaxAntecedents = 2;

    public int Count => Score.Length;

    /// <param name="coverage">The share of the article the summary will take, in [0, 1]: the position prior
    /// fades as it grows (the lead is what a short news summary needs; a long extract needs the body too).</param>
    public static RankedSentences Rank(IReadOnlyList<string> sentences, int[] words, string title, bool[] needsPrevious, double coverage, SummarizerSettings settings)
    {
        var positionWeight = settings.PositionWeight * Math.Pow(1 - Math.Clamp(coverage, 0, 1), settings.PositionFade);
        var n = sentences.Count;
        var vectors = TermVectors.Build(sentences, title);
        var centrality = Centrality.Compute(vectors.Sentences, settings);
        var maxCentrality = centrality.DefaultIfEmpty(0).Max();
        var score = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = vectors.Sentences[i];
            score[i] = (settings.CentralityWeight * (maxCentrality > 0 ? centrality[i] / maxCentrality : 0))
                + (settings.CentroidWeight * v.Dot(vectors.Centroid))
                + (settings.TitleWeight * v.Dot(vectors.Title))
                + (positionWeight / (1 + (i / settings.PositionScale)));
        }

        var top = score.DefaultIfEmpty(0).Max();
        if (top > 0)
        {
            for (var i = 0; i < n; i++)
            {
                score[i] /= top;
            }
        }

        return new RankedSentences(score, words, UnitStarts(needsPrevious), needsPrevious, vectors.Sentences);
    }

    private static int[] UnitStarts(bool[] needsPrevious)
    {
        var starts = new int[needsPrevious.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            var start = i;
            while (start >= 0 && needsPrevious[start] && i - start <= MaxAntecedents)
            {
                start--;
            }

            starts[i] = start >= 0 && !needsPrevious[start] && i - start <= MaxAntecedents ? start : -1;
        }

        return starts;
    }
}
