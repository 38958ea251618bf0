using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Turns pasted or saved news text into an <see cref="Article"/>: headline, source, byline, standfirst,
/// caption, dateline, reference date, sections, paragraphs, sentences and quotations, with site furniture
/// set aside in <see cref="Article.Removed"/>. Every span points into the text as given.
/// </summary>
/// <example>
/// <c>ArticleParser.Parse("Storm hits coast\n\nSource: Wikinews, Monday, May 18, 2015\n\nA storm hit the coast. Two died.")</c>
/// → title "Storm hits coast", source "Wikinews", date 2015-05-18 (date line), one paragraph of two sentences.
/// </example>
public static class ArticleParser
{
    /// <summary>Parses <paramref name="text"/> (plain text, Markdown, or text already extracted from HTML).</summary>
    public static Article Parse(string text, ParseOptions? options = null)
    {
        options ??= ParseOptions.Default;
        var format = options.Format ?? (MarkdownReader.Looks(text) ? ArticleFormat.Markdown : ArticleFormat.PlainText);
        var draft = new ArticleDraft(text, options, format);
        var start = format == ArticleFormat.Markdown ? ReadFrontMatter(draft) : 0;
        var units = UnitReader.Read(text, start, text.Length);
        // Notices can be whole sentences; they must not count as the body they stand before.
        var firstProse = units.FindIndex(IsBodyProse);
        var lastProse = units.FindLastIndex(IsBodyProse);
        if (firstProse < 0)
        {
            firstProse = Math.Min(1, units.Count);
            lastProse = units.Count - 1;
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (format == ArticleFormat.Markdown && ReadMarkdownLine(draft, unit))
            {
                continue;
            }

            var atEdge = i < firstProse || i > lastProse;
            if (draft.Title is null && draft.ParagraphCount == 0 && unit.Words <= 30)
            {
                if (BoilerplateRules.Match(unit.Text, atEdge: false) is { } titleRule)
                {
                    draft.Remove(unit.Span, titleRule.Name);
                    continue;
                }

                draft.Title = unit.Text;
                draft.TitleSpan = unit.Span;
                continue;
            }

            if (BoilerplateRules.Match(unit.Text, atEdge) is { } rule)
            {
                draft.Remove(unit.Span, rule.Name);
            }
            else if (i >= firstProse || !HeaderReader.Read(draft, unit))
            {
                ReadBody(draft, units, i, beforeBody: i < firstProse);
            }
        }

        return draft.Build();
    }

    private static bool IsBodyProse(TextUnit unit) => unit.IsProse && BoilerplateRules.Match(unit.Text, atEdge: false) is null;

    private static void ReadBody(ArticleDraft draft, List<TextUnit> units, int i, bool beforeBody)
    {
        var unit = units[i];
        if (CaptionDetector.IsCaption(unit.Text, beforeBody))
        {
            if (draft.Caption is null)
            {
                draft.Caption = new Segment(unit.Text, unit.Span, "photo caption");
                draft.CaptionDate = DateFinder.Find(draft.Text, unit.Span.Start, unit.Span.End)?.Date;
            }
            else
            {
                draft.Remove(unit.Span, "photo-caption");
            }

            return;
        }

        if (IsHeading(units, i))
        {
            draft.StartSection(unit.Text, unit.Span);
            return;
        }

        var span = unit.Span;
        if (draft.ParagraphCount == 0 && draft.Dateline is null && DatelineReader.Read(draft.Text, span) is { } dateline)
        {
            draft.Dateline = dateline.Dateline;
            draft.DatelineDate = dateline.Date;
            draft.Source ??= dateline.Agency;
            span = new TextSpan(dateline.BodyStart, span.End);
        }

        span = TrimEndMark(draft, span);
        draft.AddParagraph(span);
    }

    /// <summary>A lone dash after the last words ("... offensives. –") marks the end of a wire story.</summary>
    private static TextSpan TrimEndMark(ArticleDraft draft, TextSpan span)
    {
        var text = draft.Text;
        var end = span.End;
        if (end - span.Start < 3 || text[end - 1] is not ('–' or '—' or '-') || !char.IsWhiteSpace(text[end - 2]))
        {
            return span;
        }

        var (_, kept) = UnitReader.Trim(text, span.Start, end - 1);
        draft.Remove(new TextSpan(end - 1, end), "end-mark");
        return new TextSpan(span.Start, kept);
    }

    /// <summary>A short title-like line with no closing full stop, followed by a body paragraph.</summary>
    private static bool IsHeading(List<TextUnit> units, int i)
    {
        var unit = units[i];
        if (unit.Words is 0 or > 10 || unit.Text.Length > 80 || unit.Last is '.' or ',' or ';' or ':' or '”' or '"' or '’' or '\'' || unit.EndsLikeSentence && unit.Last != '?')
        {
            return false;
        }

        if (!char.IsUpper(unit.Text[0]) && !char.IsDigit(unit.Text[0]))
        {
            return false;
        }

        return i + 1 < units.Count && units[i + 1].Words >= 8 && units[i + 1].EndsLikeSentence;
    }

    private static int ReadFrontMatter(ArticleDraft draft)
    {
        var (fields, end) = MarkdownReader.FrontMatter(draft.Text);
        if (fields.TryGetValue("title", out var title) && title.Length > 0)
        {
            draft.Title = title.Slice(draft.Text);
            draft.TitleSpan = title;
        }

        if (fields.TryGetValue("date", out var date))
        {
            draft.LineDate = DateFinder.Find(draft.Text, date.Start, date.End)?.Date;
        }

        foreach (var key in new[] { "source", "publisher", "site", "agency" })
        {
            if (fields.TryGetValue(key, out var source) && source.Length > 0)
            {
                draft.Source ??= source.Slice(draft.Text);
            }
        }

        foreach (var key in new[] { "author", "byline", "by" })
        {
            if (fields.TryGetValue(key, out var author) && author.Length > 0)
            {
                draft.Byline ??= author.Slice(draft.Text);
            }
        }

        return end;
    }

    private static bool ReadMarkdownLine(ArticleDraft draft, TextUnit unit)
    {
        if (unit.Text.StartsWith("![", StringComparison.Ordinal))
        {
            draft.Remove(unit.Span, "image");
            return true;
        }

        if (MarkdownReader.Heading(unit) is not { } heading)
        {
            return false;
        }

        if (heading.Level == 1 && draft.Title is null && draft.ParagraphCount == 0)
        {
            draft.Title = heading.Span.Slice(draft.Text);
            draft.TitleSpan = heading.Span;
        }
        else
        {
            draft.StartSection(heading.Span.Slice(draft.Text), heading.Span);
        }

        return true;
    }
}
