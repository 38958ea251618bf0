using System.Globalization;
using QuizTui.Core.Drills;
using QuizTui.Drills;
using QuizTui.Storage;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Drills;

/// <summary>
/// The teacher's live view of a drill (<c>quiztui drill host</c>): the controls, who joined and how far each is, the
/// leaderboard, and per question the percent right and the spread of answers. Grades and reads what changed in the
/// store every quarter second, so an answer shows within a second of being given.
/// </summary>
internal sealed class HostScreen : Screen
{
    /// <summary>
    /// How often the host view reads the store (the benchmark measures the view's lag at this interval). A refresh reads
    /// only what changed since the last one, so every tick of the trainer (250 ms) can afford one.
    /// </summary>
    internal static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(250);

    private readonly Func<DrillHost>? lockDrill;
    private DrillHost host;
    private readonly TimeProvider time;
    private readonly int top;
    private readonly bool speedPointsAllowed;
    private DrillSnapshot? snapshot;
    private DateTimeOffset lastRefresh;
    private bool speedPoints;
    private int question;
    private int studentScroll;
    private int studentRows = 1;
    private string? message;

    /// <param name="lockDrill">Locks the stored drill and opens it again (asked before starting an unlocked one); null when locking is not offered.</param>
    public HostScreen(DrillHost host, TimeProvider time, int top, bool speedPoints, Func<DrillHost>? lockDrill = null)
    {
        this.host = host;
        this.time = time;
        this.top = Math.Max(1, top);
        this.lockDrill = lockDrill;
        speedPointsAllowed = host.Drill.Settings.SpeedPoints;
        this.speedPoints = speedPoints && speedPointsAllowed;
        Refresh(force: true);
    }

    public override string Title => $"Host {host.Drill.Name}";

    public override bool WantsTicks => true;

    public override IReadOnlyList<KeyHint> Hints
    {
        get
        {
            var phase = snapshot?.Control.Phase ?? DrillPhase.Waiting;
            var hints = new List<KeyHint>();
            if (phase is DrillPhase.Waiting or DrillPhase.Paused)
            {
                hints.Add(new("s", phase == DrillPhase.Waiting ? "start" : "resume", Key.S));
            }

            if (phase == DrillPhase.Running)
            {
                hints.Add(new("p", "pause", Key.P));
            }

            if (host.Drill.Settings.HostPaced && phase != DrillPhase.Ended)
            {
                hints.Add(new("n", "next", Key.N));
            }

            if (phase != DrillPhase.Ended)
            {
                hints.Add(new("e", "end", Key.E));
            }

            hints.Add(new("↑↓", "question", Key.CursorDown));
            if (snapshot is not null && snapshot.Results.Students.Count > studentRows)
            {
                hints.Add(new("PgDn", "students", Key.PageDown));
            }

            if (speedPointsAllowed)
            {
                hints.Add(new("x", speedPoints ? "accuracy only" : "speed points", Key.X));
            }

            return hints;
        }
    }

    public override IReadOnlyList<KeyHint> HelpKeys =>
    [
        new("s", "start the drill (or resume it after a pause)", Key.S),
        new("p", "pause: students cannot answer, their clocks stop", Key.P),
        new("n", "host-paced drills: release the next question", Key.N),
        new("e", "end the drill for everyone (asks first)", Key.E),
        new("↑ ↓", "the question whose answers are shown", Key.CursorDown),
        new("PgUp PgDn", "scroll the students", Key.PageDown),
        new("x", "leaderboard in speed points or in right answers", Key.X),
        new("Esc", "leave the view; the drill goes on (asks first)", Key.Esc),
    ];

    public override void OnTick() => Refresh(force: false);

    public override bool OnKey(Key key)
    {
        message = null;
        if (key == Key.S)
        {
            Start();
        }
        else if (key == Key.P)
        {
            Apply(DrillCommand.Pause);
        }
        else if (key == Key.N && host.Drill.Settings.HostPaced)
        {
            Apply(DrillCommand.Next);
        }
        else if (key == Key.E && snapshot?.Control.Phase != DrillPhase.Ended)
        {
            Host.Confirm("End the drill for everyone? Students cannot answer any more.", () => Apply(DrillCommand.End));
        }
        else if (key == Key.X && speedPointsAllowed)
        {
            speedPoints = !speedPoints;
        }
        else if (key == Key.CursorDown)
        {
            question = Math.Min(question + 1, host.Drill.Questions.Count - 1);
        }
        else if (key == Key.CursorUp)
        {
            question = Math.Max(question - 1, 0);
        }
        else if (key == Key.PageDown)
        {
            studentScroll += studentRows;
        }
        else if (key == Key.PageUp)
        {
            studentScroll = Math.Max(0, studentScroll - studentRows);
        }
        else if (key == Key.Esc)
        {
            Host.Confirm("Leave the host view? The drill goes on; run quiztui drill host again to come back.", Host.Quit);
        }
        else
        {
            return false;
        }

        return true;
    }

    public override void Draw(Canvas canvas)
    {
        if (snapshot is null)
        {
            canvas.Text(1, 0, Cells.Fit(message ?? "Reading the drill…", canvas.Width - 2), message is null ? Style.Dim : Style.Error);
            return;
        }

        DrawHeader(canvas, snapshot);
        var results = snapshot.Results;
        var left = (canvas.Width - 5) / 2;
        var right = canvas.Width - left - 5;
        // The questions get the rows they need (at most half), the students the rest.
        var spread = results.Questions.Count == 0 ? 0 : Math.Min(6, Math.Max(1, results.Questions[Math.Clamp(question, 0, results.Questions.Count - 1)].Distribution.Count));
        var questionsNeed = Math.Min(1 + Math.Max(results.Questions.Count, 3 + spread), (canvas.Height - 6) / 2);
        var panelHeight = Math.Clamp(Math.Max(results.Students.Count, 2) + 1, 3, Math.Max(3, canvas.Height - 6 - questionsNeed));
        DrawStudents(canvas.Inner(1, 3, left, panelHeight), results);
        DrawLeaderboard(canvas.Inner(left + 4, 3, right, panelHeight), results);
        var y = 3 + panelHeight + 1;
        var rest = canvas.Height - y - 1;
        DrawQuestions(canvas.Inner(1, y, left, rest), results);
        DrawAnswers(canvas.Inner(left + 4, y, right, rest), results);
        if (message is not null)
        {
            canvas.Text(1, canvas.Height - 1, Cells.Fit(message, canvas.Width - 2), Style.Error);
        }
    }

    /// <summary>"● Running", "‖ Paused", ...: the phase in words with a sign that reads without colour.</summary>
    public static (string Text, Style Style) PhaseLabel(DrillControl control, DrillSettings settings, int count) => control.Phase switch
    {
        DrillPhase.Waiting => ("○ Waiting to start", Style.Strong),
        DrillPhase.Running when settings.HostPaced => ($"● Running, {control.Released} of {count} released", Style.Correct),
        DrillPhase.Running => ("● Running", Style.Correct),
        DrillPhase.Paused => ("‖ Paused", Style.Close),
        _ => ("■ Ended", Style.Wrong),
    };

    /// <summary>"20 s each · shuffled · speed points".</summary>
    public static string SettingsText(DrillSettings settings, bool speedPoints) =>
        (settings.TimeLimitSeconds is { } s and > 0 ? $"{s} s each" : "untimed") +
        (settings.HostPaced ? " · host-paced" : settings.Shuffle ? " · shuffled" : "") +
        (speedPoints ? " · speed points" : " · accuracy only");

    private void Refresh(bool force)
    {
        var now = time.GetUtcNow();
        // Ticks come every RefreshEvery, give or take a few milliseconds: a tick that comes a little early still refreshes.
        if (!force && now - lastRefresh < RefreshEvery * 0.8)
        {
            return;
        }

        lastRefresh = now;
        try
        {
            snapshot = host.Refresh(now);
        }
        catch (StoreException e)
        {
            message = "Cannot read the drill: " + e.Message;
        }
    }

    private void Start()
    {
        if (snapshot?.Control.Phase is DrillPhase.Running or DrillPhase.Ended)
        {
            return;
        }

        if (!host.Drill.Locked && lockDrill is not null)
        {
            Host.Confirm("The drill is not locked yet. Lock it (no more edits) and start?", () =>
            {
                try
                {
                    host = lockDrill();
                }
                catch (Exception e) when (e is StoreException or InvalidOperationException)
                {
                    message = e.Message;
                    return;
                }

                Apply(DrillCommand.Start);
            });
            return;
        }

        Apply(DrillCommand.Start);
    }

    private void Apply(DrillCommand command)
    {
        try
        {
            host.Apply(command, time.GetUtcNow());
        }
        catch (Exception e) when (e is StoreException or InvalidOperationException)
        {
            message = e.Message;
        }

        Refresh(force: true);
    }

    private void DrawHeader(Canvas canvas, DrillSnapshot now)
    {
        var drill = host.Drill;
        var x = canvas.Text(1, 0, drill.Name, Style.Heading) + 3;
        var (phase, look) = PhaseLabel(now.Control, drill.Settings, drill.Questions.Count);
        x = canvas.Text(x, 0, phase, look) + 3;
        var about = $"{drill.Questions.Count} questions · {SettingsText(drill.Settings, speedPoints)}" + (drill.Locked ? "" : " · not locked");
        canvas.Text(x, 0, Cells.Fit(about, canvas.Width - x - 1), Style.Dim);

        var results = now.Results;
        var finished = results.Students.Count(s => s.Finished);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Joined {now.Joined.Count} · finished {finished} · answers {results.TotalAnswers} of {results.Students.Count * results.QuestionCount}") +
            (results.Pending > 0 ? $" · {results.Pending} being graded" : "");
        canvas.Text(1, 1, Cells.Fit(line, canvas.Width - 2), Style.Normal);
    }

    private void DrawStudents(Canvas area, DrillResults results)
    {
        area.Text(0, 0, $"Students ({results.Students.Count})", Style.Heading);
        studentRows = Math.Max(1, area.Height - 1);
        studentScroll = Math.Clamp(studentScroll, 0, Math.Max(0, results.Students.Count - studentRows));
        if (results.Students.Count == 0)
        {
            area.Text(0, 1, "Nobody yet. Students run", Style.Dim);
            area.Text(0, 2, Cells.Fit("  quiztui drill take " + results.Name, area.Width), Style.Strong);
            return;
        }

        var counts = $"{results.QuestionCount}/{results.QuestionCount}".Length;
        var barWidth = Math.Clamp(area.Width / 4, 4, 12);
        var nameWidth = area.Width - barWidth - counts - 2;
        var shown = results.Students.Skip(studentScroll).Take(studentRows).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var s = shown[i];
            // The account is the identity; a display name alone could pass for someone else.
            var who = s.Shown == s.Account ? s.Account : $"{s.Shown} ({s.Account})";
            area.Text(0, i + 1, Cells.Fit(who, nameWidth - 1), s.Finished ? Style.Strong : Style.Normal);
            area.Bar(nameWidth, i + 1, barWidth, (double)s.Answered / Math.Max(1, s.QuestionCount));
            area.Text(nameWidth + barWidth + 1, i + 1, $"{s.Answered}/{s.QuestionCount}".PadLeft(counts), Style.Normal);
        }

        var hidden = results.Students.Count - studentScroll - shown.Count;
        if (hidden > 0 || studentScroll > 0)
        {
            var more = hidden > 0 ? $"▼ {hidden} more" : "▲";
            area.Text(area.Width - Cells.WidthOf(more), 0, more, Style.Dim);
        }
    }

    private void DrawLeaderboard(Canvas area, DrillResults results)
    {
        var board = speedPoints
            ? results.Leaderboard
            : [.. results.Students.OrderByDescending(s => s.Right).ThenBy(s => s.Seconds).ThenBy(s => s.Account, StringComparer.Ordinal)];
        area.Text(0, 0, $"Leaderboard (top {top})", Style.Heading);
        var score = speedPoints ? "points" : "right";
        area.Text(area.Width - score.Length, 0, score, Style.Dim);
        var rows = board.Take(Math.Min(top, area.Height - 1)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var s = rows[i];
            var value = speedPoints
                ? s.Points.ToString("#,0", CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{s.Right} of {s.QuestionCount}");
            var x = area.Text(0, i + 1, $"{i + 1,2}  ", Style.Dim);
            area.Text(x, i + 1, Cells.Fit(s.Shown, area.Width - x - value.Length - 1), i == 0 && s.Right > 0 ? Style.Strong : Style.Normal);
            area.Text(area.Width - value.Length, i + 1, value, Style.Normal);
        }
    }

    private void DrawQuestions(Canvas area, DrillResults results)
    {
        area.Text(0, 0, "Questions", Style.Heading);
        area.Text(area.Width - 8, 0, "% right", Style.Dim);
        var rows = Math.Max(1, area.Height - 1);
        var first = Math.Clamp(question - (rows / 2), 0, Math.Max(0, results.Questions.Count - rows));
        var barWidth = Math.Clamp(area.Width - 18, 4, 16);
        for (var i = 0; i < rows && first + i < results.Questions.Count; i++)
        {
            var q = results.Questions[first + i];
            var y = i + 1;
            var selected = first + i == question;
            var x = area.Text(0, y, selected ? "▸" : " ", Style.Accent);
            x = area.Text(x, y, $"Q{q.Number,-3}", selected ? Style.Selected : Style.Normal) + 1;
            if (q.PercentCorrect is { } percent)
            {
                area.Bar(x, y, barWidth, percent / 100);
                area.Text(x + barWidth + 1, y, string.Create(CultureInfo.InvariantCulture, $"{percent,3:0}%"), Style.Normal);
            }
            else
            {
                area.Text(x, y, q.Answered == 0 ? "no answers yet" : "grading…", Style.Dim);
            }
        }
    }

    private void DrawAnswers(Canvas area, DrillResults results)
    {
        if (results.Questions.Count == 0)
        {
            return;
        }

        var q = results.Questions[Math.Clamp(question, 0, results.Questions.Count - 1)];
        var key = host.Drill.Questions[q.Number - 1].Question.Answer;
        area.Text(0, 0, Cells.Fit($"Q{q.Number}  {q.Answered} answered", area.Width), Style.Heading);
        var y = 1;
        foreach (var line in Wrapper.Wrap(q.Prompt, Style.Strong, area.Width).Take(2))
        {
            area.Runs(0, y++, line);
        }

        var x = area.Text(0, y, "Key ", Style.Dim);
        area.Text(x, y++, Cells.Fit(key, area.Width - x), Style.Correct);
        var most = Math.Max(1, q.Distribution.Count == 0 ? 1 : q.Distribution.Max(c => c.Count));
        var barWidth = Math.Clamp(area.Width / 4, 3, 10);
        var textWidth = area.Width - barWidth - 7;
        foreach (var c in q.Distribution.Take(Math.Max(0, area.Height - y)))
        {
            var (sign, look) = c.Right switch
            {
                true => ("✔", Style.Correct),
                false => ("✘", Style.Wrong),
                null => ("·", Style.Dim),
            };
            area.Text(0, y, sign, look);
            area.Text(2, y, Cells.Fit(c.Answer.Length == 0 ? "(no answer)" : c.Answer, textWidth), Style.Normal);
            var filled = Math.Max(1, (int)Math.Round((double)c.Count / most * barWidth));
            area.Text(textWidth + 3, y, new string('■', filled), look == Style.Dim ? Style.Dim : Style.Accent);
            area.Text(textWidth + 4 + barWidth, y, c.Count.ToString(CultureInfo.InvariantCulture).PadLeft(3), Style.Normal);
            y++;
        }

        if (q.Distribution.Count == 0)
        {
            area.Text(0, y, "No answers yet.", Style.Dim);
        }
    }
}
