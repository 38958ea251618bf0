using System.Globalization;
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
/// A student taking a live drill (<c>quiztui drill take</c>): waits for the host, then one released question at a
/// time in the student's own order, each answer committed as given with no verdict (the host grades), a countdown
/// when timed, and a done screen. Reads the host's controls from the store on a timer; there is no going back.
/// </summary>
internal sealed class TakeScreen : Screen
{
    /// <summary>How often the host's controls are read (pause, next and end show within this).</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);

    private const string NotKept = "Your results could not be kept: ";

    private readonly DrillSession session;
    private readonly TimeProvider time;
    private readonly QuestionClock clock;
    private readonly LineEditor typed = new();
    private readonly Func<DateTimeOffset, DrillSyncResult>? sync;
    private DrillSyncResult? synced;
    private DrillControl control;
    private DateTimeOffset lastPoll;
    private DrillQuestionView? current;
    private Given? given;
    private int choice;
    private int choicesTop = -1;
    private string? problem;

    /// <param name="sync">Once the drill has ended, keeps the student's released results in their progress (tried on each poll until kept).</param>
    public TakeScreen(DrillSession session, TimeProvider time, Func<DateTimeOffset, DrillSyncResult>? sync = null)
    {
        this.session = session;
        this.time = time;
        this.sync = sync;
        clock = new QuestionClock(time);
        control = DrillControl.Initial(time.GetUtcNow());
        Poll(force: true);
    }

    /// <summary>What the student gave for the question on screen, as recorded.</summary>
    private sealed record Given(string Answer, bool TimedOut, string Note);

    private enum Phase
    {
        Waiting,
        Paused,
        Question,
        Recorded,
        NextPending,
        Done,
    }

    public override string Title => $"Drill {session.Paper.Name}";

    public override bool WantsTicks => true;

    public override bool IsTyping => State == Phase.Question && current is { Format: QuestionFormat.ShortAnswer };

    public override IReadOnlyList<KeyHint> Hints => State switch
    {
        Phase.Question when current is { Format: QuestionFormat.ShortAnswer } => [new("Enter", "submit the answer", Key.Enter), new("Esc", "leave", Key.Esc)],
        Phase.Question => [new("1-4 A-D", "answer", Key.Empty), new("↑↓ Enter", "choose", Key.Enter), new("Esc", "leave", Key.Esc)],
        Phase.Recorded => [new("Enter", session.Finished ? "finish" : "next question", Key.Enter), new("Esc", "leave", Key.Esc)],
        Phase.Done => [new("Enter", "quit", Key.Enter)],
        _ => [new("Esc", "leave (you can come back)", Key.Esc)],
    };

    public override IReadOnlyList<KeyHint> HelpKeys =>
    [
        new("1-4 or A-D", "choose that answer: it is recorded at once", Key.Empty),
        new("↑ ↓ then Enter", "move to an answer and choose it", Key.Enter),
        new("typing, Enter", "short answers: type, then Enter", Key.Enter),
        new("Enter", "after an answer: the next question", Key.Enter),
        new("Esc", "leave; run the same command again to continue where you left off", Key.Esc),
    ];

    private Phase State
    {
        get
        {
            if (given is not null)
            {
                return control.Phase == DrillPhase.Ended && !session.Finished ? Phase.Done : Phase.Recorded;
            }

            return (control.Phase, current) switch
            {
                _ when session.Finished || control.Phase == DrillPhase.Ended => Phase.Done,
                (DrillPhase.Waiting, _) => Phase.Waiting,
                (DrillPhase.Paused, _) => Phase.Paused,
                (_, null) => Phase.NextPending,
                _ => Phase.Question,
            };
        }
    }

    private int? LimitSeconds => session.Paper.Settings.TimeLimitSeconds is { } s and > 0 ? s : null;

    public override void OnTick()
    {
        Poll(force: false);
        ExpireIfOutOfTime();
    }

    public override void Draw(Canvas canvas)
    {
        ExpireIfOutOfTime();
        switch (State)
        {
            case Phase.Question:
            case Phase.Recorded:
                DrawProgress(canvas);
                DrawQuestion(canvas.Inner(2, LimitSeconds is null ? 2 : 3, Math.Min(100, canvas.Width - 4), canvas.Height - 4));
                break;
            default:
                DrawNotice(canvas.Inner(2, 1, Math.Min(76, canvas.Width - 4), canvas.Height - 2));
                break;
        }

        if (problem is not null)
        {
            canvas.Text(1, canvas.Height - 1, Cells.Fit(problem, canvas.Width - 2), Style.Error);
        }
    }

    public override bool OnKey(Key key)
    {
        var state = State;
        if (state == Phase.Done)
        {
            if (key == Key.Enter || key == Key.Esc || key == Key.Q)
            {
                Host.Quit();
            }

            return true;
        }

        if (key == Key.Esc)
        {
            Host.Confirm($"Leave the drill? Your answers so far are kept: run quiztui drill take {session.Paper.Name} again to continue.", Host.Quit);
            return true;
        }

        if (state == Phase.Recorded)
        {
            if (key == Key.Enter || key == Key.Space)
            {
                given = null;
                current = null;
                Poll(force: true);
            }

            return true;
        }

        return state == Phase.Question && Answer(key);
    }

    public override bool OnClick(int x, int y)
    {
        if (State == Phase.Question && current is { Format: not QuestionFormat.ShortAnswer } question && choicesTop >= 0)
        {
            var index = y - choicesTop;
            if (index >= 0 && index < question.Choices.Count)
            {
                choice = index;
                Submit(question.Choices[index], timedOut: false);
                return true;
            }
        }

        return false;
    }

    public override bool OnPaste(string text)
    {
        if (!IsTyping)
        {
            return false;
        }

        typed.Insert(text);
        return true;
    }

    private bool Answer(Key key)
    {
        var question = current!;
        if (question.Format == QuestionFormat.ShortAnswer)
        {
            if (key != Key.Enter)
            {
                return typed.OnKey(key);
            }

            if (typed.Text.Trim().Length == 0)
            {
                Host.Confirm("Submit an empty answer? It cannot be changed afterwards.", () =>
                {
                    // The time may have run out while the question was asked, and that already recorded it.
                    if (State == Phase.Question)
                    {
                        Submit(string.Empty, timedOut: false);
                    }
                });
            }
            else
            {
                Submit(typed.Text.Trim(), timedOut: false);
            }

            return true;
        }

        if (key == Key.CursorDown)
        {
            choice = (choice + 1) % question.Choices.Count;
        }
        else if (key == Key.CursorUp)
        {
            choice = (choice + question.Choices.Count - 1) % question.Choices.Count;
        }
        else if (key == Key.Enter)
        {
            Submit(question.Choices[choice], timedOut: false);
        }
        else if (QuizScreen.ChoiceFor(key, question.Choices.Count) is { } picked)
        {
            choice = picked;
            Submit(question.Choices[picked], timedOut: false);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads the host's controls (at most once a <see cref="PollEvery"/> unless forced) and moves to what they allow.</summary>
    private void Poll(bool force)
    {
        var now = time.GetUtcNow();
        if (!force && now - lastPoll < PollEvery)
        {
            return;
        }

        lastPoll = now;
        try
        {
            control = session.Control();
            if (problem is not null && problem.StartsWith("Cannot reach", StringComparison.Ordinal))
            {
                problem = null;
            }
        }
        catch (StoreException e)
        {
            problem = "Cannot reach the drill: " + e.Message;
            return;
        }

        if (control.Phase == DrillPhase.Ended)
        {
            Keep(now);
        }

        if (control.Phase != DrillPhase.Running || session.Finished)
        {
            clock.Stop();
            return;
        }

        if (current is null && given is null && session.Next(control) is { } next)
        {
            current = next;
            choice = 0;
            typed.Text = string.Empty;
            problem = null;
            clock.Restart(SpentBefore(next, now));
        }
        else if (given is null)
        {
            clock.Resume();
        }
    }

    /// <summary>The released results, into the student's own progress; until they are there, tried again at each poll.</summary>
    private void Keep(DateTimeOffset now)
    {
        if (sync is null || synced is { Status: DrillSyncStatus.Synced })
        {
            return;
        }

        try
        {
            synced = sync(now);
            if (problem?.StartsWith(NotKept, StringComparison.Ordinal) == true)
            {
                problem = null;
            }
        }
        catch (Exception e) when (e is StoreException or FormatException or DrillAccessException)
        {
            problem = NotKept + e.Message;
        }
    }

    /// <summary>
    /// Time already spent on a question shown before this process (the student left and came back): the countdown
    /// goes on from the first showing, as stored. A pause while the student was away is not given back.
    /// </summary>
    private TimeSpan SpentBefore(DrillQuestionView question, DateTimeOffset now)
    {
        if (LimitSeconds is null)
        {
            return TimeSpan.Zero;
        }

        try
        {
            return now - session.Shown(question.Id, now);
        }
        catch (StoreException)
        {
            // The store is unreachable just now: the answer will say so; the countdown starts here.
            return TimeSpan.Zero;
        }
    }

    private void ExpireIfOutOfTime()
    {
        if (State == Phase.Question && LimitSeconds is { } limit && clock.Spent >= TimeSpan.FromSeconds(limit))
        {
            Submit(string.Empty, timedOut: true);
        }
    }

    private void Submit(string answer, bool timedOut)
    {
        var question = current!;
        var taken = clock.Spent;
        if (LimitSeconds is { } limit && taken > TimeSpan.FromSeconds(limit))
        {
            taken = TimeSpan.FromSeconds(limit);
        }

        SubmitResult result;
        try
        {
            result = session.Submit(question.Id, answer, taken, time.GetUtcNow());
        }
        catch (StoreException e)
        {
            problem = "Not recorded, try again: " + e.Message;
            return;
        }

        switch (result)
        {
            case SubmitResult.Recorded:
                clock.Stop();
                given = new Given(answer, timedOut, timedOut ? "Time is up: recorded as not answered." : "Answer recorded.");
                problem = null;
                break;
            case SubmitResult.AlreadyAnswered:
                clock.Stop();
                given = new Given(string.Empty, false, "You answered this question before; that first answer stands.");
                break;
            case SubmitResult.NotOpen:
                Poll(force: true);
                problem = "The drill is not open just now (paused or ended): that answer was not recorded.";
                break;
            default:
                problem = "The drill no longer has this question: ask your teacher.";
                break;
        }
    }

    private void DrawProgress(Canvas canvas)
    {
        var total = session.Order.Count;
        var number = session.Order.ToList().FindIndex(q => q.Id == current!.Id) + 1;
        var x = canvas.Text(1, 0, $"Question {number} of {total}", Style.Strong) + 2;
        var right = $"Answered {session.AnsweredCount} of {total}";
        var rightX = canvas.Width - Cells.WidthOf(right) - 1;
        canvas.Bar(x, 0, Math.Max(0, rightX - x - 2), (double)session.AnsweredCount / Math.Max(1, total));
        canvas.Text(rightX, 0, right, Style.Normal);

        if (LimitSeconds is { } limit)
        {
            var left = Math.Max(0, limit - clock.Spent.TotalSeconds);
            var seconds = (int)Math.Ceiling(left);
            var tail = given is null ? $"{seconds} s left" : given.TimedOut ? "time is up" : $"answered in {(int)Math.Min(limit, clock.Spent.TotalSeconds)} s";
            var tx = canvas.Text(1, 1, "Left", Style.Dim) + 2;
            var barWidth = Math.Max(0, canvas.Width - tx - Cells.WidthOf(tail) - 3);
            canvas.Bar(tx, 1, barWidth, left / limit);
            canvas.Text(tx + barWidth + 1, 1, tail, seconds <= 5 && given is null ? Style.Wrong : Style.Dim);
        }
    }

    private void DrawQuestion(Canvas body)
    {
        var question = current!;
        var y = 0;
        body.Text(0, y++, $"{SetupScreen.TypeName(question.Type).ToUpperInvariant()} · {QuizScreen.FormatName(question.Format)}", Style.Accent);
        var prompt = question.Format == QuestionFormat.TrueFalse ? "True or false? " + question.Prompt : question.Prompt;
        foreach (var line in Wrapper.Wrap(prompt, Style.Strong, body.Width))
        {
            body.Runs(0, y++, line);
        }

        y++;
        if (question.Format == QuestionFormat.ShortAnswer)
        {
            var x = body.Text(0, y, "Your answer  ", Style.Dim);
            if (given is null)
            {
                typed.Draw(body, x, y, Math.Min(50, body.Width - x), focused: true);
            }
            else
            {
                body.Text(x, y, Cells.Fit(given.Answer.Length == 0 ? "(none)" : given.Answer, body.Width - x), Style.Strong);
            }

            y += 2;
        }
        else
        {
            // The content area starts one row below the title bar; the body sits a further 2 or 3 rows down.
            choicesTop = y + (LimitSeconds is null ? 2 : 3);
            for (var i = 0; i < question.Choices.Count; i++)
            {
                DrawChoice(body, y++, i, question.Choices[i]);
            }

            y++;
        }

        if (given is not null)
        {
            body.Text(0, y, given.Note, given.TimedOut ? Style.Wrong : Style.Strong);
            body.Text(0, y + 1, "Your teacher grades the answers; the results come after the drill.", Style.Dim);
        }
    }

    private void DrawChoice(Canvas body, int y, int i, string text)
    {
        var marker = $"{i + 1}  {(char)('A' + i)}  ";
        if (given is null)
        {
            var focused = i == choice;
            body.Text(0, y, focused ? "▸ " : "  ", Style.Accent);
            var x = body.Text(2, y, marker, focused ? Style.Selected : Style.Dim);
            body.Text(x, y, Cells.Fit(text, body.Width - x), focused ? Style.Selected : Style.Normal);
            return;
        }

        var chosen = given.Answer == text;
        body.Text(0, y, chosen ? "● " : "  ", Style.Strong);
        var after = body.Text(2, y, marker, Style.Dim);
        body.Text(after, y, Cells.Fit(text, body.Width - after), chosen ? Style.Strong : Style.Dim);
    }

    private void DrawNotice(Canvas area)
    {
        var paper = session.Paper;
        var total = session.Order.Count;
        var (heading, lines) = State switch
        {
            Phase.Waiting => ("Waiting for your teacher to start the drill", new[]
            {
                JoinedAs(),
                Describe(paper.Settings, total),
                "",
                "This screen changes by itself when the drill starts.",
            }),
            Phase.Paused => ("Paused by your teacher", new[]
            {
                "The clock is stopped and the question is hidden; it comes back when the drill goes on.",
                $"Answered {session.AnsweredCount} of {total}.",
            }),
            Phase.NextPending => ("Waiting for the next question", new[]
            {
                $"Answered {session.AnsweredCount} of {total}. Your teacher releases the questions one at a time.",
            }),
            _ when synced is { Status: DrillSyncStatus.Synced } kept => ("The drill has ended: your results", [.. kept.Lines(), "", "Press Enter to close."]),
            _ => (session.Finished ? "Done: every answer is recorded" : "The drill has ended", new[]
            {
                session.Finished
                    ? $"You answered all {total} questions."
                    : $"You answered {session.AnsweredCount} of {total} questions; the others count as not answered.",
                ResultsNote(),
                "",
                "Press Enter to close.",
            }),
        };

        area.Text(0, 0, Cells.Fit(paper.Name, area.Width), Style.Heading);
        area.Text(0, 2, Cells.Fit(heading, area.Width), Style.Strong);
        var y = 4;
        foreach (var line in lines)
        {
            foreach (var wrapped in Wrapper.Wrap(line, Style.Normal, area.Width))
            {
                area.Runs(0, y++, wrapped);
            }
        }
    }

    private string ResultsNote() => (sync, control.Phase) switch
    {
        (null, _) => "Your teacher grades the answers and shares the results.",
        (_, DrillPhase.Ended) => $"Your results show here once your teacher's side releases them; or run quiztui drill sync {session.Paper.Name} later.",
        _ => "Your results show here when your teacher ends the drill, and missed questions join your reviews.",
    };

    private string JoinedAs()
    {
        var student = session.Student;
        return string.IsNullOrWhiteSpace(student.DisplayName)
            ? $"You joined as {student.Account}."
            : $"You joined as {student.Account}, shown to the class as \"{student.DisplayName}\".";
    }

    /// <summary>"10 questions · 30 seconds each · in your own order".</summary>
    public static string Describe(DrillSettings settings, int count)
    {
        var parts = new List<string> { count == 1 ? "1 question" : $"{count} questions" };
        parts.Add(settings.TimeLimitSeconds is { } s and > 0 ? string.Create(CultureInfo.InvariantCulture, $"{s} seconds each") : "no time limit");
        if (settings.Shuffle && !settings.HostPaced)
        {
            parts.Add("in your own order");
        }

        if (settings.HostPaced)
        {
            parts.Add("released one at a time");
        }

        return string.Join(" · ", parts) + "; no going back.";
    }
}
