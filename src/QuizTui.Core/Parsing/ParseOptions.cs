namespace QuizTui.Core.Parsing;

/// <summary>What the caller knows about an article beyond its text.</summary>
/// <param name="Date">The reference date given by the user (<c>--date</c>); it wins over any date in the text.</param>
/// <param name="Format">The input's format when already known (HTML extracted by the caller); detected otherwise.</param>
/// <param name="Title">A title known from metadata (an HTML page's title), used when the text has none.</param>
/// <param name="Source">A publisher known from metadata.</param>
/// <param name="Byline">An author known from metadata.</param>
/// <param name="PublishedDate">A publication date from metadata, used when the text states none.</param>
public sealed record ParseOptions(
    DateOnly? Date = null,
    ArticleFormat? Format = null,
    string? Title = null,
    string? Source = null,
    string? Byline = null,
    DateOnly? PublishedDate = null)
{
    /// <summary>No caller knowledge: everything comes from the text.</summary>
    public static ParseOptions Default { get; } = new();
}
