using Humanizer;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>
/// The articles, two lines each (title and last score; source, date and length), filtered as you type; above
/// them the questions due for review across all articles.
/// </summary>
internal sealed class LibraryScreen(TrainerContext context) : Screen
{
    private const int ReviewRow = 1;
    private const int RowHeight = 2;
    private const int ListTop = 2;
    private readonly LineEditor filter = new();
    private readonly Dictionary<LibraryEntry, LibraryRowText> rowTexts = [];
    private List<LibraryEntry> shown = [];
    private int selected;
    private int top;
    private int listHeight = 10;
    private int due;
    private string? notice;

    public override string Title => "Library";

    public override IReadOnlyList<KeyHint> Hints { get; } =
    [
        new("Enter", "open", Key.Enter),
        new("^R", "review", Key.R.WithCtrl),
        new("^T", "stats", Key.T.WithCtrl),
        new("^N", "add", Key.N.WithCtrl),
        new("type", "to filter", Key.Empty),
        new("↑↓", "move", Key.CursorDown),
    ];

    public override IReadOnlyList<KeyHint> HelpKeys { get; } =
    [
        new("Enter", "open the selected article", Key.Enter),
        new("↑ ↓ PgUp PgDn", "move through the list", Key.CursorDown),
        new("Home End", "first, last article", Key.Home),
        new("letters", "filter by title, source or file name", Key.Empty),
        new("Backspace", "edit the filter", Key.Backspace),
        new("Esc", "clear the filter", Key.Esc),
        new("Ctrl+R", "review the due questions of all articles (or click its line)", Key.R.WithCtrl),
        new("Ctrl+T", "statistics: answered, accuracy by type, streak, due forecast", Key.T.WithCtrl),
        new("Ctrl+N", "add an article: paste its text or name a file", Key.N.WithCtrl),
    ];

    public LibraryEntry? Selected => selected < shown.Count ? shown[selected] : null;

    public override void OnShown()
    {
        due = context.Scores.DueCount(context.Now);
        TuiTrace.Mark("due questions counted");
        notice = null;
        Refilter();
    }

    /// <summary>Selects an entry, clearing a filter that would hide it.</summary>
    public void Select(LibraryEntry entry)
    {
        if (!shown.Contains(entry))
        {
            filter.Text = string.Empty;
            Refilter();
        }

        selected = Math.Max(0, shown.IndexOf(entry));
    }

    public override void Draw(Canvas canvas)
    {
        listHeight = Math.Max(RowHeight, canvas.Height - ListTop);
        var x = canvas.Text(1, 0, "Filter ", Style.Dim);
        filter.Draw(canvas, x, 0, Math.Min(40, canvas.Width - x - 20), focused: true, "type to filter");
        var total = context.Library.Entries.Count;
        var count = shown.Count == total ? "article".ToQuantity(total) : $"{shown.Count} of {total} articles";
        canvas.Text(canvas.Width - Cells.WidthOf(count) - 1, 0, count, Style.Dim);

        if (context.Scores.Problem is { } problem)
        {
            canvas.Text(1, ReviewRow, Cells.Fit(problem, canvas.Width - 2), Style.Error);
        }
        else if (context.Scores.IsKept)
        {
            DrawReviewLine(canvas);
        }

        if (shown.Count == 0)
        {
            canvas.Text(2, ListTop, filter.Text.Length > 0 ? "No article matches the filter." : "No articles. Press Ctrl+N to add one.", Style.Dim);
            return;
        }

        KeepSelectionVisible();
        for (var i = top; i < shown.Count && (i - top + 1) * RowHeight <= listHeight; i++)
        {
            DrawRow(canvas.Inner(0, ListTop + ((i - top) * RowHeight), canvas.Width, RowHeight), shown[i], i == selected);
        }

        if (top > 0)
        {
            canvas.Text(canvas.Width - 2, ListTop, "▲", Style.Dim);
        }

        if (top + (listHeight / RowHeight) < shown.Count)
        {
            canvas.Text(canvas.Width - 2, canvas.Height - 1, "▼", Style.Dim);
        }
    }

    public override bool OnKey(Key key)
    {
        if (key == Key.CursorDown)
        {
            Move(1);
        }
        else if (key == Key.CursorUp)
        {
            Move(-1);
        }
        else if (key == Key.PageDown)
        {
            Move(listHeight / RowHeight);
        }
        else if (key == Key.PageUp)
        {
            Move(-listHeight / RowHeight);
        }
        else if (key == Key.Home)
        {
            selected = 0;
        }
        else if (key == Key.End)
        {
            selected = Math.Max(0, shown.Count - 1);
        }
        else if (key == Key.Enter)
        {
            Open();
        }
        else if (key == Key.N.WithCtrl)
        {
            Host.Push(new AddArticleScreen(context));
        }
        else if (key == Key.R.WithCtrl)
        {
            StartReview();
        }
        else if (key == Key.T.WithCtrl)
        {
            Host.Push(new StatsScreen(context));
        }
        else if (key == Key.Esc)
        {
            if (filter.Text.Length == 0)
            {
                return false;
            }

            filter.Text = string.Empty;
            Refilter();
        }
        else if (key != Key.CursorLeft && key != Key.CursorRight && filter.OnKey(key))
        {
            Refilter();
        }
        else
        {
            return false;
        }

        return true;
    }

    public override bool OnClick(int x, int y)
    {
        if (y == ReviewRow && context.Scores.IsKept && context.Scores.Problem is null)
        {
            StartReview();
            return true;
        }

        var index = y < ListTop ? -1 : top + ((y - ListTop) / RowHeight);
        if (index < 0 || index >= shown.Count)
        {
            return false;
        }

        if (index == selected)
        {
            Open();
        }

        selected = index;
        return true;
    }

    public override bool OnScroll(int lines)
    {
        Move(Math.Sign(lines));
        return true;
    }

    private void DrawRow(Canvas row, LibraryEntry entry, bool isSelected)
    {
        var text = RowTextOf(entry, row.Width);
        var first = isSelected ? Style.Selected : Style.Strong;
        var second = isSelected ? Style.Selected : Style.Dim;
        if (isSelected)
        {
            row.Fill(Style.Selected);
        }

        row.Text(0, 0, isSelected ? "▌" : " ", isSelected ? Style.Selected : Style.Normal);
        row.Text(2, 0, text.Title, first);
        if (entry.Article is null)
        {
            row.Text(2, 1, text.Facts, isSelected ? Style.Selected : Style.Error);
            return;
        }

        if (text.Score is { Length: > 0 } score)
        {
            row.Text(text.ScoreAt, 0, score, isSelected ? Style.Selected : Style.Accent);
        }

        row.Text(2, 1, text.Facts, second);
    }

    /// <summary>
    /// A row's text fitted to the width, made once and kept while the width and the last score stay the same (the
    /// facts line goes through Humanizer and fitting measures every grapheme: not work for every key).
    /// </summary>
    private LibraryRowText RowTextOf(LibraryEntry entry, int width)
    {
        var article = entry.Article;
        var score = article is null ? null : context.Scores.Last(entry.Text!);
        if (rowTexts.TryGetValue(entry, out var kept) && kept.Width == width && kept.Score == score)
        {
            return kept;
        }

        var right = score ?? string.Empty;
        var titleWidth = width - 3 - (right.Length > 0 ? Cells.WidthOf(right) + 2 : 0);
        var text = article is null
            ? new LibraryRowText(width, null, 0, Cells.Fit(entry.Name, titleWidth), Cells.Fit("⚠ " + entry.Error, width - 3))
            : new LibraryRowText(width, score, width - Cells.WidthOf(right) - 1, Cells.Fit(article.Title, titleWidth), Cells.Fit(ArticleFacts.Line(article), width - 3));
        rowTexts[entry] = text;
        return text;
    }

    private void DrawReviewLine(Canvas canvas)
    {
        if (notice is not null)
        {
            canvas.Text(1, ReviewRow, Cells.Fit(notice, canvas.Width - 2), Style.Dim);
            return;
        }

        var x = canvas.Text(1, ReviewRow, $"↻ Review due ({due})", due > 0 ? Style.Accent : Style.Dim);
        var tail = due > 0 ? "   Ctrl+R starts it: due questions from all articles" : "   nothing to review now";
        canvas.Text(x, ReviewRow, Cells.Fit(tail, canvas.Width - x - 1), Style.Dim);
    }

    private void StartReview()
    {
        var items = context.Scores.Due(context.Now, QuizScreen.ReviewSize);
        if (items.Count == 0)
        {
            due = 0;
            notice = "Nothing is due for review now. Questions come back here when they are due.";
            return;
        }

        Host.Push(QuizScreen.Review(context, null, QuizScreen.DueReviewSetup, [.. items.Select(i => i.Question)]));
    }

    private void Open()
    {
        if (Selected is not { Article: { } article } entry)
        {
            return;
        }

        Host.Push(new ReaderScreen(context, entry));
        if (context.Scores.Resumable(article) is { } quiz)
        {
            Host.Confirm(
                $"You left a quiz on this article unfinished, {quiz.Earlier.Count} of {quiz.Questions.Count} questions answered. Resume it?",
                () => Host.Push(QuizScreen.Resume(context, entry, quiz)),
                "Unfinished quiz",
                () => context.Scores.DeclineResume(article));
        }
    }

    private void Move(int by) => selected = Math.Clamp(selected + by, 0, Math.Max(0, shown.Count - 1));

    private void KeepSelectionVisible()
    {
        var rows = Math.Max(1, listHeight / RowHeight);
        if (selected < top)
        {
            top = selected;
        }
        else if (selected >= top + rows)
        {
            top = selected - rows + 1;
        }

        top = Math.Clamp(top, 0, Math.Max(0, shown.Count - rows));
    }

    private void Refilter()
    {
        var current = Selected;
        var words = filter.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        shown = context.Library.Entries.Where(e => words.All(w => Matches(e, w))).ToList();
        var keep = current is null ? -1 : shown.IndexOf(current);
        selected = keep >= 0 ? keep : 0;
    }

    private static bool Matches(LibraryEntry entry, string word) =>
        entry.Name.Contains(word, StringComparison.OrdinalIgnoreCase)
        || (entry.Article is { } a && (a.Title.Contains(word, StringComparison.OrdinalIgnoreCase)
            || (a.Source?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false)));
}
