using Terminal.Gui.Drivers;

namespace QuizTui.Tui.Input;

/// <summary>Terminal.Gui's ANSI driver with <see cref="PromptInput"/> reading the keys (and frames timed when tracing).</summary>
internal sealed class PromptAnsiFactory(InputSignal signal) : AnsiComponentFactory
{
    public override IInput<char> CreateInput() => new PromptInput(new AnsiInput(), signal);

    public override IOutput CreateOutput() => TuiTrace.Enabled ? new TracedOutput(AppModel) : base.CreateOutput();
}
