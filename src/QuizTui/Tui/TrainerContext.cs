using QuizTui.Tui.Library;

namespace QuizTui.Tui;

/// <summary>What every screen shares: the articles, the scores, the clock and the core's analyses.</summary>
internal sealed class TrainerContext(ArticleLibrary library, ScoreBook scores, TimeProvider clock, ArticlePipeline pipeline)
{
    public ArticleLibrary Library { get; } = library;

    public ScoreBook Scores { get; } = scores;

    public TimeProvider Clock { get; } = clock;

    public ArticlePipeline Pipeline { get; } = pipeline;
}
