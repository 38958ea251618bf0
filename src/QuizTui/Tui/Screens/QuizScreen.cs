using System.Globalization;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Text;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>
/// One question at a time: choose or type, then the verdict with the right answer and its evidence; a verdict of
/// wrong can be overridden ("I was right"). Each verdict is kept in the progress database as it is given.
/// </summary>
/// <param name="entry">The article quizzed; null for a review of due questions from all articles.</param>
/// <param name="kept">The session in the progress database, or null when nothing is kept.</param>
/// <param name="isReview">A review (of due or missed questions) rather than a quiz on the article.</param>
internal sealed class QuizScreen(TrainerContext context, LibraryEntry? entry, QuizSetup setup, QuizSession session, string? kept, bool isReview) : Screen
{
    /// <summary>How many due questions one review takes at most.</summary>
    public const int ReviewSize = 20;

    private readonly LineEditor typed = new();
    private readonly Dictionary<int, string> attempts = [];
    private int recorded = session.Answers.Count;
    private int choice;
    private int choicesTop = -1;

    public QuizSession Session => session;

    public override string Title => isReview ? "Review" : "Quiz";

    /// <summary>A new quiz on the article.</summary>
    public static QuizScreen Start(TrainerContext context, LibraryEntry entry, QuizSetup setup, IReadOnlyList<Question> questions) =>
        new(context, entry, setup, new QuizSession(questions, context.Clock, setup.TimeLimit, context.Pipeline.Judge), context.Scores.Start(entry.Article!, questions, setup, context.Now), isReview: false);

    /// <summary>An unfinished quiz on the article, from its next unanswered question.</summary>
    public static QuizScreen Resume(TrainerContext context, LibraryEntry entry, ResumedQuiz quiz) =>
        new(context, entry, quiz.Setup, QuizSession.Continue(quiz.Questions, quiz.Earlier, context.Clock, quiz.Setup.TimeLimit, context.Pipeline.Judge), quiz.SessionId, isReview: false);

    /// <summary>A review: the missed questions of an article, or (without <paramref name="entry"/>) due questions from all articles.</summary>
    public static QuizScreen Review(TrainerContext context, LibraryEntry? entry, QuizSetup setup, IReadOnlyList<Question> questions) =>
        new(context, entry, setup, new QuizSession(questions, context.Clock, setup.TimeLimit, context.Pipeline.Judge), context.Scores.StartReview(entry?.Text, questions, setup, context.Now), isReview: true);

    /// <summary>Set-up of a review of due questions: closed book (they come from many articles), no time limit.</summary>
    public static QuizSetup DueReviewSetup { get; } = QuizSetup.Default with { Count = ReviewSize, OpenBook = false };

    public override bool IsTyping => IsShortAnswerOpen;

    public override bool WantsTicks => !session.IsFinished;

    public override IReadOnlyList<KeyHint> Hints
    {
        get
        {
            var hints = new List<KeyHint>();
            if (session.CurrentAnswer is { } verdict)
            {
                hints.Add(new("Enter", session.Index + 1 < session.Questions.Count ? "next question" : "results", Key.Enter));
                if (verdict.CanOverride)
                {
                    hints.Add(new("i", "I was right", Key.I));
                }
            }
            else if (IsShortAnswerOpen)
            {
                hints.Add(new("Enter", "answer (empty: skip)", Key.Enter));
            }
            else
            {
                hints.Add(new("1-4 A-D", "answer", Key.Empty));
                hints.Add(new("↑↓ Enter", "choose", Key.Enter));
                hints.Add(new("s", "skip", Key.S));
            }

            if (setup.OpenBook && entry is not null)
            {
                hints.Add(new("F2", "article", Key.F2));
            }

            hints.Add(new("Esc", isReview ? "stop" : "abandon", Key.Esc));
            return hints;
        }
    }

    public override IReadOnlyList<KeyHint> HelpKeys =>
    [
        new("1-4 or A-D", "choose that answer", Key.Empty),
        new("↑ ↓ then Enter", "move to an answer and choose it", Key.Enter),
        new("typing, Enter", "short answers: type, then Enter (empty Enter skips)", Key.Enter),
        new("s", "skip a multiple-choice or true/false question", Key.S),
        new("Enter Space", "after the verdict: next question", Key.Enter),
        new("i", "after a verdict of wrong: I was right (counts as right, also for reviews)", Key.I),
        new("F2 (r)", setup.OpenBook && entry is not null ? "open book: read the article, Esc comes back" : "closed book: the article is hidden", Key.F2),
        new("Esc", isReview ? "stop the review (asks first; answers given are kept)" : "abandon the quiz (asks first; reopening the article resumes it)", Key.Esc),
    ];

    private bool IsShortAnswerOpen => session.Current is { Format: QuestionFormat.ShortAnswer } && session.CurrentAnswer is null;

    public override void OnTick()
    {
        session.Expire();
        Keep();
    }

    /// <summary>Hands each new verdict to the progress store as soon as it is given.</summary>
    private void Keep()
    {
        for (; recorded < session.Answers.Count; recorded++)
        {
            if (context.Scores.Answered(kept, session.Answers[recorded], context.Now) is { } id)
            {
                attempts[recorded] = id;
            }
        }
    }

    public override void Draw(Canvas canvas)
    {
        session.Expire();
        Keep();
        var question = session.Current;
        if (question is null)
        {
            return;
        }

        DrawProgress(canvas);
        var width = Math.Min(100, canvas.Width - 4);
        var body = canvas.Inner(2, 3, width, canvas.Height - 3);
        var y = 0;
        var tag = $"{SetupScreen.TypeName(question.Type).ToUpperInvariant()} · {FormatName(question.Format)}";
        body.Text(0, y++, tag, Style.Accent);
        // Worded as the CLI's QuestionFormatter puts it.
        var prompt = question.Format == QuestionFormat.TrueFalse ? "True or false? " + question.Prompt : question.Prompt;
        foreach (var line in Wrapper.Wrap(prompt, Style.Strong, width))
        {
            body.Runs(0, y++, line);
        }

        y++;
        var verdict = session.CurrentAnswer;
        if (question.Format == QuestionFormat.ShortAnswer)
        {
            var x = body.Text(0, y, "Your answer  ", Style.Dim);
            if (verdict is null)
            {
                typed.Draw(body, x, y, Math.Min(50, width - x), focused: true);
            }
            else
            {
                body.Text(x, y, Cells.Fit(verdict.Given ?? "(skipped)", width - x), verdict.IsRight ? Style.Correct : Style.Wrong);
            }

            y += 2;
        }
        else
        {
            choicesTop = y + 3;
            for (var i = 0; i < question.Choices.Count; i++)
            {
                DrawChoice(body, y++, i, question, verdict);
            }

            y++;
        }

        if (verdict is not null)
        {
            DrawVerdict(body.Inner(0, y, width, body.Height - y), verdict);
        }
    }

    public override bool OnKey(Key key)
    {
        var handled = Handle(key);
        Keep();
        return handled;
    }

    private bool Handle(Key key)
    {
        if (session.IsFinished)
        {
            return false;
        }

        if (key == Key.Esc)
        {
            var ask = isReview
                ? "Stop this review? The answers given so far are kept."
                : "Abandon this quiz? The answers given so far are kept: reopen the article to resume it.";
            Host.Confirm(ask, () => Host.PopTo<ReaderScreen>());
            return true;
        }

        if (key == Key.F2 || (key == Key.R && !IsShortAnswerOpen))
        {
            if (setup.OpenBook && entry is not null)
            {
                Host.Push(new ReaderScreen(context, entry) { FromQuiz = true });
            }

            return true;
        }

        if (session.CurrentAnswer is { } verdict)
        {
            if (key == Key.Enter || key == Key.Space || key == Key.CursorRight || key == Key.N)
            {
                Advance();
                return true;
            }

            if (key == Key.I && verdict.CanOverride)
            {
                session.Override(session.Index);
                context.Scores.Override(attempts.GetValueOrDefault(session.Index));
                return true;
            }

            return false;
        }

        var question = session.Current!;
        if (question.Format == QuestionFormat.ShortAnswer)
        {
            if (key == Key.Enter)
            {
                if (typed.Text.Trim().Length == 0)
                {
                    session.Skip();
                }
                else
                {
                    session.Answer(typed.Text.Trim());
                }

                return true;
            }

            return typed.OnKey(key);
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
            session.Answer(question.Choices[choice]);
        }
        else if (key == Key.S)
        {
            session.Skip();
        }
        else if (ChoiceFor(key, question.Choices.Count) is { } picked)
        {
            choice = picked;
            session.Answer(question.Choices[picked]);
        }
        else
        {
            return false;
        }

        return true;
    }

    public override bool OnClick(int x, int y)
    {
        var handled = Clicked(y);
        Keep();
        return handled;
    }

    private bool Clicked(int y)
    {
        if (session.CurrentAnswer is not null)
        {
            Advance();
            return true;
        }

        if (session.Current is { Format: not QuestionFormat.ShortAnswer } question && choicesTop >= 0)
        {
            var index = y - choicesTop;
            if (index >= 0 && index < question.Choices.Count)
            {
                choice = index;
                session.Answer(question.Choices[index]);
                return true;
            }
        }

        return false;
    }

    public static int? ChoiceFor(Key key, int count)
    {
        var text = key.IsCtrl || key.IsAlt ? string.Empty : key.GetPrintableText();
        if (text is not [var c])
        {
            return null;
        }

        var index = c switch
        {
            >= '1' and <= '9' => c - '1',
            >= 'a' and <= 'z' => c - 'a',
            >= 'A' and <= 'Z' => c - 'A',
            _ => -1,
        };
        return index >= 0 && index < count ? index : null;
    }

    public static string FormatName(QuestionFormat format) => format switch
    {
        QuestionFormat.MultipleChoice => "multiple choice",
        QuestionFormat.ShortAnswer => "type the answer",
        _ => "true or false",
    };

    /// <summary>A resumed quiz whose every question was answered (the process ended before the results) goes straight to them.</summary>
    public override void OnShown()
    {
        if (session.IsFinished && session.Questions.Count > 0)
        {
            Finish();
        }
    }

    private void Advance()
    {
        session.Next();
        choice = 0;
        typed.Text = string.Empty;
        if (session.IsFinished)
        {
            Finish();
        }
    }

    private void Finish()
    {
        var result = session.Result();
        context.Scores.Finished(kept, isReview ? null : entry?.Text, result, context.Now);
        Host.Replace(new ResultsScreen(context, entry, setup, session, result, isReview));
    }

    private void DrawProgress(Canvas canvas)
    {
        var total = session.Questions.Count;
        var label = $"Question {session.Index + 1} of {total}";
        var x = canvas.Text(1, 0, label, Style.Strong) + 2;
        var elapsed = session.Elapsed;
        var right = string.Create(CultureInfo.InvariantCulture, $"Score {session.Score}/{session.Answers.Count}   Time {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}");
        var rightX = canvas.Width - Cells.WidthOf(right) - 1;
        canvas.Bar(x, 0, Math.Max(0, rightX - x - 2), (double)session.Answers.Count / Math.Max(1, total));
        canvas.Text(rightX, 0, right, Style.Normal);

        if (session.TimeLimit is { } limit)
        {
            var remaining = session.Remaining;
            var seconds = remaining is { } r ? (int)Math.Ceiling(r.TotalSeconds) : 0;
            var tail = remaining is null ? "stopped" : $"{seconds} s left";
            var tx = canvas.Text(1, 1, "Left", Style.Dim) + 2;
            var barWidth = Math.Max(0, canvas.Width - tx - Cells.WidthOf(tail) - 3);
            canvas.Bar(tx, 1, barWidth, remaining is { } left ? left / limit : 0);
            canvas.Text(tx + barWidth + 1, 1, tail, seconds <= 5 && remaining is not null ? Style.Wrong : Style.Dim);
        }
    }

    private void DrawChoice(Canvas body, int y, int i, Question question, QuizAnswer? verdict)
    {
        var text = question.Choices[i];
        var isKey = text == question.Answer;
        var marker = $"{i + 1}  {(char)('A' + i)}  ";
        if (verdict is null)
        {
            var focused = i == choice;
            body.Text(0, y, focused ? "▸ " : "  ", Style.Accent);
            var style = focused ? Style.Selected : Style.Normal;
            var x = body.Text(2, y, marker, focused ? Style.Selected : Style.Dim);
            body.Text(x, y, Cells.Fit(text, body.Width - x), style);
            return;
        }

        var chosen = verdict.Given == text;
        var (sign, look) = isKey ? ("✔ ", Style.Correct) : chosen ? ("✘ ", Style.Wrong) : ("  ", Style.Dim);
        body.Text(0, y, sign, look);
        var after = body.Text(2, y, marker, Style.Dim);
        body.Text(after, y, Cells.Fit(text, body.Width - after), look);
    }

    private void DrawVerdict(Canvas area, QuizAnswer verdict)
    {
        var (word, style) = (verdict.Kind, verdict.Result) switch
        {
            _ when verdict.Overridden => ("✔ Counted as right, as you said", Style.Correct),
            (QuizAnswerKind.Skipped, _) => ("Skipped", Style.Wrong),
            (QuizAnswerKind.TimedOut, _) => ("Out of time", Style.Wrong),
            (_, AnswerResult.Correct) => ("✔ Correct", Style.Correct),
            (_, AnswerResult.Close) => ("≈ Close: accepted, mind the spelling", Style.Close),
            _ => ("✘ Wrong", Style.Wrong),
        };
        var x = area.Text(0, 0, word, style);
        if (!verdict.IsRight || verdict.Result == AnswerResult.Close || verdict.Overridden)
        {
            x = area.Text(x, 0, verdict.Overridden ? "   the key says " : "   the answer is ", Style.Dim);
            area.Text(x, 0, Cells.Fit(verdict.Question.Answer, area.Width - x), Style.Strong);
        }

        if (context.Scores.Problem is { } problem)
        {
            area.Text(0, 1, Cells.Fit(problem, area.Width), Style.Error);
        }

        area.Text(0, 2, "Evidence", Style.Dim);
        var lines = EvidenceLines(entry?.Article?.Text, verdict.Question, area.Width);
        for (var i = 0; i < lines.Count && 3 + i < area.Height; i++)
        {
            area.Runs(0, 3 + i, lines[i]);
        }
    }

    /// <summary>
    /// The evidence sentence wrapped, with the answer marked: from the article when there is one, else (a review of
    /// questions from many articles) from the sentence kept with the question.
    /// </summary>
    public static List<List<Run>> EvidenceLines(string? articleText, Question question, int width)
    {
        var evidence = question.Evidence;
        var text = articleText;
        var span = evidence.Span;
        var answer = evidence.AnswerSpan;
        if (text is null && evidence.Text.Length == span.Length)
        {
            text = evidence.Text;
            span = new TextSpan(0, text.Length);
            answer = new TextSpan(answer.Start - evidence.Span.Start, answer.End - evidence.Span.Start);
        }

        var valid = text is not null && span.End <= text.Length && span.Contains(answer) && answer.Length > 0;
        var runs = valid
            ? Highlighter.Runs(text!, span, [(answer, Style.Answer)])
            : [new Run(evidence.Text, Style.Normal)];
        return Wrapper.Wrap(runs, width);
    }
}
