using System.Globalization;
using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

/// <summary>Maps a parsed article to its <c>parse --json</c> line.</summary>
internal static class ArticleJson
{
    public static string Serialize(string file, Article article) =>
        JsonSerializer.Serialize(ToJson(file, article), ParseJsonContext.Lines.ParsedArticleJson);

    public static ParsedArticleJson ToJson(string file, Article article) => new(
        file,
        article.Title,
        article.Source,
        article.Byline,
        article.Standfirst?.Text,
        article.Dateline is { } d ? new DatelineJson(d.Text, d.Place, d.Span.Start, d.Span.End) : null,
        article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Name(article.DateSource),
        article.Caption?.Text,
        article.Sections.Select(s => new SectionJson(s.Heading, s.Paragraphs.Select(Paragraph).ToList())).ToList(),
        article.Quotes.Select(q => new QuoteJson(q.Text, q.Speaker, q.Span.Start, q.Span.End)).ToList(),
        article.Removed.Select(r => new RemovedJson(r.Text, r.Span.Start, r.Span.End, r.Reason)).ToList(),
        article.Format switch { ArticleFormat.Markdown => "markdown", ArticleFormat.Html => "html", _ => "text" },
        article.WordCount);

    private static ParagraphJson Paragraph(Paragraph p) =>
        new(p.Text, p.Span.Start, p.Span.End, p.Sentences.Select(s => new SentenceJson(s.Text, s.Span.Start, s.Span.End)).ToList());

    private static string Name(DateSource source) => source switch
    {
        DateSource.Explicit => "explicit",
        DateSource.DateLine => "dateLine",
        DateSource.Caption => "caption",
        DateSource.Dateline => "dateline",
        DateSource.Metadata => "metadata",
        _ => "none",
    };
}
