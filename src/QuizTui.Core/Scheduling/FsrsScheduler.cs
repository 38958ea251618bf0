namespace QuizTui.Core.Scheduling;

/// <summary>
/// FSRS-6 scheduling with (re)learning steps and same-day reviews, ported from ts-fsrs 5.4.2 (fuzz off).
/// Pure: the review time is passed in. Sealed and stateless after construction, so one instance serves all threads.
/// </summary>
/// <example>
/// <code>
/// var card = ReviewCard.New(now);
/// card = FsrsScheduler.Default.Next(card, now, Grade.Good);                  // Learning, due now + 10 min
/// card = FsrsScheduler.Default.Next(card, now.AddMinutes(10), Grade.Good);   // Review, due in 2 days
/// </code>
/// </example>
public sealed class FsrsScheduler
{
    private const double MinutesPerDay = 1440;
    private readonly FsrsAlgorithm algorithm;
    private readonly LearningSteps steps;

    public FsrsScheduler(FsrsParameters parameters)
    {
        Parameters = parameters;
        algorithm = new FsrsAlgorithm(parameters);
        steps = new LearningSteps(parameters.LearningSteps, parameters.RelearningSteps);
    }

    /// <summary>A scheduler with <see cref="FsrsParameters.Default"/>.</summary>
    public static FsrsScheduler Default { get; } = new(FsrsParameters.Default);

    public FsrsParameters Parameters { get; }

    /// <summary>The card after a review with <paramref name="grade"/> at <paramref name="now"/>.</summary>
    public ReviewCard Next(ReviewCard card, DateTimeOffset now, Grade grade)
    {
        if (grade is < Grade.Again or > Grade.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(grade));
        }

        var elapsed = card.State != CardState.New && card.LastReview is { } last ? UtcDayDifference(last, now) : 0;
        var current = card with { LastReview = now, ElapsedDays = elapsed, Reps = card.Reps + 1 };
        return card.State == CardState.Review
            ? ReviewState(current, now, elapsed, grade)
            : ApplyLearningSteps(current, Remember(current, elapsed, grade, null), now, elapsed, grade, card.State == CardState.New ? CardState.Learning : card.State);
    }

    /// <summary>Probability of recall at <paramref name="now"/> (0 for a new card), counting whole 24-hour days.</summary>
    public double Retrievability(ReviewCard card, DateTimeOffset now)
    {
        if (card.State == CardState.New || card.LastReview is not { } last)
        {
            return 0;
        }

        var days = Math.Max(Math.Floor((now - last).TotalMilliseconds / TimeSpan.FromDays(1).TotalMilliseconds), 0);
        return algorithm.ForgettingCurve(days, card.Stability);
    }

    private ReviewCard ReviewState(ReviewCard current, DateTimeOffset now, int elapsed, Grade grade)
    {
        var r = algorithm.ForgettingCurve(elapsed, current.Stability);
        if (grade == Grade.Again)
        {
            var again = ApplyLearningSteps(current, Remember(current, elapsed, grade, r), now, elapsed, grade, CardState.Relearning);
            return again with { Lapses = again.Lapses + 1 };
        }

        // Hard, Good and Easy are spaced at least a day apart, so their intervals are computed together.
        var hard = Remember(current, elapsed, Grade.Hard, r);
        var good = Remember(current, elapsed, Grade.Good, r);
        var easy = Remember(current, elapsed, Grade.Easy, r);
        var hardInterval = algorithm.NextInterval(hard.Stability);
        var goodInterval = algorithm.NextInterval(good.Stability);
        hardInterval = Math.Min(hardInterval, goodInterval);
        goodInterval = Math.Max(goodInterval, hardInterval + 1);
        var easyInterval = Math.Max(algorithm.NextInterval(easy.Stability), goodInterval + 1);
        var (chosen, interval) = grade switch
        {
            Grade.Hard => (hard, hardInterval),
            Grade.Good => (good, goodInterval),
            _ => (easy, easyInterval),
        };
        return chosen with
        {
            State = CardState.Review,
            LearningSteps = 0,
            ScheduledDays = interval,
            Due = now.AddTicks(interval * TimeSpan.TicksPerDay),
        };
    }

    private ReviewCard Remember(ReviewCard current, int elapsed, Grade grade, double? r)
    {
        var (difficulty, stability) = algorithm.NextState(current.Difficulty, current.Stability, elapsed, grade, r);
        return current with { Difficulty = difficulty, Stability = stability };
    }

    private ReviewCard ApplyLearningSteps(ReviewCard current, ReviewCard next, DateTimeOffset now, int elapsed, Grade grade, CardState learningState)
    {
        var (minutes, nextStep) = steps.For(current.State, current.LearningSteps, grade);
        if (minutes is > 0 and < MinutesPerDay)
        {
            return next with
            {
                LearningSteps = nextStep,
                ScheduledDays = 0,
                State = learningState,
                Due = now.AddTicks((long)JsMath.Round(minutes) * TimeSpan.TicksPerMinute),
            };
        }

        if (minutes >= MinutesPerDay)
        {
            return next with
            {
                State = CardState.Review,
                LearningSteps = nextStep,
                Due = now.AddTicks((long)JsMath.Round(minutes) * TimeSpan.TicksPerMinute),
                ScheduledDays = (int)Math.Floor(minutes / MinutesPerDay),
            };
        }

        var interval = algorithm.NextInterval(next.Stability);
        return next with
        {
            State = CardState.Review,
            LearningSteps = 0,
            ScheduledDays = interval,
            Due = now.AddTicks(interval * TimeSpan.TicksPerDay),
        };
    }

    /// <summary>Days between the UTC calendar dates, as ts-fsrs counts elapsed days.</summary>
    private static int UtcDayDifference(DateTimeOffset last, DateTimeOffset now) =>
        (int)Math.Floor((now.UtcDateTime.Date - last.UtcDateTime.Date).TotalDays);
}
