using System.Globalization;
using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

/// <summary>Pulls the main article out of a saved web page with SmartReader (Mozilla's Readability, ported).</summary>
internal static class HtmlArticle
{
    /// <summary>True when the text is a web page rather than an article's text.</summary>
    public static bool Looks(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A fragment: several block tags near the start.
        var tags = 0;
        foreach (var tag in (ReadOnlySpan<string>)["<p>", "<p ", "<div", "<article", "<body", "<h1", "<br"])
        {
            tags += Count(head, tag);
        }

        return head.StartsWith("<") && tags >= 3;
    }

    /// <summary>The article's text and what the page says of it, or null when no article is found.</summary>
    public static (string Text, ParseOptions Options)? Extract(string html, DateOnly? date)
    {
        // Reader(uri, text) parses the given page; the address only resolves relative links. (The static
        // ParseArticle(uri, string) overload takes a user agent and downloads the address: never use it.)
        var article = new SmartReader.Reader("https://localhost/article", html).GetArticle();
        if (string.IsNullOrWhiteSpace(article.TextContent))
        {
            return null;
        }

        var text = Paragraphs(article.TextContent);
        var title = Title(article.Title, article.SiteName);
        var body = title is null ? text : $"{title}\n\n{text}";
        var published = article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        var options = new ParseOptions(
            Date: date,
            Format: ArticleFormat.Html,
            Title: title,
            Source: Blank(article.SiteName),
            Byline: Blank(article.Byline ?? article.Author),
            PublishedDate: published);
        return (body, options);
    }

    /// <summary>The page title without the site's name ("Storm closes harbour | Coast News").</summary>
    private static string? Title(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = title.Trim();
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: "])
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut > 0 && site is not null && title[(cut + separator.Length)..].Trim().Equals(site.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return title[..cut].Trim();
            }
        }

        return title;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Readability's text keeps the page's line breaks and indentation: one paragraph a block.</summary>
    private static string Paragraphs(string text)
    {
        var blocks = text.ReplaceLineEndings("\n")
            .Split('\n')
            .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join("\n\n", blocks);
    }

    private static int Count(ReadOnlySpan<char> text, string value)
    {
        var count = 0;
        var culture = CultureInfo.InvariantCulture.CompareInfo;
        while (culture.IndexOf(text, value, CompareOptions.IgnoreCase) is var i and >= 0)
        {
            count++;
            text = text[(i + value.Length)..];
        }

        return count;
    }
}
