using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Core.Entities;

/// <summary>
/// The kept pieces of an article in text order, without overlaps: title, byline, standfirst, caption,
/// headings, dateline and body sentences, plus any other kept line (a date line such as "AL-AIN, United
/// Arab Emirates 1996-12-06"); only what the parser removed as site furniture is left out.
/// </summary>
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

        regions.AddRange(article.Sections.Where(s => s.HeadingSpan is not null).Select(s => (s.HeadingSpan!.Value, false)));
        regions.AddRange(article.Sentences.Select(s => (s.Span, true)));
        regions.AddRange(OtherLines(article.Text, regions.Select(r => r.Span).Concat(article.Removed.Select(r => r.Span))));
        return WithoutOverlaps(regions);
    }

    /// <summary>The lines, or parts of lines, of the text outside every given span that hold a letter.</summary>
    private static IEnumerable<(TextSpan Span, bool InBody)> OtherLines(string text, IEnumerable<TextSpan> covered)
    {
        var position = 0;
        foreach (var span in covered.OrderBy(s => s.Start).Append(new TextSpan(text.Length, text.Length)))
        {
            for (var start = position; start < span.Start;)
            {
                var newline = text.IndexOf('\n', start, span.Start - start);
                var end = newline < 0 ? span.Start : newline;
                var line = Trim(text, start, end);
                if (line.Length > 0 && text.AsSpan(line.Start, line.Length).ContainsAnyInRange('A', 'z'))
                {
                    yield return (line, false);
                }

                start = end + 1;
            }

            position = Math.Max(position, span.End);
        }
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
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
