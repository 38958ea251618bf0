using QuizTui.Tui.Rendering;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>One screen of the trainer: draws its content area and handles its keys and clicks.</summary>
internal abstract class Screen
{
    private TrainerView? host;

    /// <summary>The host this screen is shown in; set when it is pushed.</summary>
    public TrainerView Host
    {
        get => host ?? throw new InvalidOperationException("The screen is not shown.");
        set => host = value;
    }

    /// <summary>The name in the title bar's trail ("Library", "Reader").</summary>
    public abstract string Title { get; }

    /// <summary>The keys shown in the status bar, most useful first.</summary>
    public abstract IReadOnlyList<KeyHint> Hints { get; }

    /// <summary>The keys listed by the help screen: by default those of the status bar.</summary>
    public virtual IReadOnlyList<KeyHint> HelpKeys => Hints;

    /// <summary>True while the screen takes typed text, so printable keys such as '?' and 'q' are text.</summary>
    public virtual bool IsTyping => false;

    /// <summary>True while a clock is shown, so the host redraws every tick.</summary>
    public virtual bool WantsTicks => false;

    public abstract void Draw(Canvas canvas);

    public virtual bool OnKey(Key key) => false;

    /// <summary>A click at a column and row of the content area.</summary>
    public virtual bool OnClick(int x, int y) => false;

    /// <summary>The mouse wheel: positive lines scroll down.</summary>
    public virtual bool OnScroll(int lines) => false;

    /// <summary>Text pasted by the terminal (bracketed paste).</summary>
    public virtual bool OnPaste(string text) => false;

    public virtual void OnTick()
    {
    }

    /// <summary>Called when the screen comes (back) to the top.</summary>
    public virtual void OnShown()
    {
    }
}
