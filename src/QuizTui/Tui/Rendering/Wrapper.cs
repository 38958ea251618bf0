using System.Globalization;

namespace QuizTui.Tui.Rendering;

/// <summary>Word-wraps styled runs to a width in columns.</summary>
internal static class Wrapper
{
    public static List<List<Run>> Wrap(IEnumerable<Run> runs, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<List<Run>>();
        var line = new List<Run>();
        var used = 0;

        foreach (var (word, spaceBefore) in Words(runs))
        {
            var wordWidth = word.Sum(r => Cells.WidthOf(r.Text));
            var gap = spaceBefore && used > 0 ? 1 : 0;
            if (used > 0 && used + gap + wordWidth > width)
            {
                lines.Add(line);
                line = [];
                used = 0;
                gap = 0;
            }

            if (gap == 1)
            {
                line.Add(new Run(" ", word[0].Style == line[^1].Style ? line[^1].Style : Style.Normal));
                used++;
            }

            foreach (var piece in word)
            {
                foreach (var part in Break(piece, width, ref used, lines, ref line))
                {
                    line.Add(part);
                }
            }
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    public static List<List<Run>> Wrap(string text, Style style, int width) => Wrap([new Run(text, style)], width);

    /// <summary>Splits runs into words (a word may span runs of different styles), noting the space before each.</summary>
    private static IEnumerable<(List<Run> Word, bool SpaceBefore)> Words(IEnumerable<Run> runs)
    {
        var word = new List<Run>();
        var space = false;
        foreach (var run in runs)
        {
            var text = Cells.Printable(run.Text);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var atSpace = i < text.Length && (text[i] == ' ' || text[i] == '\n');
                if (i == text.Length || atSpace)
                {
                    if (i > start)
                    {
                        word.Add(new Run(text[start..i], run.Style));
                    }

                    if (atSpace)
                    {
                        if (word.Count > 0)
                        {
                            yield return (word, space);
                            word = [];
                        }

                        space = true;
                    }

                    start = i + 1;
                }
            }
        }

        if (word.Count > 0)
        {
            yield return (word, space);
        }
    }

    /// <summary>Yields a piece whole, or cut by graphemes when it alone is wider than a line.</summary>
    private static IEnumerable<Run> Break(Run piece, int width, ref int used, List<List<Run>> lines, ref List<Run> line)
    {
        var pieceWidth = Cells.WidthOf(piece.Text);
        if (used + pieceWidth <= width)
        {
            used += pieceWidth;
            return [piece];
        }

        var parts = new List<Run>();
        var current = new System.Text.StringBuilder();
        var e = StringInfo.GetTextElementEnumerator(piece.Text);
        while (e.MoveNext())
        {
            var g = e.GetTextElement();
            var w = Cells.Width(g);
            if (used + w > width && used > 0)
            {
                if (current.Length > 0)
                {
                    line.Add(new Run(current.ToString(), piece.Style));
                    current.Clear();
                }

                lines.Add(line);
                line = [];
                used = 0;
            }

            current.Append(g);
            used += w;
        }

        if (current.Length > 0)
        {
            parts.Add(new Run(current.ToString(), piece.Style));
        }

        return parts;
    }
}
