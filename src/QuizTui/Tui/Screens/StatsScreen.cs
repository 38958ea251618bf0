using QuizTui.Core.Progress;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>
/// The learner's progress as <c>quiztui stats</c> prints it (the same statistics and formatter): answered,
/// accuracy by type with its weekly chart, streak, the due forecast and the weakest articles.
/// </summary>
internal sealed class StatsScreen(TrainerContext context) : Screen
{
    private const string BarGlyphs = "▁▂▃▄▅▆▇█";
    private readonly Scroller scroll = new();
    private string[] lines = [];

    public override string Title => "Statistics";

    public override IReadOnlyList<KeyHint> Hints { get; } =
    [
        new("↑↓", "scroll", Key.CursorDown),
        new("Esc", "back", Key.Esc),
    ];

    public override IReadOnlyList<KeyHint> HelpKeys { get; } =
    [
        new("↑ ↓ PgUp PgDn", "scroll", Key.CursorDown),
        new("Esc", "back to the library", Key.Esc),
    ];

    public override void OnShown() =>
        lines = StatsFormatter.Format(context.Scores.Stats(context.Now, context.Zone)).TrimEnd('\n').Split('\n');

    public override void Draw(Canvas canvas)
    {
        var body = canvas.Inner(2, 1, canvas.Width - 3, canvas.Height - 1);
        var more = scroll.Fit(lines.Length, body.Height);
        for (var row = 0; row < body.Height && scroll.Top + row < lines.Length; row++)
        {
            body.Runs(0, row, Styled(lines[scroll.Top + row], heading: scroll.Top + row > 2));
        }

        if (more)
        {
            canvas.Text(canvas.Width - 2, canvas.Height - 1, "▼", Style.Dim);
        }
    }

    public override bool OnKey(Key key) => scroll.OnKey(key);

    public override bool OnScroll(int lines)
    {
        scroll.Scroll(lines);
        return true;
    }

    /// <summary>Headings (unindented lines after the summary) strong, chart glyphs in the bar colours.</summary>
    private static List<Run> Styled(string line, bool heading)
    {
        heading = heading && line.Length > 0 && line[0] != ' ';
        var runs = new List<Run>();
        var start = 0;
        for (var i = 1; i <= line.Length; i++)
        {
            if (i == line.Length || Kind(line[i], heading) != Kind(line[start], heading))
            {
                runs.Add(new Run(line[start..i], Kind(line[start], heading)));
                start = i;
            }
        }

        return runs;
    }

    private static Style Kind(char c, bool heading) =>
        BarGlyphs.Contains(c, StringComparison.Ordinal) ? Style.BarFilled : c == '·' ? Style.BarEmpty : heading ? Style.Strong : Style.Normal;
}
