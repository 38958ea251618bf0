using System.Runtime.CompilerServices;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace QuizTui.Tui.Input;

/// <summary>
/// A Terminal.Gui application on the real terminal that sees keys at once. Terminal.Gui 2.5.0 takes a driver's
/// component factory only through an internal constructor (its tests use it), so it is reached with an
/// <see cref="UnsafeAccessorAttribute"/> (no reflection; NativeAOT binds it at compile time); should a later
/// version drop that constructor, the plain <see cref="Application.Create"/> is used and keys are read as before.
/// </summary>
internal static class PromptApplication
{
    public static IApplication Create(InputSignal signal)
    {
        if (!StandardInput.CanWait)
        {
            return Application.Create();
        }

        try
        {
            return (IApplication)NewApplication(new PromptAnsiFactory(signal));
        }
        catch (MissingMethodException)
        {
            TuiTrace.Mark("Terminal.Gui has no ApplicationImpl(IComponentFactory): its own input loop is used");
            return Application.Create();
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType("Terminal.Gui.App.ApplicationImpl, Terminal.Gui")]
    private static extern object NewApplication(IComponentFactory componentFactory);
}
