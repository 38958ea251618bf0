using System.Globalization;
using System.Text;
using Terminal.Gui.Text;

namespace QuizTui.Tui.Rendering;

/// <summary>Terminal column arithmetic over grapheme clusters, so wide and combining characters are never cut in half.</summary>
internal static class Cells
{
    /// <summary>Columns one grapheme takes: 0 for a lone combining mark, 2 for wide East Asian characters and most emoji.</summary>
    public static int Width(string grapheme)
    {
        var columns = grapheme.GetColumns();
        return Math.Max(0, columns);
    }

    public static int WidthOf(string text)
    {
        var total = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            total += Width(e.GetTextElement());
        }

        return total;
    }

    /// <summary>Makes text safe to draw: tabs become spaces; control, format and unassigned characters are dropped.</summary>
    public static string Printable(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var drop = c != '\t' && (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned
                || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200D'));
            if (drop || c == '\t')
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                if (c == '\t')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The text cut to at most <paramref name="columns"/> columns, with an ellipsis when cut.</summary>
    public static string Fit(string text, int columns)
    {
        if (columns <= 0)
        {
            return string.Empty;
        }

        if (WidthOf(text) <= columns)
        {
            return text;
        }

        var builder = new StringBuilder();
        var used = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var g = e.GetTextElement();
            var w = Width(g);
            if (used + w > columns - 1)
            {
                break;
            }

            builder.Append(g);
            used += w;
        }

        return builder.Append('…').ToString();
    }
}
