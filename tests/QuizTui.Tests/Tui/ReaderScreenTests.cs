using QuizTui.Testing;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class ReaderScreenTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Shows_the_seed_article_as_parsed(int width, int height)
    {
        using var trainer = new TrainerHarness(width, height);

        trainer.Press(Key.Enter);

        Snapshot.Verify(trainer.Screen, $"{width}x{height}");
    }

    [Fact]
    public void Scrolls_a_page_with_page_down()
    {
        using var trainer = new TrainerHarness();

        trainer.Press(Key.Enter, Key.PageDown);

        Snapshot.Verify(trainer.Screen);
    }

    [Fact]
    public void Shows_the_removed_site_furniture_on_request()
    {
        using var trainer = new TrainerHarness();

        trainer.Press(Key.Enter, Key.B);

        Snapshot.Verify(trainer.Screen);
    }

    [Fact]
    public void Toggles_the_highlighting()
    {
        using var trainer = new TrainerHarness();
        trainer.Press(Key.Enter);
        var highlighted = trainer.AttributeMap;

        trainer.Press(Key.H);

        Snapshot.Verify(highlighted + "\n--- after h ---\n\n" + trainer.Screen + "\n" + trainer.AttributeMap);
    }

    [Fact]
    public void Goes_back_to_the_library_with_escape()
    {
        using var trainer = new TrainerHarness();

        trainer.Press(Key.Enter, Key.Esc);

        Assert.Contains("▌ Russia, US agree joint push for peace in Syria", trainer.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader", trainer.Screen.Split('\n')[0], StringComparison.Ordinal);
    }
}
