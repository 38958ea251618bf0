using System.Drawing;

namespace QuizTui.Tui.Rendering;

/// <summary>
/// A rectangle of a view to draw styled text into. Everything is clipped to the rectangle by whole
/// graphemes, so nothing spills into a neighbour and no wide character is cut. It draws into the trainer's
/// <see cref="Frame"/>, which passes on to Terminal.Gui only what changed.
/// </summary>
internal sealed class Canvas(Frame frame, Theme theme, Rectangle area)
{
    public int Width => area.Width;

    public int Height => area.Height;

    public Theme Theme => theme;

    /// <summary>A sub-rectangle in this canvas's coordinates, clipped to it.</summary>
    public Canvas Inner(int x, int y, int width, int height)
    {
        var left = Math.Clamp(x, 0, Width);
        var top = Math.Clamp(y, 0, Height);
        var w = Math.Clamp(width, 0, Width - left);
        var h = Math.Clamp(height, 0, Height - top);
        return new Canvas(frame, theme, new Rectangle(area.X + left, area.Y + top, w, h));
    }

    /// <summary>Draws text at a column and row; returns the column after it.</summary>
    public int Text(int x, int y, string text, Style style)
    {
        if (y < 0 || y >= Height || x >= Width)
        {
            return x;
        }

        text = Cells.Printable(text);
        for (var i = 0; i < text.Length;)
        {
            var (g, w) = Cells.Next(text, ref i);
            if (x + w > Width)
            {
                break;
            }

            if (x >= 0 && w > 0)
            {
                frame.Set(area.X + x, area.Y + y, g, w, style);
            }

            x += w;
        }

        return x;
    }

    public int Runs(int x, int y, IEnumerable<Run> runs)
    {
        foreach (var run in runs)
        {
            x = Text(x, y, run.Text, run.Style);
        }

        return x;
    }

    /// <summary>Fills a row (from a column to the right edge) with spaces in a style.</summary>
    public void FillRow(int y, Style style, int from = 0)
    {
        if (y >= 0 && y < Height && from < Width)
        {
            var start = Math.Max(0, from);
            frame.Fill(area.X + start, area.Y + y, Width - start, style);
        }
    }

    public void Fill(Style style)
    {
        for (var y = 0; y < Height; y++)
        {
            FillRow(y, style);
        }
    }

    /// <summary>A box border with an optional title in the top edge.</summary>
    public void Box(string? title = null, Style style = Style.Border)
    {
        if (Width < 2 || Height < 2)
        {
            return;
        }

        var horizontal = new string('─', Width - 2);
        Text(0, 0, "┌" + horizontal + "┐", style);
        for (var y = 1; y < Height - 1; y++)
        {
            Text(0, y, "│", style);
            Text(Width - 1, y, "│", style);
        }

        Text(0, Height - 1, "└" + horizontal + "┘", style);
        if (!string.IsNullOrEmpty(title))
        {
            Text(2, 0, " " + Cells.Fit(title, Width - 6) + " ", Style.Heading);
        }
    }

    /// <summary>A horizontal bar of <paramref name="width"/> columns filled to <paramref name="fraction"/>.</summary>
    public void Bar(int x, int y, int width, double fraction)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width, MidpointRounding.AwayFromZero);
        Text(x, y, new string('█', filled), Style.BarFilled);
        Text(x + filled, y, new string('░', width - filled), Style.BarEmpty);
    }
}
