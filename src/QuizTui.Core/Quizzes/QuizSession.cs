using QuizTui.Core.Questions;

namespace QuizTui.Core.Quizzes;

/// <summary>
/// One run through a list of questions: the current question, its answer, the score and the clock.
/// The caller shows a question, calls <see cref="Answer"/>, <see cref="Skip"/> or <see cref="Expire"/>,
/// shows the verdict, then calls <see cref="Next"/>. Time comes only from the <see cref="TimeProvider"/>
/// passed in, so a virtual clock makes a session fully deterministic.
/// </summary>
/// <example>
/// <code>
/// var quiz = new QuizSession(questions, TimeProvider.System);
/// quiz.Answer("John Kerry"); // → QuizAnswer(..., Correct, ...)
/// quiz.Next();
/// </code>
/// </example>
public sealed class QuizSession
{
    private readonly TimeProvider time;
    private readonly AnswerJudge judge;
    private readonly List<QuizAnswer> answers = [];
    private readonly long started;
    private readonly TimeSpan before;
    private long questionShown;
    private long? finished;

    /// <param name="timeLimit">Time allowed per question; null for none.</param>
    /// <param name="judge">How answers are judged; by default choices exactly and typed answers by their accepted forms.</param>
    public QuizSession(IReadOnlyList<Question> questions, TimeProvider time, TimeSpan? timeLimit = null, AnswerJudge? judge = null)
        : this(questions, time, timeLimit, judge, TimeSpan.Zero)
    {
    }

    private QuizSession(IReadOnlyList<Question> questions, TimeProvider time, TimeSpan? timeLimit, AnswerJudge? judge, TimeSpan before)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(time);
        if (timeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeLimit), "A time limit must be positive.");
        }

        Questions = questions;
        this.before = before;
        this.time = time;
        this.judge = judge ?? new AnswerJudge();
        TimeLimit = timeLimit;
        started = questionShown = time.GetTimestamp();
        if (questions.Count == 0)
        {
            finished = started;
        }
    }

    public IReadOnlyList<Question> Questions { get; }

    public TimeSpan? TimeLimit { get; }

    /// <summary>Index of the question being asked (equals the count once finished).</summary>
    public int Index { get; private set; }

    /// <summary>The question being asked, or null once the quiz is over.</summary>
    public Question? Current => IsFinished ? null : Questions[Index];

    /// <summary>The verdict on the current question once it is answered, skipped or expired; null before.</summary>
    public QuizAnswer? CurrentAnswer => answers.Count > Index ? answers[Index] : null;

    public bool IsFinished => Index >= Questions.Count;

    public IReadOnlyList<QuizAnswer> Answers => answers;

    /// <summary>Questions answered correctly or closely so far.</summary>
    public int Score => answers.Count(a => a.IsRight);

    /// <summary>Time since the quiz began, frozen when the last question has been dealt with.</summary>
    public TimeSpan Elapsed => before + time.GetElapsedTime(started, finished ?? time.GetTimestamp());

    /// <summary>Time left on the current question, never negative; null without a limit or once it is dealt with.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            if (TimeLimit is not { } limit || IsFinished || CurrentAnswer is not null)
            {
                return null;
            }

            var left = limit - time.GetElapsedTime(questionShown);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Goes on with a quiz left unfinished: <paramref name="earlier"/> are the verdicts already given on the first
    /// questions, in order; the clock starts with their time taken and the next question is shown now.
    /// </summary>
    public static QuizSession Continue(IReadOnlyList<Question> questions, IReadOnlyList<QuizAnswer> earlier, TimeProvider time, TimeSpan? timeLimit = null, AnswerJudge? judge = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var session = new QuizSession(questions, time, timeLimit, judge, earlier.Aggregate(TimeSpan.Zero, (sum, a) => sum + a.Taken));
        if (earlier.Count > questions.Count || earlier.Where((a, i) => !ReferenceEquals(a.Question, questions[i]) && a.Question.Id != questions[i].Id).Any())
        {
            throw new ArgumentException("The earlier answers must be for the first questions, in order.", nameof(earlier));
        }

        foreach (var answer in earlier)
        {
            session.Record(answer);
            session.Index++;
        }

        return session;
    }

    /// <summary>
    /// "I was right": the verdict on question <paramref name="index"/> counts as right from now on. Only an answer
    /// judged wrong can be overridden (not a skip or a time-out); false otherwise.
    /// </summary>
    public bool Override(int index)
    {
        if (index < 0 || index >= answers.Count || !answers[index].CanOverride)
        {
            return false;
        }

        answers[index] = answers[index] with { Overridden = true };
        return true;
    }

    /// <summary>Judges <paramref name="given"/> for the current question; out of time, it counts as timed out.</summary>
    public QuizAnswer Answer(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var question = RequireOpenQuestion();
        if (Remaining == TimeSpan.Zero)
        {
            return Record(new QuizAnswer(question, given, AnswerResult.Wrong, TimeLimit!.Value, QuizAnswerKind.TimedOut));
        }

        return Record(new QuizAnswer(question, given, judge.Judge(question, given), TakenSoFar()));
    }

    public QuizAnswer Skip() =>
        Record(new QuizAnswer(RequireOpenQuestion(), null, AnswerResult.Wrong, TakenSoFar(), QuizAnswerKind.Skipped));

    /// <summary>Closes the current question as timed out if its time is up; null when time remains.</summary>
    public QuizAnswer? Expire()
    {
        if (Remaining != TimeSpan.Zero)
        {
            return null;
        }

        return Record(new QuizAnswer(Current!, null, AnswerResult.Wrong, TimeLimit!.Value, QuizAnswerKind.TimedOut));
    }

    /// <summary>Moves to the next question once the current one has a verdict; false if it has none yet.</summary>
    public bool Next()
    {
        if (IsFinished || CurrentAnswer is null)
        {
            return false;
        }

        Index++;
        questionShown = time.GetTimestamp();
        return true;
    }

    /// <summary>The score, time, breakdown by type and missed questions (of the questions dealt with so far).</summary>
    public QuizResult Result()
    {
        var breakdown = answers
            .GroupBy(a => a.Question.Type)
            .OrderBy(g => g.Key)
            .Select(g => new TypeScore(g.Key, g.Count(), g.Count(a => a.IsRight)))
            .ToList();
        var missed = answers.Where(a => !a.IsRight).ToList();
        return new QuizResult(Score, Questions.Count, Elapsed, breakdown, missed, answers.ToList());
    }

    /// <summary>A new session of the questions missed so far, in the same order, with the same limit and judge.</summary>
    public QuizSession ReviewMissed() =>
        new(answers.Where(a => !a.IsRight).Select(a => a.Question).ToList(), time, TimeLimit, judge);

    private Question RequireOpenQuestion()
    {
        if (IsFinished)
        {
            throw new InvalidOperationException("The quiz is over.");
        }

        if (CurrentAnswer is not null)
        {
            throw new InvalidOperationException("This question already has a verdict; call Next.");
        }

        return Questions[Index];
    }

    private TimeSpan TakenSoFar() => time.GetElapsedTime(questionShown);

    private QuizAnswer Record(QuizAnswer answer)
    {
        answers.Add(answer);
        if (answers.Count == Questions.Count)
        {
            finished = time.GetTimestamp();
        }

        return answer;
    }
}
