using System.Drawing;
using QuizTui.Tui.Rendering;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>A yes/no question; y or Enter says yes, n or Esc says no.</summary>
internal sealed class ConfirmOverlay(string question, Action onYes, string title = "Are you sure?", Action? onNo = null) : Overlay
{
    private const string Buttons = "[ Yes (y) ]   [ No (n) ]";
    private Rectangle box;

    public override void Draw(Canvas screen)
    {
        var lines = Wrapper.Wrap(question, Style.Strong, Math.Min(56, screen.Width - 6));
        var width = Math.Max(Cells.WidthOf(Buttons), lines.Max(l => l.Sum(r => Cells.WidthOf(r.Text)))) + 6;
        var inner = CenteredBox(screen, width, lines.Count + 5, title, out box);
        for (var i = 0; i < lines.Count; i++)
        {
            inner.Runs(0, i, lines[i]);
        }

        var x = (inner.Width - Cells.WidthOf(Buttons)) / 2;
        inner.Text(x, lines.Count + 1, "[ Yes (y) ]", Style.Selected);
        inner.Text(x + 14, lines.Count + 1, "[ No (n) ]", Style.Strong);
    }

    public override bool OnKey(Key key)
    {
        if (key == Key.Y || key == Key.Y.WithShift || key == Key.Enter)
        {
            onYes();
            return true;
        }

        return (key == Key.N || key == Key.N.WithShift || key == Key.Esc) && No();
    }

    public override bool OnClick(Point at, Size screen)
    {
        // The buttons row is the fourth from the bottom of the box's inside: the one drawn after the question.
        var buttonsRow = box.Y + box.Height - 3;
        var left = box.X + 2 + ((box.Width - 4 - Cells.WidthOf(Buttons)) / 2);
        if (at.Y == buttonsRow && at.X >= left && at.X < left + 11)
        {
            onYes();
            return true;
        }

        return at.Y == buttonsRow && at.X >= left + 14 && at.X < left + 24 && No();
    }

    private bool No()
    {
        onNo?.Invoke();
        return true;
    }
}
