using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// A parsed news article. Every offset is a UTF-16 index into <see cref="Text"/>, the decoded input
/// (for HTML input, the text extracted from the page), end exclusive.
/// </summary>
public sealed record Article
{
    /// <summary>The decoded input text every span points into.</summary>
    public required string Text { get; init; }

    public required string Title { get; init; }

    public TextSpan? TitleSpan { get; init; }

    /// <summary>Agency or publication ("Agence France-Presse", "Wikinews").</summary>
    public string? Source { get; init; }

    public string? Byline { get; init; }

    public Segment? Standfirst { get; init; }

    public Dateline? Dateline { get; init; }

    public DateOnly? Date { get; init; }

    public DateSource DateSource { get; init; }

    public Segment? Caption { get; init; }

    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>All body paragraphs in order, across sections.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>All body sentences in order.</summary>
    public required IReadOnlyList<Sentence> Sentences { get; init; }

    public required IReadOnlyList<Quote> Quotes { get; init; }

    /// <summary>Lines dropped as site furniture, so a reviewer sees what went.</summary>
    public required IReadOnlyList<Segment> Removed { get; init; }

    /// <summary>The input's format.</summary>
    public ArticleFormat Format { get; init; }

    /// <summary>Number of words in the body.</summary>
    public int WordCount { get; init; }
}
