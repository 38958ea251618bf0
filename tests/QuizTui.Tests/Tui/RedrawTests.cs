using QuizTui.Tui.Input;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class RedrawTests
{
    [Fact]
    public void Moving_the_library_selection_writes_only_the_rows_it_changes()
    {
        using var trainer = new TrainerHarness();
        var before = trainer.Screen.Split('\n');

        trainer.Press(Key.CursorDown);

        var output = trainer.LastOutput;
        var after = trainer.Screen.Split('\n');
        Assert.Contains(after[4].Trim(), output, StringComparison.Ordinal);
        Assert.Contains(after[6].Trim(), output, StringComparison.Ordinal);
        Assert.DoesNotContain("QuizTui", output, StringComparison.Ordinal);
        Assert.DoesNotContain("quit", output, StringComparison.Ordinal);
        Assert.DoesNotContain(before[10].Trim(), output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctrl_L_writes_the_whole_screen_again()
    {
        using var trainer = new TrainerHarness();
        trainer.Press(Key.CursorDown);

        trainer.Press(Key.L.WithCtrl);

        Assert.Contains("QuizTui", trainer.LastOutput, StringComparison.Ordinal);
        Assert.Contains("quit", trainer.LastOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_escape_goes_on_as_the_esc_key_without_waiting()
    {
        var read = new List<char> { 'x', '\u001b' };

        Assert.True(LoneEscape.EndsWithEscape(read));
        LoneEscape.MarkAsEscKey(read);

        var text = new string([.. read.Skip(1)]);
        Assert.Equal(Key.Esc, new AnsiKeyboardParser().IsKeyboard(text)?.GetKey(text));
    }

    [Fact]
    public void An_escape_sequence_is_not_taken_for_the_esc_key()
    {
        Assert.False(LoneEscape.EndsWithEscape([.. "\u001b[B"]));
        Assert.False(LoneEscape.EndsWithEscape([]));
    }

    [Fact]
    public void An_escape_inside_a_bracketed_paste_is_pasted_text()
    {
        Assert.True(LoneEscape.InPaste(false, [.. "\u001b[200~some text \u001b"]));
        Assert.True(LoneEscape.InPaste(true, [.. "more text \u001b"]));
        Assert.False(LoneEscape.InPaste(true, [.. "end\u001b[201~\u001b"]));
        Assert.False(LoneEscape.InPaste(false, [.. "\u001b"]));
    }
}
