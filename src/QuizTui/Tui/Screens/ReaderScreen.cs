using QuizTui.Core.Parsing;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>The article as parsed, names and dates highlighted, scrolled with the usual keys.</summary>
internal sealed class ReaderScreen(TrainerContext context, LibraryEntry entry) : Screen
{
    private const int MaxTextWidth = 100;
    private readonly Article article = entry.Article!;
    private bool highlight = true;
    private bool showRemoved;
    private int top;
    private int pageHeight = 10;
    private int? focusSentence;
    private bool scrollToFocus;
    private ReaderDocument? document;
    private (int Width, bool Highlight, bool Removed) laidOut;

    /// <summary>True when the quiz opened this reader (open book): the quiz keys are not offered again.</summary>
    public bool FromQuiz { get; init; }

    public override string Title => "Reader";

    public override IReadOnlyList<KeyHint> Hints => FromQuiz
        ? [new("Esc", "back to the quiz", Key.Esc), new("h", "highlight", Key.H), new("↑↓", "scroll", Key.CursorDown)]
        : [new("q", "quiz", Key.Q), new("s", "summary", Key.S), new("h", "highlight", Key.H), new("b", "removed", Key.B), new("↑↓", "scroll", Key.CursorDown), new("Esc", "back", Key.Esc)];

    public override IReadOnlyList<KeyHint> HelpKeys =>
    [
        .. FromQuiz ? [] : new KeyHint[]
        {
            new("q", "set up a quiz on this article", Key.Q),
            new("s", "summary: headline, short summary, key facts", Key.S),
        },
        new("h", "highlighting of people, places, organisations, dates on/off", Key.H),
        new("b", "show or hide the lines removed as site furniture", Key.B),
        new("↑ ↓ j k", "scroll a line", Key.CursorDown),
        new("PgUp PgDn Space", "scroll a page", Key.PageDown),
        new("Home End", "top, bottom", Key.Home),
    ];

    /// <summary>Scrolls to a sentence (by its index in the article) and marks it in the margin.</summary>
    public void Focus(int sentence)
    {
        focusSentence = sentence;
        scrollToFocus = true;
    }

    public override void Draw(Canvas canvas)
    {
        var marks = highlight ? context.Pipeline.Marks(article) : null;
        DrawLegend(canvas, marks is not null);

        var width = Math.Min(MaxTextWidth, canvas.Width - 4);
        var body = canvas.Inner(2, 2, width + 1, canvas.Height - 2);
        pageHeight = Math.Max(1, body.Height);
        if (document is null || laidOut != (width, highlight, showRemoved))
        {
            document = new ReaderDocument(article, marks ?? [], showRemoved, width);
            laidOut = (width, highlight, showRemoved);
        }

        var focus = focusSentence is { } s ? document.LinesOf(s) : null;
        if (scrollToFocus && focus is { } f)
        {
            top = Math.Max(0, f.First - 2);
            scrollToFocus = false;
        }

        top = Math.Clamp(top, 0, Math.Max(0, document.Lines.Count - pageHeight));
        for (var row = 0; row < body.Height && top + row < document.Lines.Count; row++)
        {
            var line = top + row;
            if (focus is { } at && line >= at.First && line <= at.Last)
            {
                canvas.Text(0, 2 + row, "▌", Style.Accent);
            }

            body.Runs(0, row, document.Lines[line]);
        }

        var shown = document.Lines.Count <= pageHeight ? "all" : $"{100 * Math.Min(document.Lines.Count, top + pageHeight) / document.Lines.Count}%";
        canvas.Text(canvas.Width - Cells.WidthOf(shown) - 1, 0, shown, Style.Dim);
    }

    public override bool OnKey(Key key)
    {
        if (key == Key.CursorDown || key == Key.J)
        {
            top++;
        }
        else if (key == Key.CursorUp || key == Key.K)
        {
            top--;
        }
        else if (key == Key.PageDown || key == Key.Space)
        {
            top += pageHeight - 1;
        }
        else if (key == Key.PageUp)
        {
            top -= pageHeight - 1;
        }
        else if (key == Key.Home)
        {
            top = 0;
        }
        else if (key == Key.End)
        {
            top = int.MaxValue / 2;
        }
        else if (key == Key.H)
        {
            highlight = !highlight;
        }
        else if (key == Key.B)
        {
            showRemoved = !showRemoved;
            top = 0;
        }
        else if (key == Key.S && !FromQuiz)
        {
            Host.Push(new SummaryScreen(context, entry));
        }
        else if (key == Key.Q && !FromQuiz)
        {
            Host.Push(new SetupScreen(context, entry));
        }
        else
        {
            return false;
        }

        top = Math.Max(0, top);
        return true;
    }

    public override bool OnScroll(int lines)
    {
        top = Math.Max(0, top + lines);
        return true;
    }

    private void DrawLegend(Canvas canvas, bool on)
    {
        if (!on)
        {
            var why = context.Pipeline.CanExtract ? "Highlighting off (h turns it on)" : "Names and dates are not marked: this build has no entity extractor";
            canvas.Text(1, 0, Cells.Fit(why, canvas.Width - 8), Style.Dim);
            return;
        }

        var x = 1;
        foreach (var (label, style) in Legend)
        {
            if (x + Cells.WidthOf(label) + 3 > canvas.Width - 6)
            {
                break;
            }

            x = canvas.Text(x, 0, "■ ", style);
            x = canvas.Text(x, 0, label, style) + 2;
        }
    }

    private static readonly (string Label, Style Style)[] Legend =
    [
        ("person", Style.Person),
        ("place", Style.Place),
        ("organisation", Style.Organization),
        ("date/time", Style.Date),
        ("number", Style.Quantity),
    ];
}
