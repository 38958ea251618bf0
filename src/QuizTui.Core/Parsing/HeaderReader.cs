namespace QuizTui.Core.Parsing;

/// <summary>Reads the lines between headline and body: source and date lines, byline, agency, caption, standfirst.</summary>
internal static class HeaderReader
{
    /// <summary>True when the unit was taken as header matter; false leaves it to the body.</summary>
    public static bool Read(ArticleDraft draft, TextUnit unit)
    {
        var text = draft.Text;
        var sourceLine = HeaderLines.SourceLine(unit.Text);
        if (sourceLine.Success)
        {
            var rest = sourceLine.Groups["rest"];
            var restStart = unit.Span.Start + rest.Index;
            var found = DateFinder.Find(text, restStart, unit.Span.End);
            draft.LineDate ??= found?.Date;
            var name = rest.Value.Split(',')[0].Trim();
            if (found is null || found.Value.Span.Start > restStart + name.Length)
            {
                draft.Source ??= name;
            }

            return true;
        }

        if (HeaderLines.Byline(unit.Text, unit.Words) is { } byline)
        {
            draft.Byline ??= byline;
            return true;
        }

        if (draft.Source is null && HeaderLines.IsAgency(unit.Text, unit.Words))
        {
            draft.Source = unit.Text;
            return true;
        }

        if (unit.Words <= 8 && DateFinder.Find(text, unit.Span.Start, unit.Span.End) is { } date && draft.LineDate is null)
        {
            draft.LineDate = date.Date;
            return true;
        }

        if (CaptionDetector.IsCaption(unit.Text, beforeBody: true))
        {
            return false;
        }

        if (draft.Standfirst is null && draft.ParagraphCount == 0 && unit.Words >= 6 && !unit.EndsLikeSentence)
        {
            draft.Standfirst = new Segment(unit.Text, unit.Span, "standfirst");
            return true;
        }

        return false;
    }
}
