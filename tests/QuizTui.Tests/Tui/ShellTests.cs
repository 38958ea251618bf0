using QuizTui.Testing;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class ShellTests
{
    [Fact]
    public void Lays_the_screen_out_again_after_a_resize()
    {
        using var trainer = new TrainerHarness(120, 40);
        trainer.Press(Key.Enter);

        trainer.Resize(80, 24);

        Snapshot.Verify(trainer.Screen);
    }

    [Fact]
    public void Draws_monochrome_with_no_color()
    {
        using var trainer = new TrainerHarness(noColor: true);

        trainer.Press(Key.Enter);

        Snapshot.Verify(trainer.Screen + "\n" + trainer.AttributeMap);
    }

    [Fact]
    public void Opens_an_article_with_two_clicks_on_its_row()
    {
        using var trainer = new TrainerHarness();

        // Rows of the list start on screen row 3, two rows per article: the second article is on rows 5-6.
        trainer.Click(10, 5).Click(10, 5);

        Snapshot.Verify(trainer.Screen);
    }

    [Fact]
    public void Presses_a_key_by_clicking_it_in_the_status_bar()
    {
        using var trainer = new TrainerHarness();
        trainer.Press(Key.Enter);
        var statusBar = trainer.Screen.Split('\n')[23];
        var column = statusBar.IndexOf("summary", StringComparison.Ordinal);

        trainer.Click(column, 23);

        Assert.Contains("Reader › Summary", trainer.Screen.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_closes_with_any_key()
    {
        using var trainer = new TrainerHarness();
        var before = trainer.Screen;

        trainer.Press((Key)'?', Key.Space);

        Assert.Equal(before, trainer.Screen);
    }
}
