using System.Globalization;
using System.Text;
using Terminal.Gui.Text;

namespace QuizTui.Tui.Rendering;

/// <summary>Terminal column arithmetic over grapheme clusters, so wide and combining characters are never cut in half.</summary>
internal static class Cells
{
    /// <summary>One string per printable ASCII character, so the common case allocates nothing.</summary>
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>Columns one grapheme takes: 0 for a lone combining mark, 2 for wide East Asian characters and most emoji.</summary>
    public static int Width(string grapheme)
    {
        var columns = grapheme.GetColumns();
        return Math.Max(0, columns);
    }

    public static int WidthOf(string text)
    {
        var total = 0;
        for (var i = 0; i < text.Length;)
        {
            total += Next(text, ref i).Width;
        }

        return total;
    }

    /// <summary>The grapheme starting at <paramref name="i"/> and its columns; moves <paramref name="i"/> past it.</summary>
    public static (string Grapheme, int Width) Next(string text, ref int i)
    {
        var c = text[i];
        if (c is >= ' ' and < '\x7f' && (i + 1 == text.Length || text[i + 1] < '\x7f'))
        {
            // Printable ASCII followed by ASCII (nothing that could combine with it) is a grapheme of one column.
            i++;
            return (Ascii[c], 1);
        }

        var length = StringInfo.GetNextTextElementLength(text.AsSpan(i));
        var grapheme = length == 1 && c < '\x80' ? Ascii[c] : text.Substring(i, length);
        i += length;
        return (grapheme, Width(grapheme));
    }

    /// <summary>Makes text safe to draw: tabs become spaces; control, format and unassigned characters are dropped.</summary>
    public static string Printable(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (builder is null && c is >= ' ' and < '\x7f')
            {
                continue;
            }

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

        var used = 0;
        var end = 0;
        while (end < text.Length)
        {
            var next = end;
            var w = Next(text, ref next).Width;
            if (used + w > columns - 1)
            {
                break;
            }

            used += w;
            end = next;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }
}
