using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Screens;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Drills;

/// <summary>
/// Edits one question, or writes a new one: a field per part (prompt, answer, other accepted answers separated by
/// semicolons, the wrong choices of a multiple-choice question). Ctrl+S or Enter on Save saves; Esc leaves unsaved.
/// </summary>
internal sealed class QuestionForm : Screen
{
    private const int LabelWidth = 16;
    private static readonly QuestionType[] Types = Enum.GetValues<QuestionType>();
    private static readonly QuestionFormat[] Formats = [QuestionFormat.MultipleChoice, QuestionFormat.ShortAnswer, QuestionFormat.TrueFalse];

    private readonly string title;
    private readonly List<Row> rows;
    private readonly Func<QuestionForm, string?> save;
    private int focus;
    private string? error;

    private QuestionForm(string title, List<Row> rows, Func<QuestionForm, string?> save)
    {
        this.title = title;
        this.rows = rows;
        this.save = save;
    }

    /// <summary>One line of the form: a text field or a choice among options.</summary>
    private sealed class Row(string label, string help)
    {
        public string Label { get; } = label;

        public string Help { get; } = help;

        public LineEditor? Text { get; init; }

        public IReadOnlyList<string>? Options { get; init; }

        public int Option { get; set; }

        public Func<bool> Visible { get; init; } = () => true;

        public string Value => Text?.Text.Trim() ?? Options![Option];
    }

    public override string Title => title;

    public override bool IsTyping => Focused?.Text is not null;

    public override IReadOnlyList<KeyHint> Hints =>
    [
        new("^S", "save", Key.S.WithCtrl),
        new("↑↓ Tab", "field", Key.Tab),
        new("←→", Focused?.Options is not null ? "change" : "cursor", Key.CursorRight),
        new("Esc", "cancel", Key.Esc),
    ];

    public override IReadOnlyList<KeyHint> HelpKeys =>
    [
        new("typing", "edits the field (Ctrl+U clears it)", Key.Empty),
        new("↑ ↓ Tab Enter", "the next or previous field; Enter on Save saves", Key.Tab),
        new("← →", "on a choice (type, format): change it", Key.CursorRight),
        new("Ctrl+S", "save and go back to the drill", Key.S.WithCtrl),
        new("Esc", "go back without saving", Key.Esc),
    ];

    private Row? Focused => focus >= 0 && focus < Shown.Count ? Shown[focus] : null;

    private List<Row> Shown => [.. rows.Where(r => r.Visible())];

    /// <summary>The form for a drill question; <paramref name="edit"/> saves and returns null, or says what is wrong.</summary>
    public static QuestionForm ForEdit(int number, DrillQuestion question, Func<string, QuestionEdit, string?> edit)
    {
        var q = question.Question;
        var wrong = q.Format == QuestionFormat.MultipleChoice ? q.Choices.Where(c => c != q.Answer).ToList() : [];
        var rows = new List<Row>
        {
            TextRow("Prompt", "The question as students read it.", q.Prompt),
            TextRow("Answer", q.Format == QuestionFormat.TrueFalse ? "True or False." : "The key; close spellings of it are accepted too.", q.Answer),
            TextRow("Also accepted", "Other right answers, separated by semicolons.", string.Join("; ", q.Accept)),
        };
        rows.AddRange(wrong.Select((c, i) => TextRow($"Wrong choice {i + 1}", "A wrong option shown beside the answer.", c)));
        return new QuestionForm($"Question {number}", rows, form =>
        {
            var values = form.rows.Select(r => r.Value).ToList();
            if (Invalid(q.Format, values[0], values[1]) is { } problem)
            {
                return problem;
            }

            var accept = Split(values[2]);
            var distractors = values.Skip(3).ToList();
            IReadOnlyList<string>? choices = null;
            if (q.Format == QuestionFormat.MultipleChoice)
            {
                // The key keeps its place among the options; the wrong ones fill the others in order.
                var next = 0;
                choices = [.. q.Choices.Select(c => c == q.Answer ? values[1] : distractors[next++]).Where(c => c.Length > 0)];
                if (choices.Count < 2 || choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count)
                {
                    return "The choices must be at least two, all different.";
                }
            }

            return edit(q.Id, new QuestionEdit(
                values[0] == q.Prompt ? null : values[0],
                values[1] == q.Answer ? null : values[1],
                accept.SequenceEqual(q.Accept) ? null : accept,
                choices is null || choices.SequenceEqual(q.Choices) ? null : choices));
        });
    }

    /// <summary>The form for a question of the teacher's own.</summary>
    public static QuestionForm ForNew(Func<OwnQuestion, string?> add)
    {
        var format = new Row("Format", "Multiple choice, typed answer, or true or false.") { Options = [.. Formats.Select(QuizScreen.FormatName)] };
        bool IsChoice() => format.Option == 0;
        var rows = new List<Row>
        {
            new("Type", "What the question asks about.") { Options = [.. Types.Select(SetupScreen.TypeName)] },
            format,
            TextRow("Prompt", "The question as students read it.", ""),
            TextRow("Answer", "The key (True or False for a true-or-false question).", ""),
            TextRow("Also accepted", "Other right answers, separated by semicolons.", ""),
        };
        rows.AddRange(Enumerable.Range(1, 3).Select(i => TextRow($"Wrong choice {i}", "A wrong option shown beside the answer.", "", IsChoice)));
        rows.Add(TextRow("Evidence", "The sentence that answers it, for the answer key (optional).", ""));
        return new QuestionForm("New question", rows, form =>
        {
            var values = form.rows.Select(r => r.Value).ToList();
            var chosen = Formats[format.Option];
            if (Invalid(chosen, values[2], values[3]) is { } problem)
            {
                return problem;
            }

            var wrong = chosen == QuestionFormat.MultipleChoice ? values.Skip(5).Take(3).Where(v => v.Length > 0).ToList() : [];
            if (chosen == QuestionFormat.MultipleChoice && wrong.Count == 0)
            {
                return "A multiple-choice question needs at least one wrong choice.";
            }

            var evidence = values[^1];
            return add(new OwnQuestion(Types[form.rows[0].Option], chosen, values[2], values[3], Split(values[4]), [values[3], .. wrong], evidence.Length == 0 ? null : evidence));
        });
    }

    public override void Draw(Canvas canvas)
    {
        canvas.Text(1, 0, title, Style.Heading);
        var shown = Shown;
        var y = 2;
        for (var i = 0; i < shown.Count; i++, y++)
        {
            var row = shown[i];
            var focused = i == focus;
            canvas.Text(1, y, focused ? "▸" : " ", Style.Accent);
            canvas.Text(3, y, row.Label, focused ? Style.Strong : Style.Normal);
            var x = 3 + LabelWidth;
            var width = Math.Max(4, canvas.Width - x - 2);
            if (row.Text is { } text)
            {
                text.Draw(canvas, x, y, width, focused);
            }
            else
            {
                x = canvas.Text(x, y, "‹ ", Style.Dim);
                x = canvas.Text(x, y, row.Value, focused ? Style.Selected : Style.Accent);
                canvas.Text(x, y, " ›", Style.Dim);
            }
        }

        y++;
        canvas.Text(1, y, focus == shown.Count ? "▸" : " ", Style.Accent);
        canvas.Text(3, y, "[ Save ]", focus == shown.Count ? Style.Selected : Style.Strong);
        if (Focused?.Text is { } field && Cells.WidthOf(field.Text) > canvas.Width - LabelWidth - 5)
        {
            // A long prompt scrolls in its one-line field; the whole of it is shown below.
            y += 2;
            foreach (var line in Wrapper.Wrap(field.Text, Style.Normal, canvas.Width - 6).Take(Math.Max(0, canvas.Height - y - 2)))
            {
                canvas.Runs(3, y++, line);
            }
        }

        var note = error ?? Focused?.Help ?? "Enter saves; Esc goes back without saving.";
        canvas.Text(1, canvas.Height - 1, Cells.Fit(note, canvas.Width - 2), error is null ? Style.Dim : Style.Error);
    }

    public override bool OnKey(Key key)
    {
        var count = Shown.Count;
        if (key == Key.S.WithCtrl || (key == Key.Enter && focus == count))
        {
            error = save(this);
            if (error is null)
            {
                Host.Pop();
            }

            return true;
        }

        error = null;
        if (key == Key.CursorDown || key == Key.Tab || key == Key.Enter)
        {
            focus = Math.Min(focus + 1, count);
        }
        else if (key == Key.CursorUp || key == Key.Tab.WithShift)
        {
            focus = Math.Max(focus - 1, 0);
        }
        else if (Focused is { Options: { } options } row && (key == Key.CursorRight || key == Key.CursorLeft || key == Key.Space))
        {
            row.Option = (row.Option + (key == Key.CursorLeft ? options.Count - 1 : 1)) % options.Count;
        }
        else
        {
            return Focused?.Text?.OnKey(key) ?? false;
        }

        return true;
    }

    public override bool OnPaste(string text)
    {
        Focused?.Text?.Insert(text);
        return Focused?.Text is not null;
    }

    private static Row TextRow(string label, string help, string value, Func<bool>? visible = null) =>
        new(label, help) { Text = new LineEditor { Text = value }, Visible = visible ?? (() => true) };

    private static string? Invalid(QuestionFormat format, string prompt, string answer) =>
        prompt.Length == 0 ? "The prompt cannot be empty."
        : answer.Length == 0 ? "The answer cannot be empty."
        : format == QuestionFormat.TrueFalse && answer is not ("True" or "False") ? "The answer of a true-or-false question is True or False."
        : null;

    private static List<string> Split(string list) => [.. list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
