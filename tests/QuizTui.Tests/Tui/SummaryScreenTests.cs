using QuizTui.Testing;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class SummaryScreenTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Shows_headline_summary_and_key_facts_as_the_cli_words_them(int width, int height)
    {
        using var trainer = new TrainerHarness(width, height);

        trainer.Press(Key.Enter, Key.S);

        Snapshot.Verify(trainer.Screen, $"{width}x{height}");
    }

    [Fact]
    public void Jumps_to_the_chosen_summary_sentence_in_the_reader()
    {
        using var trainer = new TrainerHarness();

        trainer.Press(Key.Enter, Key.S, Key.CursorDown, Key.Enter);

        Snapshot.Verify(trainer.Screen);
    }
}
