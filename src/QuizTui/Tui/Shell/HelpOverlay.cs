using QuizTui.Tui.Rendering;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>The keys of the current screen and the keys that work everywhere; any key closes it.</summary>
internal sealed class HelpOverlay(string screen, IReadOnlyList<KeyHint> keys, IReadOnlyList<KeyHint> global) : Overlay
{
    public override void Draw(Canvas screenCanvas)
    {
        var rows = new List<(string Key, string Action, bool Heading)> { (screen, string.Empty, true) };
        rows.AddRange(keys.Select(k => (k.Label, k.Action, false)));
        rows.Add((string.Empty, string.Empty, false));
        rows.Add(("Everywhere", string.Empty, true));
        rows.AddRange(global.Select(k => (k.Label, k.Action, false)));
        rows.Add(("Mouse", "click a row, a choice or a key below; wheel scrolls", false));

        var keyWidth = rows.Where(r => !r.Heading).Max(r => Cells.WidthOf(r.Key)) + 2;
        var width = Math.Max(40, rows.Max(r => keyWidth + Cells.WidthOf(r.Action)) + 4);
        var inner = CenteredBox(screenCanvas, width, rows.Count + 4, "Help", out _);
        for (var i = 0; i < rows.Count; i++)
        {
            var (key, action, heading) = rows[i];
            if (heading)
            {
                inner.Text(0, i, key, Style.Heading);
                continue;
            }

            inner.Text(0, i, key, Style.Accent);
            inner.Text(keyWidth, i, Cells.Fit(action, inner.Width - keyWidth), Style.Normal);
        }

        inner.Text(0, inner.Height - 1, "Press any key to close", Style.Dim);
    }

    public override bool OnKey(Key key) => true;
}
