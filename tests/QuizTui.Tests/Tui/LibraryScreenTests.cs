using QuizTui.Testing;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

public sealed class LibraryScreenTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Lists_the_shipped_articles_with_source_date_length_and_reading_time(int width, int height)
    {
        using var trainer = new TrainerHarness(width, height);

        Snapshot.Verify(trainer.Screen, $"{width}x{height}");
    }

    [Fact]
    public void Filters_the_list_as_you_type()
    {
        using var trainer = new TrainerHarness();

        trainer.Type("hajj");

        Snapshot.Verify(trainer.Screen);
    }

    [Fact]
    public void Shows_the_help_for_the_library_keys()
    {
        using var trainer = new TrainerHarness();

        trainer.Press(Key.F1);

        Snapshot.Verify(trainer.Screen);
    }
}
