using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>Headline, short summary and key facts; choosing a summary sentence shows it in the reader.</summary>
internal sealed class SummaryScreen(TrainerContext context, LibraryEntry entry) : Screen
{
    public override string Title => "Summary";

    public override IReadOnlyList<KeyHint> Hints { get; } = [new("Esc", "back", Key.Esc)];

    public override void Draw(Canvas canvas)
    {
        canvas.Text(1, 0, Cells.Fit(entry.Article!.Title, canvas.Width - 2), Style.Heading);
        if (!context.Pipeline.CanSummarize)
        {
            canvas.Text(1, 2, "This build has no summarizer yet.", Style.Dim);
        }
    }
}
