using Terminal.Gui.Drivers;

namespace QuizTui.Tui.Input;

/// <summary>Terminal.Gui's ANSI driver with <see cref="PromptInput"/> reading the keys.</summary>
/// <remarks>
/// The output stays Terminal.Gui's own: a subclass of AnsiOutput (tried, to time each frame's write) left the
/// screen blank in 2.5.0.
/// </remarks>
internal sealed class PromptAnsiFactory(InputSignal signal) : AnsiComponentFactory
{
    public override IInput<char> CreateInput() => new PromptInput(new AnsiInput(), signal);
}
