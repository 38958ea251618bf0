using QuizTui.Tui.Library;

namespace QuizTui.Tui;

/// <summary>What every screen shares: the articles, the scores, the clock (and the time zone of its days) and the core's analyses.</summary>
internal sealed class TrainerContext(ArticleLibrary library, ScoreBook scores, TimeProvider clock, ArticlePipeline pipeline, TimeZoneInfo? zone = null)
{
    public ArticleLibrary Library { get; } = library;

    public ScoreBook Scores { get; } = scores;

    public TimeProvider Clock { get; } = clock;

    public ArticlePipeline Pipeline { get; } = pipeline;

    /// <summary>Where the statistics' days begin and end: the local time zone unless a test fixes one.</summary>
    public TimeZoneInfo Zone { get; } = zone ?? TimeZoneInfo.Local;

    public DateTimeOffset Now => Clock.GetUtcNow();
}
