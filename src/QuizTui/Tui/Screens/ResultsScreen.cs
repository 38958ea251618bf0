using System.Globalization;
using Humanizer;
using QuizTui.Core.Quizzes;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>Score, time in words, a breakdown by question type, and each missed question with its answer and evidence.</summary>
/// <param name="entry">The article quizzed; null after a review of due questions from all articles.</param>
internal sealed class ResultsScreen(TrainerContext context, LibraryEntry? entry, QuizSetup setup, QuizSession session, QuizResult result, bool isReview = false) : Screen
{
    private readonly Scroller scroll = new();


    public override string Title => isReview ? "Review results" : "Results";

    public override IReadOnlyList<KeyHint> Hints
    {
        get
        {
            var hints = new List<KeyHint>();
            if (result.Missed.Count > 0)
            {
                hints.Add(new("r", "review missed", Key.R));
            }

            if (entry is not null)
            {
                hints.Add(new("n", "new quiz", Key.N));
            }

            hints.Add(new("Enter", entry is null ? "library" : "article", Key.Enter));
            if (result.Missed.Count > 0)
            {
                hints.Add(new("↑↓", "scroll", Key.CursorDown));
            }

            return hints;
        }
    }

    public override IReadOnlyList<KeyHint> HelpKeys => entry is null
        ?
        [
            new("r", "review again just the missed questions", Key.R),
            new("Enter Esc", "back to the library", Key.Enter),
            new("↑ ↓ PgUp PgDn", "scroll the missed questions", Key.CursorDown),
        ]
        :
        [
            new("r", "quiz again on just the missed questions", Key.R),
            new("n", "set up a new quiz on this article", Key.N),
            new("Enter Esc", "back to the article", Key.Enter),
            new("↑ ↓ PgUp PgDn", "scroll the missed questions", Key.CursorDown),
        ];

    /// <summary>"2 minutes, 13 seconds".</summary>
    public static string TimeInWords(TimeSpan elapsed) =>
        elapsed < TimeSpan.FromSeconds(1)
            ? "under a second"
            : elapsed.Humanize(precision: 2, culture: CultureInfo.InvariantCulture, minUnit: TimeUnit.Second);

    public override void Draw(Canvas canvas)
    {
        var x = canvas.Text(1, 0, $"{result.Right} of {result.Total} right", Style.Heading);
        x = canvas.Text(x, 0, $"  {result.Percent}%", result.Percent >= 70 ? Style.Correct : result.Percent >= 40 ? Style.Close : Style.Wrong);
        canvas.Text(x, 0, Cells.Fit($"  in {TimeInWords(result.Elapsed)}", canvas.Width - x - 1), Style.Normal);

        var width = Math.Min(100, canvas.Width - 4);
        var lines = Lines(width);
        var body = canvas.Inner(2, 2, width, canvas.Height - 2);
        var more = scroll.Fit(lines.Count, body.Height);
        for (var row = 0; row < body.Height && scroll.Top + row < lines.Count; row++)
        {
            body.Runs(0, row, lines[scroll.Top + row]);
        }

        if (more)
        {
            canvas.Text(canvas.Width - 2, canvas.Height - 1, "▼", Style.Dim);
        }
    }

    public override bool OnKey(Key key)
    {
        if (key == Key.R && result.Missed.Count > 0)
        {
            Host.Replace(QuizScreen.Review(context, entry, setup, session.ReviewMissed().Questions));
        }
        else if (key == Key.N && entry is not null)
        {
            Host.PopTo<ReaderScreen>();
            Host.Push(new SetupScreen(context, entry));
        }
        else if (key == Key.Enter || key == Key.Esc)
        {
            Host.PopTo<ReaderScreen>();
        }
        else
        {
            return scroll.OnKey(key);
        }

        return true;
    }

    public override bool OnScroll(int lines)
    {
        scroll.Scroll(lines);
        return true;
    }

    private List<List<Run>> Lines(int width)
    {
        var lines = new List<List<Run>> { new() { new Run("By type", Style.Strong) } };
        foreach (var row in result.Breakdown)
        {
            var bar = (int)Math.Round(row.Fraction * 20, MidpointRounding.AwayFromZero);
            lines.Add(
            [
                new Run($"  {SetupScreen.TypeName(row.Type),-10}", Style.Normal),
                new Run(new string('█', bar), Style.BarFilled),
                new Run(new string('░', 20 - bar), Style.BarEmpty),
                new Run($"  {row.Right}/{row.Asked}", Style.Normal),
            ]);
        }

        lines.Add([]);
        if (result.Missed.Count == 0)
        {
            lines.Add([new Run(result.Total == 0 ? "No questions were asked." : "Nothing missed. Well read!", Style.Correct)]);
            return lines;
        }

        lines.Add([new Run($"Missed ({result.Missed.Count})", Style.Strong), new Run("   r reviews just these", Style.Dim)]);
        foreach (var missed in result.Missed)
        {
            lines.Add([]);
            lines.AddRange(Wrapper.Wrap([new Run("✘ ", Style.Wrong), new Run(missed.Question.Prompt, Style.Strong)], width));
            var given = missed.Kind switch
            {
                QuizAnswerKind.Skipped => "skipped",
                QuizAnswerKind.TimedOut => "out of time",
                _ => "you said " + missed.Given,
            };
            lines.AddRange(Wrapper.Wrap([new Run("  Answer: ", Style.Dim), new Run(missed.Question.Answer, Style.Correct), new Run($"   ({given})", Style.Dim)], width));
            lines.AddRange(QuizScreen.EvidenceLines(entry?.Article?.Text, missed.Question, width - 2).Select(l => l.Prepend(new Run("  ", Style.Normal)).ToList()));
        }

        return lines;
    }
}
