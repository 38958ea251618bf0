using QuizTui.Core.Entities;
using QuizTui.Core.Text;

namespace QuizTui.Tui.Rendering;

/// <summary>Cuts a stretch of an article's text into runs, styling the marked spans in it.</summary>
internal static class Highlighter
{
    /// <summary>The spans worth marking in a reader: people, places, organisations, dates and numbers, without overlaps.</summary>
    public static IReadOnlyList<(TextSpan Span, Style Style)> Marks(Extraction extraction)
    {
        var marks = new List<(TextSpan, Style)>();
        foreach (var m in extraction.Mentions)
        {
            Style? style = m.Type switch
            {
                MentionType.Person => Style.Person,
                MentionType.Place => Style.Place,
                MentionType.Organization => Style.Organization,
                _ => null,
            };
            if (style is { } s)
            {
                marks.Add((m.Span, s));
            }
        }

        marks.AddRange(extraction.Times.Select(t => (t.Span, Style.Date)));
        marks.AddRange(extraction.Quantities.Select(q => (q.Span, Style.Quantity)));
        var ordered = marks.OrderBy(m => m.Item1.Start).ThenByDescending(m => m.Item1.Length).ToList();
        var kept = new List<(TextSpan, Style)>();
        foreach (var mark in ordered)
        {
            if (kept.Count == 0 || kept[^1].Item1.End <= mark.Item1.Start)
            {
                kept.Add(mark);
            }
        }

        return kept;
    }

    /// <summary>Runs for <paramref name="span"/> of <paramref name="text"/>, the marks inside it styled.</summary>
    public static List<Run> Runs(string text, TextSpan span, IEnumerable<(TextSpan Span, Style Style)> marks, Style plain = Style.Normal)
    {
        var runs = new List<Run>();
        var at = span.Start;
        foreach (var (mark, style) in marks.Where(m => span.Contains(m.Span)).OrderBy(m => m.Span.Start))
        {
            if (mark.Start < at)
            {
                continue;
            }

            if (mark.Start > at)
            {
                runs.Add(new Run(text[at..mark.Start], plain));
            }

            runs.Add(new Run(text[mark.Start..mark.End], style));
            at = mark.End;
        }

        if (at < span.End)
        {
            runs.Add(new Run(text[at..span.End], plain));
        }

        return runs;
    }
}
