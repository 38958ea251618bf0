using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Drills;
using QuizTui.Storage;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Screens;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Drills;

/// <summary>
/// The drill editor (<c>quiztui drill edit</c>): every question with its key, accepted forms, choices and evidence;
/// drop, move, edit, regenerate, add the teacher's own, lock. Each change is saved at once through the
/// <see cref="DrillWorkbench"/>; an edited question keeps its id.
/// </summary>
/// <param name="warm">Loads the generator's models for the drill (tests pass their own task); by default a first generation on a worker.</param>
internal sealed class EditorScreen(DrillWorkbench workbench, Drill drill, Func<Drill, Task>? warm = null) : Screen
{
    private Drill drill = drill;
    private int selected;
    private int regenerations;
    private string? message;
    private bool messageIsError;
    private Task? warming;

    /// <summary>A regeneration asked for before the models were loaded: the question's id and seed, done at the first tick after.</summary>
    private (string Id, int Seed)? pending;

    public Drill Drill => drill;

    public override string Title => $"Edit {drill.Name}";

    public override IReadOnlyList<KeyHint> Hints => drill.Locked
        ? [new("↑↓", "question", Key.CursorDown), new("Esc", "quit", Key.Esc)]
        :
        [
            new("e", "edit", Key.E),
            new("d", "drop", Key.D),
            new("[ ]", "move", Key.Empty),
            new("r", "regenerate", Key.R),
            new("a", "add", Key.A),
            new("L", "lock", Key.L.WithShift),
            new("Esc", "quit", Key.Esc),
        ];

    public override IReadOnlyList<KeyHint> HelpKeys =>
    [
        new("↑ ↓ PgUp PgDn", "choose a question", Key.CursorDown),
        new("e or Enter", "edit its prompt, answer, accepted answers and choices", Key.E),
        new("d", "drop it from the drill (asks first)", Key.D),
        new("[ ] (Shift+↑↓)", "move it up or down", Key.Empty),
        new("r", "swap it for another generated question of the same kind", Key.R),
        new("a", "add a question of your own", Key.A),
        new("L", "lock the drill: no more edits, ready to run", Key.L.WithShift),
        new("Esc", "quit (every change is already saved)", Key.Esc),
    ];

    public override void OnShown()
    {
        selected = Math.Clamp(selected, 0, Math.Max(0, drill.Questions.Count - 1));
        // The first regeneration loads the tagger and chunker models (about 8 s on a busy 2-core machine), which held
        // the screen still. They load on a worker while the teacher reads the questions; a model is loaded once and
        // thread-safe, so 'r' then only generates (if it comes first, it waits for the same load, no longer).
        warming ??= drill.Locked || drill.Articles.Count == 0
            ? Task.CompletedTask
            : (warm ?? Warm)(drill);
    }

    public override bool WantsTicks => pending is not null;

    /// <summary>Does the waiting regeneration once the models are loaded; the screen stays live meanwhile.</summary>
    public override void OnTick()
    {
        if (pending is { } waiting && warming is { IsCompleted: true })
        {
            pending = null;
            Swap(waiting.Id, waiting.Seed);
        }
    }

    private static Task Warm(Drill drill) =>
        Task.Run(() => ArticleQuestions.Generate(DrillBuilder.Parse(drill.Articles[0]), new QuestionOptions(Count: 1)));

    public override void Draw(Canvas canvas)
    {
        var articles = drill.Articles.Count == 1 ? "1 article" : $"{drill.Articles.Count} articles";
        var x = canvas.Text(1, 0, drill.Name, Style.Heading) + 2;
        x = canvas.Text(x, 0, drill.Locked ? "LOCKED " : "", Style.Strong);
        canvas.Text(x, 0, Cells.Fit($"{drill.Questions.Count} questions from {articles} · {HostScreen.SettingsText(drill.Settings, drill.Settings.SpeedPoints)}", canvas.Width - x - 1), Style.Dim);
        if (drill.Questions.Count == 0)
        {
            canvas.Text(1, 2, "No questions: press a to add one.", Style.Dim);
        }
        else
        {
            var listHeight = Math.Clamp(drill.Questions.Count, 3, Math.Max(3, (canvas.Height - 4) / 3));
            DrawList(canvas.Inner(1, 2, canvas.Width - 2, listHeight));
            DrawDetail(canvas.Inner(1, 3 + listHeight, Math.Min(100, canvas.Width - 2), canvas.Height - listHeight - 4), drill.Questions[selected]);
        }

        if (pending is { } waiting)
        {
            var number = drill.Questions.ToList().FindIndex(q => q.Id == waiting.Id) + 1;
            canvas.Text(1, canvas.Height - 1, Cells.Fit($"Generating… question {number} (the generator loads the first time; edits wait).", canvas.Width - 2), Style.Accent);
        }
        else if (message is not null)
        {
            canvas.Text(1, canvas.Height - 1, Cells.Fit(message, canvas.Width - 2), messageIsError ? Style.Error : Style.Strong);
        }
    }

    public override bool OnKey(Key key)
    {
        message = null;
        var count = drill.Questions.Count;
        if (key == Key.CursorDown || key == Key.J)
        {
            selected = Math.Min(selected + 1, Math.Max(0, count - 1));
        }
        else if (key == Key.CursorUp || key == Key.K)
        {
            selected = Math.Max(selected - 1, 0);
        }
        else if (key == Key.PageDown)
        {
            selected = Math.Min(selected + 5, Math.Max(0, count - 1));
        }
        else if (key == Key.PageUp)
        {
            selected = Math.Max(selected - 5, 0);
        }
        else if (key == Key.Esc || key == Key.Q)
        {
            Host.Quit();
        }
        else if (drill.Locked && IsEditKey(key))
        {
            Say("This drill is locked: it can no longer be edited.", error: true);
        }
        else if (pending is not null && IsEditKey(key))
        {
            // Edits wait for the regeneration under way, so it swaps the question it was asked for.
            return true;
        }
        else if (count > 0 && (key == Key.E || key == Key.Enter))
        {
            Host.Push(QuestionForm.ForEdit(selected + 1, drill.Questions[selected], Edit));
        }
        else if (count > 0 && key == Key.D)
        {
            var question = drill.Questions[selected];
            Host.Confirm($"Drop question {selected + 1}? \"{Cells.Fit(question.Question.Prompt, 60)}\"", () => Change(() => workbench.Drop(drill.Name, question.Id), $"Dropped question {selected + 1}."));
        }
        else if (count > 0 && (key == (Key)'[' || key == Key.CursorUp.WithShift))
        {
            Move(-1);
        }
        else if (count > 0 && (key == (Key)']' || key == Key.CursorDown.WithShift))
        {
            Move(1);
        }
        else if (count > 0 && key == Key.R)
        {
            Regenerate();
        }
        else if (key == Key.A)
        {
            Host.Push(QuestionForm.ForNew(Add));
        }
        else if (key == Key.L.WithShift || key == Key.L)
        {
            Host.Confirm("Lock the drill? It can then be hosted and taken, and no longer edited.", () => Change(() => workbench.Lock(drill.Name), "Locked: the drill is ready to host."));
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool IsEditKey(Key key) =>
        key == Key.E || key == Key.Enter || key == Key.D || key == (Key)'[' || key == (Key)']' || key == Key.R || key == Key.A || key == Key.L || key == Key.L.WithShift;

    private void Move(int by)
    {
        var to = selected + by;
        if (to < 0 || to >= drill.Questions.Count)
        {
            return;
        }

        var id = drill.Questions[selected].Id;
        if (Change(() => workbench.Move(drill.Name, id, to), $"Moved to {to + 1}."))
        {
            selected = to;
        }
    }

    private void Regenerate()
    {
        var old = drill.Questions[selected];
        if (old.Own)
        {
            Say("Your own question has no generator behind it: edit it instead (e).", error: true);
            return;
        }

        regenerations++;
        var seed = drill.Settings.Seed + regenerations;
        if (warming is { IsCompleted: false })
        {
            pending = (old.Id, seed);
            return;
        }

        Swap(old.Id, seed);
    }

    private void Swap(string questionId, int seed)
    {
        var position = drill.Questions.ToList().FindIndex(q => q.Id == questionId);
        if (position >= 0 && Change(() => workbench.Regenerate(drill.Name, questionId, seed), "Swapped for another question.") && drill.Questions[position].Id == questionId)
        {
            Say("The article offers no other question of this kind.", error: true);
        }
    }

    /// <summary>Saves a question edit; returns null when saved, else what is wrong.</summary>
    private string? Edit(string questionId, QuestionEdit edit) =>
        Change(() => workbench.Edit(drill.Name, questionId, edit), "Saved; the question keeps its id.") ? null : message;

    private string? Add(OwnQuestion question)
    {
        if (!Change(() => workbench.Add(drill.Name, question), "Added your question at the end."))
        {
            return message;
        }

        selected = drill.Questions.Count - 1;
        return null;
    }

    private bool Change(Func<Drill> change, string done)
    {
        try
        {
            drill = change();
            selected = Math.Clamp(selected, 0, Math.Max(0, drill.Questions.Count - 1));
            Say(done, error: false);
            return true;
        }
        catch (Exception e) when (e is StoreException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            Say(e.Message, error: true);
            return false;
        }
    }

    private void Say(string text, bool error)
    {
        message = text;
        messageIsError = error;
    }

    private void DrawList(Canvas area)
    {
        var first = Math.Clamp(selected - (area.Height / 2), 0, Math.Max(0, drill.Questions.Count - area.Height));
        for (var row = 0; row < area.Height && first + row < drill.Questions.Count; row++)
        {
            var i = first + row;
            var q = drill.Questions[i];
            var focused = i == selected;
            var look = focused ? Style.Selected : Style.Normal;
            area.Text(0, row, focused ? "▸" : " ", Style.Accent);
            var mark = q.Own ? "own" : q.Edited ? "edited" : "";
            var head = $"{i + 1,2}  {SetupScreen.TypeName(q.Question.Type),-8} {FormatTag(q.Question.Format),-5} ";
            var x = area.Text(2, row, head, focused ? Style.Selected : Style.Dim);
            area.Text(x, row, Cells.Fit(q.Question.Prompt, area.Width - x - 8).PadRight(Math.Max(0, area.Width - x - 8)), look);
            area.Text(area.Width - 6, row, mark, Style.Dim);
        }

        if (first + area.Height < drill.Questions.Count)
        {
            area.Text(area.Width - 1, area.Height - 1, "▼", Style.Dim);
        }
    }

    private void DrawDetail(Canvas area, DrillQuestion question)
    {
        var q = question.Question;
        var rows = new List<List<Run>>();
        const int Label = 10;
        void Field(string label, IEnumerable<Run> value)
        {
            var lines = Wrapper.Wrap(value, area.Width - Label);
            for (var i = 0; i < lines.Count; i++)
            {
                rows.Add([new Run((i == 0 ? label : "").PadRight(Label), Style.Dim), .. lines[i]]);
            }
        }

        Field("Prompt", [new Run(q.Prompt, Style.Strong)]);
        Field("Answer", [new Run(q.Answer, Style.Correct)]);
        Field("Accepts", [new Run(q.Accept.Count == 0 ? "only the answer (and close spellings)" : string.Join("; ", q.Accept), q.Accept.Count == 0 ? Style.Dim : Style.Normal)]);
        for (var i = 0; i < q.Choices.Count; i++)
        {
            var isKey = q.Choices[i] == q.Answer;
            Field(i == 0 ? "Choices" : "", [new Run($"{(char)('A' + i)}  ", Style.Dim), new Run(q.Choices[i], isKey ? Style.Correct : Style.Normal), new Run(isKey ? "  ✔ key" : "", Style.Dim)]);
        }

        var article = drill.ArticleOf(question);
        Field("Evidence", EvidenceRuns(question, article));
        Field("From", [new Run(article?.Title ?? "your own question", Style.Dim)]);
        for (var i = 0; i < rows.Count && i < area.Height; i++)
        {
            area.Runs(0, i, rows[i]);
        }
    }

    private static IEnumerable<Run> EvidenceRuns(DrillQuestion question, DrillArticle? article)
    {
        var evidence = question.Question.Evidence;
        if (article is not null && evidence.Span.End <= article.Text.Length && evidence.Span.Length > 0)
        {
            return QuizScreen.EvidenceLines(article.Text, question.Question, int.MaxValue / 4).SelectMany(l => l);
        }

        return [new Run(evidence.Text.Length == 0 ? "none given" : evidence.Text, evidence.Text.Length == 0 ? Style.Dim : Style.Normal)];
    }

    private static string FormatTag(QuestionFormat format) => format switch
    {
        QuestionFormat.MultipleChoice => "mc",
        QuestionFormat.ShortAnswer => "short",
        _ => "t/f",
    };
}
