using System.Drawing;
using QuizTui.Tui.Rendering;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>A box drawn over the screen that takes every key until it closes.</summary>
internal abstract class Overlay
{
    public abstract void Draw(Canvas screen);

    /// <summary>Handles a key; true closes the overlay.</summary>
    public abstract bool OnKey(Key key);

    /// <summary>Handles a click at a screen position; true closes the overlay.</summary>
    public virtual bool OnClick(Point at, Size screen) => true;

    /// <summary>A centred box of at most the given size, cleared, with a border and a title.</summary>
    protected static Canvas CenteredBox(Canvas screen, int width, int height, string title, out Rectangle where)
    {
        width = Math.Min(width, screen.Width);
        height = Math.Min(height, screen.Height);
        var x = (screen.Width - width) / 2;
        var y = Math.Max(0, (screen.Height - height) / 2);
        where = new Rectangle(x, y, width, height);
        var box = screen.Inner(x, y, width, height);
        box.Fill(Style.Normal);
        box.Box(title);
        return box.Inner(2, 1, width - 4, height - 2);
    }
}
