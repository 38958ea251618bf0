using System.Globalization;
using QuizTui.Core.Questions;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>Quiz set-up: count, types, format, open or closed book, time limit, seed. Enter starts with what is shown.</summary>
internal sealed class SetupScreen(TrainerContext context, LibraryEntry entry) : Screen
{
    private static readonly int[] Counts = [3, 5, 10, 15, 20];
    private static readonly (QuestionFormat? Format, string Name)[] Formats =
    [
        (null, "mixed"),
        (QuestionFormat.MultipleChoice, "multiple choice"),
        (QuestionFormat.ShortAnswer, "short answer"),
        (QuestionFormat.TrueFalse, "true or false"),
    ];

    private static readonly int[] Limits = [0, 15, 30, 60, 90];
    private static readonly QuestionType[] Types = Enum.GetValues<QuestionType>();
    private const int TypeRow = 1;
    private const int FormatRow = TypeRow + 5;
    private const int BookRow = FormatRow + 1;
    private const int LimitRow = BookRow + 1;
    private const int SeedRow = LimitRow + 1;
    private const int StartRow = SeedRow + 1;
    private const int FirstLine = 3;

    private readonly HashSet<QuestionType> types = [.. QuizSetup.Default.Types];
    private int row = StartRow;
    private int count = Array.IndexOf(Counts, QuizSetup.Default.Count);
    private int format;
    private bool openBook = QuizSetup.Default.OpenBook;
    private int limit;
    private string seed = QuizSetup.Default.Seed.ToString(CultureInfo.InvariantCulture);
    private string? message;

    public override string Title => "Quiz set-up";

    public override IReadOnlyList<KeyHint> Hints { get; } =
    [
        new("Enter", "start", Key.Enter),
        new("↑↓", "choose", Key.CursorDown),
        new("←→", "change", Key.CursorRight),
        new("Space", "toggle", Key.Space),
        new("Esc", "back", Key.Esc),
    ];

    public override IReadOnlyList<KeyHint> HelpKeys { get; } =
    [
        new("Enter", "start the quiz with the settings shown", Key.Enter),
        new("↑ ↓", "move between settings", Key.CursorDown),
        new("← → Space", "change the setting; Space ticks a question type", Key.CursorRight),
        new("0-9 Backspace", "edit the seed (the same seed asks the same questions)", Key.Backspace),
    ];

    public QuizSetup Setup => new(
        Counts[count],
        new HashSet<QuestionType>(types),
        Formats[format].Format,
        openBook,
        Limits[limit] == 0 ? null : TimeSpan.FromSeconds(Limits[limit]),
        int.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0);

    public override void Draw(Canvas canvas)
    {
        canvas.Text(1, 0, Cells.Fit(entry.Article!.Title, canvas.Width - 2), Style.Heading);
        canvas.Text(1, 1, "Enter starts at once; change what you like first.", Style.Dim);
        var labelWidth = 14;
        for (var r = 0; r <= StartRow; r++)
        {
            var y = FirstLine + r + (r >= TypeRow ? 1 : 0) + (r >= FormatRow ? 1 : 0) + (r >= StartRow ? 1 : 0);
            var focused = r == row;
            canvas.Text(1, y, focused ? "▸" : " ", Style.Accent);
            if (r == StartRow)
            {
                canvas.Text(3, y, "[ Start quiz ]", focused ? Style.Selected : Style.Strong);
                continue;
            }

            var (label, value, kind) = Describe(r);
            canvas.Text(3, y, label, focused ? Style.Strong : Style.Normal);
            var x = 3 + labelWidth;
            if (kind == RowKind.Toggle)
            {
                canvas.Text(x, y, value, focused ? Style.Selected : Style.Accent);
            }
            else if (kind == RowKind.Text)
            {
                canvas.Text(x, y, $"[{value}{(focused ? "▏" : string.Empty)}]", focused ? Style.Selected : Style.Accent);
            }
            else
            {
                x = canvas.Text(x, y, "‹ ", Style.Dim);
                x = canvas.Text(x, y, value, focused ? Style.Selected : Style.Accent);
                canvas.Text(x, y, " ›", Style.Dim);
            }
        }

        var note = message ?? Explain();
        canvas.Text(1, canvas.Height - 1, Cells.Fit(note, canvas.Width - 2), message is null ? Style.Dim : Style.Error);
    }

    public override bool OnKey(Key key)
    {
        message = null;
        if (key == Key.CursorDown || key == Key.Tab)
        {
            row = (row + 1) % (StartRow + 1);
        }
        else if (key == Key.CursorUp || key == Key.Tab.WithShift)
        {
            row = (row + StartRow) % (StartRow + 1);
        }
        else if (key == Key.CursorRight)
        {
            Change(1);
        }
        else if (key == Key.CursorLeft)
        {
            Change(-1);
        }
        else if (key == Key.Space)
        {
            Change(1);
        }
        else if (key == Key.Enter)
        {
            Start();
        }
        else if (row == SeedRow && key == Key.Backspace)
        {
            seed = seed.Length > 0 ? seed[..^1] : seed;
        }
        else if (row == SeedRow && key.GetPrintableText() is [var digit] && char.IsAsciiDigit(digit) && seed.Length < 9)
        {
            seed += digit;
        }
        else
        {
            return false;
        }

        return true;
    }

    public override bool OnClick(int x, int y)
    {
        for (var r = 0; r <= StartRow; r++)
        {
            var rowY = FirstLine + r + (r >= TypeRow ? 1 : 0) + (r >= FormatRow ? 1 : 0) + (r >= StartRow ? 1 : 0);
            if (rowY != y)
            {
                continue;
            }

            row = r;
            if (r == StartRow)
            {
                Start();
            }
            else if (x >= 17)
            {
                Change(x <= 18 && Describe(r).Kind == RowKind.Choice ? -1 : 1);
            }

            return true;
        }

        return false;
    }

    private enum RowKind
    {
        Choice,
        Toggle,
        Text,
    }

    private (string Label, string Value, RowKind Kind) Describe(int r) => r switch
    {
        0 => ("Questions", Counts[count].ToString(CultureInfo.InvariantCulture), RowKind.Choice),
        >= TypeRow and < FormatRow => (TypeName(Types[r - TypeRow]), types.Contains(Types[r - TypeRow]) ? "[x]" : "[ ]", RowKind.Toggle),
        FormatRow => ("Format", Formats[format].Name, RowKind.Choice),
        BookRow => ("Book", openBook ? "open" : "closed", RowKind.Choice),
        LimitRow => ("Time limit", Limits[limit] == 0 ? "none" : $"{Limits[limit]} seconds a question", RowKind.Choice),
        _ => ("Seed", seed, RowKind.Text),
    };

    private string Explain() => row switch
    {
        BookRow => openBook ? "Open book: the article stays one key away (r) during the quiz." : "Closed book: the article is hidden until the results.",
        SeedRow => "The same article, settings and seed ask the same questions in the same order.",
        >= TypeRow and < FormatRow => "Space ticks or unticks a question type.",
        _ => "↑↓ choose a setting, ←→ change it, Enter starts.",
    };

    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.Who => "Who",
        QuestionType.Where => "Where",
        QuestionType.When => "When",
        QuestionType.HowMany => "How many",
        _ => "Who said",
    };

    private void Change(int by)
    {
        switch (row)
        {
            case 0:
                count = Math.Clamp(count + by, 0, Counts.Length - 1);
                break;
            case >= TypeRow and < FormatRow:
                var type = Types[row - TypeRow];
                if (!types.Remove(type))
                {
                    types.Add(type);
                }

                break;
            case FormatRow:
                format = (format + by + Formats.Length) % Formats.Length;
                break;
            case BookRow:
                openBook = !openBook;
                break;
            case LimitRow:
                limit = (limit + by + Limits.Length) % Limits.Length;
                break;
            case StartRow:
                if (by > 0)
                {
                    Start();
                }

                break;
        }
    }

    private void Start()
    {
        var setup = Setup;
        if (setup.Types.Count == 0)
        {
            message = "Tick at least one question type.";
            return;
        }

        var questions = context.Pipeline.Questions(entry.Article!, setup);
        if (questions is null)
        {
            message = "This build has no question generator yet, so no quiz can be made.";
            return;
        }

        if (questions.Count == 0)
        {
            message = "This article has too little in it for questions of these types.";
            return;
        }

        Host.Replace(QuizScreen.Start(context, entry, setup, questions));
    }
}
