using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Core.Entities;

/// <summary>The kept pieces of an article in text order (title, byline, standfirst, caption, dateline, body sentences), without overlaps.</summary>
public static class ArticleRegions
{
    /// <summary>The regions of <paramref name="article"/>, each flagged as body text or not.</summary>
    public static IReadOnlyList<(TextSpan Span, bool InBody)> Of(Article article)
    {
        var regions = new List<(TextSpan Span, bool InBody)>();
        if (article.TitleSpan is { } title)
        {
            regions.Add((title, false));
        }

        if (article.Byline is { Length: > 0 } byline && FindOnce(article.Text, byline) is { } bylineSpan)
        {
            regions.Add((bylineSpan, false));
        }

        foreach (var segment in new[] { article.Standfirst, article.Caption })
        {
            if (segment is not null)
            {
                regions.Add((segment.Span, false));
            }
        }

        if (article.Dateline is { } dateline)
        {
            regions.Add((dateline.Span, true));
        }

        regions.AddRange(article.Sentences.Select(s => (s.Span, true)));
        return WithoutOverlaps(regions);
    }

    /// <summary>Sorted by start; a region inside an earlier one is dropped, one overlapping it is cut to start after it.</summary>
    public static IReadOnlyList<(TextSpan Span, bool InBody)> WithoutOverlaps(IEnumerable<(TextSpan Span, bool InBody)> regions)
    {
        var result = new List<(TextSpan Span, bool InBody)>();
        var end = 0;
        foreach (var (span, inBody) in regions.Where(r => r.Span.Length > 0).OrderBy(r => r.Span.Start).ThenByDescending(r => r.Span.End))
        {
            if (span.End <= end)
            {
                continue;
            }

            result.Add((new TextSpan(Math.Max(span.Start, end), span.End), inBody));
            end = span.End;
        }

        return result;
    }

    private static TextSpan? FindOnce(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        return at >= 0 && text.IndexOf(value, at + 1, StringComparison.Ordinal) < 0 ? new TextSpan(at, at + value.Length) : null;
    }
}
