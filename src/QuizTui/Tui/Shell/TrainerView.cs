using System.Drawing;
using QuizTui.Tui.Rendering;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace QuizTui.Tui.Shell;

/// <summary>
/// The one Terminal.Gui view of the trainer: a title bar with the trail of screens, the current
/// screen, a status bar of its keys, and the help or a question drawn over them. Screens are a stack:
/// Esc goes back one, Ctrl+Q quits from anywhere.
/// </summary>
internal sealed class TrainerView : Runnable
{
    private static readonly KeyHint[] GlobalKeys =
    [
        new("F1 or ?", "help on the keys of the screen", Key.F1),
        new("Esc", "back (or cancel)", Key.Esc),
        new("Ctrl+Q", "quit from anywhere", Key.Q.WithCtrl),
        new("Ctrl+L", "redraw the whole screen", Key.L.WithCtrl),
    ];

    private static readonly KeyHint[] StatusKeys =
    [
        new("F1", "help", Key.F1),
        new("^Q", "quit", Key.Q.WithCtrl),
    ];

    private readonly List<Screen> stack = [];
    private readonly Frame frame = new();
    private Overlay? overlay;

    public TrainerView(Theme theme, Screen first)
    {
        Theme = theme;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        Push(first);
    }

    public Theme Theme { get; }

    /// <summary>Disposed with the view (the progress database).</summary>
    public IDisposable? Owned { get; init; }

    public Screen Current => stack[^1];

    public bool HasOverlay => overlay is not null;

    public void Push(Screen screen)
    {
        screen.Host = this;
        stack.Add(screen);
        screen.OnShown();
        SetNeedsDraw();
    }

    /// <summary>Back one screen; at the first screen, nothing happens.</summary>
    public void Pop()
    {
        if (stack.Count > 1)
        {
            stack.RemoveAt(stack.Count - 1);
            Current.OnShown();
            SetNeedsDraw();
        }
    }

    /// <summary>Replaces the current screen (a quiz becoming its results).</summary>
    public void Replace(Screen screen)
    {
        stack.RemoveAt(stack.Count - 1);
        Push(screen);
    }

    /// <summary>Back to the first screen of the given type below the current one.</summary>
    public void PopTo<T>()
        where T : Screen
    {
        while (stack.Count > 1 && Current is not T)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        Current.OnShown();
        SetNeedsDraw();
    }

    public void Confirm(string question, Action onYes, string title = "Are you sure?", Action? onNo = null)
    {
        overlay = new ConfirmOverlay(question, onYes, title, onNo);
        SetNeedsDraw();
    }

    public void ShowHelp()
    {
        overlay = new HelpOverlay(Current.Title, Current.HelpKeys, GlobalKeys);
        SetNeedsDraw();
    }

    public void Quit() => App?.RequestStop();

    /// <summary>Redraws when a shown clock has moved on.</summary>
    public void Tick()
    {
        if (Current.WantsTicks && overlay is null)
        {
            Current.OnTick();
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        TuiTrace.Drawing();
        var size = Viewport.Size;
        frame.Reset(size.Width, size.Height, Style.Normal);
        var whole = new Canvas(frame, Theme, new Rectangle(0, 0, size.Width, size.Height));
        DrawTitleBar(whole.Inner(0, 0, size.Width, 1));
        Current.Draw(whole.Inner(0, 1, size.Width, Math.Max(0, size.Height - 2)));
        if (size.Height > 1)
        {
            DrawStatusBar(whole.Inner(0, size.Height - 1, size.Width, 1));
        }

        overlay?.Draw(whole);
        frame.Flush(this, Theme);
        TuiTrace.Drawn();
        return true;
    }

    /// <summary>Every cell is drawn by <see cref="OnDrawingContent"/>: clearing first would make each one look changed.</summary>
    protected override bool OnClearingViewport() => true;

    protected override bool OnKeyDown(Key key)
    {
        TuiTrace.KeyHandled();
        if (key == Key.Q.WithCtrl)
        {
            Quit();
            return true;
        }

        if (key == Key.L.WithCtrl)
        {
            // Only changed cells reach the terminal: after something else wrote over it, this writes every cell again.
            if (App is { } app)
            {
                app.ClearScreenNextIteration = true;
            }

            SetNeedsDraw();
            return true;
        }

        if (overlay is not null)
        {
            if (overlay.OnKey(key))
            {
                overlay = null;
            }

            SetNeedsDraw();
            return true;
        }

        if (key == Key.F1 || (key == (Key)'?' && !Current.IsTyping))
        {
            ShowHelp();
            return true;
        }

        if (!Current.OnKey(key) && key == Key.Esc)
        {
            Pop();
        }

        SetNeedsDraw();

        // Every key stops here: Terminal.Gui's own bindings (Esc quits a runnable) must not act behind the trainer's back.
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Position is not { } at)
        {
            return false;
        }

        var height = Viewport.Height;
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown) || mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            if (overlay is null)
            {
                Current.OnScroll(mouse.Flags.HasFlag(MouseFlags.WheeledDown) ? 3 : -3);
                SetNeedsDraw();
            }

            return true;
        }

        // A quick second click arrives as a double click: to the screens it is another click (on a library row: open).
        if (!mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) && !mouse.Flags.HasFlag(MouseFlags.LeftButtonDoubleClicked))
        {
            return false;
        }

        if (overlay is not null)
        {
            if (overlay.OnClick(at, Viewport.Size))
            {
                overlay = null;
            }
        }
        else if (at.Y == height - 1)
        {
            if (HintAt(at.X) is { } hint)
            {
                NewKeyDownEvent(hint.Key);
            }
        }
        else if (at.Y >= 1)
        {
            Current.OnClick(at.X, at.Y - 1);
        }

        SetNeedsDraw();
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Owned?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Bracketed paste goes to the screen as one piece of text.</summary>
    public bool Paste(string text)
    {
        var taken = overlay is null && Current.OnPaste(text);
        SetNeedsDraw();
        return taken;
    }

    private void DrawTitleBar(Canvas bar)
    {
        bar.FillRow(0, Style.HeaderDim);
        var x = bar.Text(0, 0, " QuizTui ", Style.Header);
        var trail = string.Join(" › ", stack.Select(s => s.Title));
        bar.Text(x, 0, Cells.Fit(" " + trail, bar.Width - x), Style.HeaderDim);
    }

    private void DrawStatusBar(Canvas bar)
    {
        bar.FillRow(0, Style.StatusBar);
        foreach (var (hint, x) in HintLayout(bar.Width))
        {
            var after = bar.Text(x, 0, hint.Label, Style.StatusKey);
            bar.Text(after + 1, 0, hint.Action, Style.StatusBar);
        }
    }

    /// <summary>
    /// Where each hint of the status bar starts: the screen's keys from the left, help and quit always at
    /// the right; screen keys that do not fit are left out (the help lists them all).
    /// </summary>
    private IEnumerable<(KeyHint Hint, int X)> HintLayout(int width)
    {
        static int WidthOf(KeyHint h) => Cells.WidthOf(h.Label) + 1 + Cells.WidthOf(h.Action);
        var right = width - StatusKeys.Sum(h => WidthOf(h) + 2);
        var x = right;
        foreach (var hint in StatusKeys)
        {
            if (x >= 1)
            {
                yield return (hint, x);
            }

            x += WidthOf(hint) + 2;
        }

        x = 1;
        foreach (var hint in Current.Hints)
        {
            if (x + WidthOf(hint) > right - 1)
            {
                continue;
            }

            yield return (hint, x);
            x += WidthOf(hint) + 2;
        }
    }

    private KeyHint? HintAt(int column) =>
        HintLayout(Viewport.Width)
            .Where(p => column >= p.X && column < p.X + Cells.WidthOf(p.Hint.Label) + 1 + Cells.WidthOf(p.Hint.Action))
            .Select(p => p.Hint)
            .FirstOrDefault();
}
