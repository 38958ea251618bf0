using QuizTui.Testing;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class SetupScreenTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Offers_defaults_that_start_at_once(int width, int height)
    {
        using var trainer = new TrainerHarness(width, height);

        trainer.Press(Key.Enter, Key.Q);

        Snapshot.Verify(trainer.Screen, $"{width}x{height}");
    }

    [Fact]
    public void Changes_settings_with_arrows_and_space()
    {
        using var trainer = new TrainerHarness();
        trainer.Press(Key.Enter, Key.Q);

        // From Start: up to Seed, type 42; up to the time limit, one step right; up twice to When, untick it.
        trainer.Press(Key.CursorUp, Key.Backspace).Type("42");
        trainer.Press(Key.CursorUp, Key.CursorRight, Key.CursorUp, Key.CursorUp, Key.CursorLeft, Key.CursorUp, Key.CursorUp, Key.CursorUp, Key.Space);

        Snapshot.Verify(trainer.Screen);
    }
}
