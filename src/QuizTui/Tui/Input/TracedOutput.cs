using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace QuizTui.Tui.Input;

/// <summary>The ANSI output, telling <see cref="TuiTrace"/> when each frame has been written to the terminal.</summary>
internal sealed class TracedOutput(AppModel model) : AnsiOutput(model)
{
    public override void Write(IOutputBuffer buffer)
    {
        base.Write(buffer);
        TuiTrace.FrameWritten();
    }
}
