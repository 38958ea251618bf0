using QuizTui.Core.Summaries;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>
/// Headline, short summary and key facts, in the words of <c>quiztui summarize</c> (the core's
/// <see cref="SummaryFormatter"/>); choosing a summary sentence shows it in the reader.
/// </summary>
internal sealed class SummaryScreen(TrainerContext context, LibraryEntry entry) : Screen
{
    private readonly Summary summary = context.Pipeline.Summarize(entry.Article!);
    private readonly List<(int Top, int Bottom)> sentenceRows = [];
    private int selected;
    private int top;
    private int pageHeight = 10;

    public override string Title => "Summary";

    public override IReadOnlyList<KeyHint> Hints { get; } =
    [
        new("Enter", "show in article", Key.Enter),
        new("↑↓", "choose sentence", Key.CursorDown),
        new("Esc", "back", Key.Esc),
    ];

    public override IReadOnlyList<KeyHint> HelpKeys { get; } =
    [
        new("↑ ↓", "choose a summary sentence", Key.CursorDown),
        new("Enter or click", "show the sentence in the article, marked in the margin", Key.Enter),
        new("PgUp PgDn", "scroll", Key.PageDown),
    ];

    public override void Draw(Canvas canvas)
    {
        var width = Math.Min(100, canvas.Width - 4);
        var facts = context.Pipeline.Facts(entry.Article!, summary);
        var lines = new List<List<Run>>();
        sentenceRows.Clear();
        foreach (var line in SummaryFormatter.Format(summary, facts).TrimEnd('\n').Split('\n'))
        {
            var isSentence = line.StartsWith("  [¶", StringComparison.Ordinal) && sentenceRows.Count < summary.Sentences.Count;
            var style = isSentence
                ? sentenceRows.Count == selected ? Style.Selected : Style.Normal
                : line.StartsWith("Headline:", StringComparison.Ordinal) ? Style.Strong
                : line.EndsWith(':') || line.StartsWith("Summary (", StringComparison.Ordinal) ? Style.Heading
                : Style.Normal;
            // Lines that fit keep the formatter's alignment; longer ones wrap under their indent.
            var indent = line.Length - line.TrimStart().Length;
            var wrapped = Cells.WidthOf(line) <= width
                ? [[new Run(line[indent..], style)]]
                : Wrapper.Wrap(line.TrimStart(), style, width - indent);
            if (isSentence)
            {
                sentenceRows.Add((lines.Count, lines.Count + wrapped.Count - 1));
            }

            lines.AddRange(wrapped.Select(w => w.Prepend(new Run(new string(' ', indent), style)).ToList()));
        }

        pageHeight = Math.Max(1, canvas.Height - 1);
        if (selected < sentenceRows.Count)
        {
            var (first, last) = sentenceRows[selected];
            top = Math.Min(top, first);
            top = Math.Max(top, last - pageHeight + 1);
        }

        top = Math.Clamp(top, 0, Math.Max(0, lines.Count - pageHeight));
        var body = canvas.Inner(2, 1, width, canvas.Height - 1);
        for (var row = 0; row < body.Height && top + row < lines.Count; row++)
        {
            if (selected < sentenceRows.Count && top + row >= sentenceRows[selected].Top && top + row <= sentenceRows[selected].Bottom)
            {
                body.Text(0, row, new string(' ', body.Width), Style.Selected);
            }

            body.Runs(0, row, lines[top + row]);
        }
    }

    public override bool OnKey(Key key)
    {
        if (key == Key.CursorDown || key == Key.J)
        {
            selected = Math.Min(selected + 1, Math.Max(0, summary.Sentences.Count - 1));
        }
        else if (key == Key.CursorUp || key == Key.K)
        {
            selected = Math.Max(0, selected - 1);
        }
        else if (key == Key.PageDown)
        {
            top += pageHeight - 1;
        }
        else if (key == Key.PageUp)
        {
            top = Math.Max(0, top - pageHeight + 1);
        }
        else if (key == Key.Enter)
        {
            ShowInReader();
        }
        else
        {
            return false;
        }

        return true;
    }

    public override bool OnClick(int x, int y)
    {
        var line = top + y - 1;
        var index = sentenceRows.FindIndex(r => line >= r.Top && line <= r.Bottom);
        if (index < 0)
        {
            return false;
        }

        selected = index;
        ShowInReader();
        return true;
    }

    private void ShowInReader()
    {
        if (selected >= summary.Sentences.Count)
        {
            return;
        }

        var sentence = summary.Sentences[selected].Index;
        Host.Pop();
        if (Host.Current is ReaderScreen reader)
        {
            reader.Focus(sentence);
        }
    }
}
