using System.Drawing;
using System.Text;
using Terminal.Gui.ViewBase;
using TgAttribute = Terminal.Gui.Drawing.Attribute;

namespace QuizTui.Tui.Rendering;

/// <summary>
/// The trainer's whole screen, composed in memory on every draw and then handed to Terminal.Gui cell by cell only
/// where it differs from what Terminal.Gui already holds. Terminal.Gui 2.5.0 marks every cell it is given as
/// changed and writes all of them to the terminal, and takes them one grapheme at a time through a lock and a clip
/// test; a key that moves a selection changes a few rows, so only those rows cost anything past this buffer.
/// </summary>
internal sealed class Frame
{
    private readonly StringBuilder run = new();
    private string?[] graphemes = [];
    private Style[] styles = [];

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Starts a frame of the given size, every cell a space in <paramref name="style"/>.</summary>
    public void Reset(int width, int height, Style style)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        var cells = Width * Height;
        if (graphemes.Length != cells)
        {
            graphemes = new string?[cells];
            styles = new Style[cells];
        }

        Array.Fill(graphemes, " ");
        Array.Fill(styles, style);
    }

    /// <summary>
    /// Puts one grapheme of <paramref name="width"/> columns (1 or 2) at a cell. Overwriting half of a wide
    /// character blanks its other half, as a terminal would.
    /// </summary>
    public void Set(int x, int y, string grapheme, int width, Style style)
    {
        var at = (y * Width) + x;
        if (graphemes[at] is null && x > 0)
        {
            graphemes[at - 1] = " ";
        }

        if (x + 1 < Width && graphemes[at + 1] is null && width == 1)
        {
            graphemes[at + 1] = " ";
        }

        graphemes[at] = grapheme;
        styles[at] = style;
        if (width == 2)
        {
            if (x + 2 < Width && graphemes[at + 2] is null)
            {
                graphemes[at + 2] = " ";
            }

            // The second column of a wide character: drawn by the first, in its style.
            graphemes[at + 1] = null;
            styles[at + 1] = style;
        }
    }

    /// <summary>Spaces in a style over <paramref name="count"/> cells of a row.</summary>
    public void Fill(int x, int y, int count, Style style)
    {
        for (var i = 0; i < count; i++)
        {
            Set(x + i, y, " ", 1, style);
        }
    }

    /// <summary>
    /// Hands the cells that differ from Terminal.Gui's screen buffer to <paramref name="view"/> (which fills the
    /// screen from its top-left corner), each run of neighbouring changed cells of one look as one string.
    /// </summary>
    public void Flush(View view, Theme theme)
    {
        var contents = view.App?.Driver?.Contents;
        var origin = view.ViewportToScreen(Point.Empty);
        var rows = contents?.GetLength(0) ?? 0;
        var cols = contents?.GetLength(1) ?? 0;
        var lastStyle = (Style)(-1);
        var look = default(TgAttribute);
        for (var y = 0; y < Height; y++)
        {
            var runStart = -1;
            var runLook = default(TgAttribute);
            var sy = origin.Y + y;
            for (var x = 0; x < Width; x++)
            {
                var at = (y * Width) + x;
                var g = graphemes[at];
                if (g is null)
                {
                    continue;
                }

                if (styles[at] != lastStyle)
                {
                    lastStyle = styles[at];
                    look = theme[lastStyle];
                }

                var sx = origin.X + x;
                var wide = x + 1 < Width && graphemes[at + 1] is null;
                var same = contents is not null && sy >= 0 && sy < rows && sx >= 0 && sx + (wide ? 1 : 0) < cols
                    && contents[sy, sx].Attribute == look && string.Equals(contents[sy, sx].Grapheme, g, StringComparison.Ordinal)
                    && (!wide || contents[sy, sx + 1].Attribute == look);
                if (same || (runStart >= 0 && runLook != look))
                {
                    End(view, ref runStart, y, runLook);
                }

                if (!same)
                {
                    if (runStart < 0)
                    {
                        runStart = x;
                        runLook = look;
                    }

                    run.Append(g);
                }
            }

            End(view, ref runStart, y, runLook);
        }
    }

    private void End(View view, ref int runStart, int y, TgAttribute look)
    {
        if (runStart < 0)
        {
            return;
        }

        view.SetAttribute(look);
        view.AddStr(runStart, y, run.ToString());
        run.Clear();
        runStart = -1;
    }
}
