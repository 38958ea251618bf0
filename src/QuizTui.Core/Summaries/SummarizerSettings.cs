namespace QuizTui.Core.Summaries;

/// <summary>
/// The ranker's tuning: graph, position prior and redundancy. The defaults were tuned on the BBC
/// development split (tests/QuizTui.Evaluation <c>rouge</c>); change them only with a measurement.
/// </summary>
public sealed record SummarizerSettings
{
    /// <summary>PageRank damping.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Power iterations (converged well before 30 on news articles).</summary>
    public int Iterations { get; init; } = 30;

    /// <summary>Sentences further apart than this are not compared; keeps the cost linear.</summary>
    public int GraphWindow { get; init; } = 100;

    /// <summary>Cosine similarities at or below this make no edge.</summary>
    public double SimilarityThreshold { get; init; }

    /// <summary>Use TextRank's word-overlap similarity instead of TF-IDF cosine for the graph.</summary>
    public bool OverlapSimilarity { get; init; } = true;

    /// <summary>Weight of graph centrality (scaled to the article's best sentence).</summary>
    public double CentralityWeight { get; init; } = 1.0;

    /// <summary>Weight of the similarity to the whole article (centroid).</summary>
    public double CentroidWeight { get; init; } = 0.0;

    /// <summary>Weight of the similarity to the title.</summary>
    public double TitleWeight { get; init; } = 0.0;

    /// <summary>Weight of the news position prior 1 / (1 + index / PositionScale).</summary>
    public double PositionWeight { get; init; } = 1.0;

    /// <summary>How fast the position prior fades as the summary covers more of the article: weight × (1 − coverage)^x.</summary>
    public double PositionFade { get; init; } = 3;

    /// <summary>Sentences at which the position prior has halved.</summary>
    public double PositionScale { get; init; } = 3;

    /// <summary>MMR trade-off: 1 ignores redundancy, 0 only avoids it.</summary>
    public double Lambda { get; init; } = 0.85;

    /// <summary>Exponent of the length normalisation when a word budget is filled: gain / words^x.</summary>
    public double LengthExponent { get; init; } = 0.0;

    /// <summary>The most sentences considered for selection, best first (keeps long texts fast).</summary>
    public int CandidatePool { get; init; } = 400;

    /// <summary>Sentences shorter than this many words are not chosen on their own.</summary>
    public int MinimumWords { get; init; } = 5;
}
