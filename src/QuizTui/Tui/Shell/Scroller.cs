using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>The first shown line of a scrolled list of lines, moved by the usual keys and kept in range when drawn.</summary>
internal sealed class Scroller
{
    private int pageHeight = 10;

    public int Top { get; private set; }

    /// <summary>Clamps to the lines and page of this draw; true when there is more below.</summary>
    public bool Fit(int lineCount, int height)
    {
        pageHeight = Math.Max(1, height);
        Top = Math.Clamp(Top, 0, Math.Max(0, lineCount - pageHeight));
        return Top + pageHeight < lineCount;
    }

    /// <summary>↑ ↓ j k a line, PgUp PgDn Space a page, Home End; false for other keys.</summary>
    public bool OnKey(Key key)
    {
        if (key == Key.CursorDown || key == Key.J)
        {
            Top++;
        }
        else if (key == Key.CursorUp || key == Key.K)
        {
            Top = Math.Max(0, Top - 1);
        }
        else if (key == Key.PageDown || key == Key.Space)
        {
            Top += pageHeight - 1;
        }
        else if (key == Key.PageUp)
        {
            Top = Math.Max(0, Top - pageHeight + 1);
        }
        else if (key == Key.Home)
        {
            Top = 0;
        }
        else if (key == Key.End)
        {
            Top = int.MaxValue / 2;
        }
        else
        {
            return false;
        }

        return true;
    }

    public void Scroll(int lines) => Top = Math.Max(0, Top + lines);
}
