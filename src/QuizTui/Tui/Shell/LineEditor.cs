using System.Globalization;
using QuizTui.Tui.Rendering;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>One line of editable text (a filter, a typed answer, a file name) with a cursor.</summary>
internal sealed class LineEditor
{
    private string text = string.Empty;
    private int cursor;

    public string Text
    {
        get => text;
        set
        {
            text = value;
            cursor = value.Length;
        }
    }

    /// <summary>Edits with a key; false when the key is not an editing key.</summary>
    public bool OnKey(Key key)
    {
        if (key == Key.Backspace)
        {
            if (cursor > 0)
            {
                var previous = StringInfo.ParseCombiningCharacters(text).Where(i => i < cursor).Max();
                text = text.Remove(previous, cursor - previous);
                cursor = previous;
            }

            return true;
        }

        if (key == Key.Delete)
        {
            if (cursor < text.Length)
            {
                text = text.Remove(cursor, StringInfo.GetNextTextElementLength(text, cursor));
            }

            return true;
        }

        if (key == Key.CursorLeft)
        {
            cursor = cursor == 0 ? 0 : StringInfo.ParseCombiningCharacters(text).Where(i => i < cursor).Max();
            return true;
        }

        if (key == Key.CursorRight)
        {
            cursor = cursor >= text.Length ? text.Length : cursor + StringInfo.GetNextTextElementLength(text, cursor);
            return true;
        }

        if (key == Key.Home || key == Key.A.WithCtrl)
        {
            cursor = 0;
            return true;
        }

        if (key == Key.End || key == Key.E.WithCtrl)
        {
            cursor = text.Length;
            return true;
        }

        if (key == Key.U.WithCtrl)
        {
            Text = string.Empty;
            return true;
        }

        var typed = key.GetPrintableText();
        if (!key.IsCtrl && !key.IsAlt && !string.IsNullOrEmpty(typed) && !typed.Any(char.IsControl))
        {
            Insert(typed);
            return true;
        }

        return false;
    }

    public void Insert(string typed)
    {
        var clean = Cells.Printable(typed.ReplaceLineEndings(" "));
        text = text.Insert(cursor, clean);
        cursor += clean.Length;
    }

    /// <summary>Draws the field <paramref name="width"/> columns wide, scrolled so the cursor shows.</summary>
    public void Draw(Canvas canvas, int x, int y, int width, bool focused, string placeholder = "")
    {
        canvas.Text(x, y, new string(' ', Math.Max(0, width)), Style.Input);
        if (text.Length == 0 && !focused)
        {
            canvas.Text(x, y, Cells.Fit(placeholder, width), Style.Dim);
            return;
        }

        var before = text[..cursor];
        var shift = Math.Max(0, Cells.WidthOf(before) - (width - 1));
        var visible = SkipColumns(text, shift);
        canvas.Text(x, y, Cells.Fit(visible, width), Style.Input);
        if (focused)
        {
            var at = x + Cells.WidthOf(before) - shift;
            var under = cursor < text.Length ? StringInfo.GetNextTextElement(text, cursor) : " ";
            canvas.Text(at, y, under, Style.Selected);
        }
    }

    private static string SkipColumns(string value, int columns)
    {
        var e = StringInfo.GetTextElementEnumerator(value);
        var skipped = 0;
        while (skipped < columns && e.MoveNext())
        {
            skipped += Cells.Width(e.GetTextElement());
        }

        return skipped == 0 ? value : value[(e.ElementIndex + e.GetTextElement().Length)..];
    }
}
