using QuizTui.Core.Parsing;
using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;
using QuizTui.Tui.Screens;

namespace QuizTui.Tui;

/// <summary>
/// The trainer's side of the progress database: every answer goes there as it is given, the library shows
/// the last score, unfinished quizzes are resumed, due questions are reviewed, "I was right" is kept, and the
/// statistics are computed from it. Without a usable database the trainer still works for the run;
/// <see cref="Problem"/> says why nothing is kept.
/// </summary>
internal sealed class ScoreBook : IDisposable
{
    private readonly ProgressService? progress;
    private readonly Dictionary<string, (int Right, int Total)> thisRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> lastScores = new(StringComparer.Ordinal);
    private readonly HashSet<string> resumeDeclined = new(StringComparer.Ordinal);

    private ScoreBook(ProgressService? progress, string? problem)
    {
        this.progress = progress;
        Problem = problem;
    }

    /// <summary>Why progress is not kept (no database, or the last answer could not be saved), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>True when answers are kept beyond this run.</summary>
    public bool IsKept => progress is not null;

    /// <summary>A score book that keeps nothing beyond this run.</summary>
    public static ScoreBook InMemory() => new(null, null);

    public static ScoreBook Open(string path)
    {
        try
        {
            return new ScoreBook(ProgressService.OpenOrCreate(path), null);
        }
        catch (StoreException e)
        {
            return new ScoreBook(null, "progress is not saved: " + e.Message);
        }
    }

    /// <summary>"last 3/4" for the library row: the last finished quiz on the article (read once, then kept until it changes).</summary>
    public string? Last(string articleText)
    {
        if (progress is null)
        {
            return thisRun.TryGetValue(articleText, out var run) ? $"last {run.Right}/{run.Total}" : null;
        }

        var hash = Hash(articleText);
        if (!lastScores.TryGetValue(hash, out var last))
        {
            last = Guard(() => progress.LastScore(hash) is { } score ? $"last {score.Right}/{score.Answered}" : null);
            lastScores[hash] = last;
        }

        return last;
    }

    /// <summary>Starts keeping a quiz on an article: the article, its questions and a session that can be resumed; null without a database.</summary>
    public string? Start(Article article, IReadOnlyList<Question> questions, QuizSetup setup, DateTimeOffset now) =>
        progress is null ? null : Guard(() =>
        {
            var hash = progress.RecordArticle(article, questions, now);
            hashes[article.Text] = hash;
            return progress.StartSession(SessionKind.Article, hash, now, QuizSettings.From(setup, questions).ToJson()).Id;
        });

    /// <summary>Starts keeping a review (of due questions, or of an article's missed ones); null without a database.</summary>
    public string? StartReview(string? articleText, IReadOnlyList<Question> questions, QuizSetup setup, DateTimeOffset now) =>
        progress is null ? null : Guard(() => progress.StartSession(
            SessionKind.Review, articleText is null ? null : Hash(articleText), now, QuizSettings.From(setup, questions).ToJson()).Id);

    /// <summary>Commits one verdict; returns the attempt's id (for "I was right"), or null when not kept.</summary>
    public string? Answered(string? session, QuizAnswer answer, DateTimeOffset now)
    {
        if (progress is null || session is null)
        {
            return null;
        }

        var saved = Guard(() => progress.RecordAttempt(session, answer.Question, answer.Given ?? string.Empty, answer.Result, answer.Taken, now));
        if (saved is { Saved: false })
        {
            Problem = "this answer was not saved: " + saved.Error;
        }

        return saved?.AttemptId;
    }

    /// <summary>"I was right": the attempt counts as right in the statistics and its question is rescheduled.</summary>
    public bool Override(string? attemptId)
    {
        if (progress is null || attemptId is null)
        {
            return false;
        }

        lastScores.Clear();
        return Guard(() => progress.Override(attemptId)) is not null;
    }

    public void Finished(string? session, string? articleText, QuizResult result, DateTimeOffset now)
    {
        if (articleText is not null)
        {
            thisRun[articleText] = (result.Right, result.Total);
            lastScores.Remove(Hash(articleText));
        }

        if (progress is not null && session is not null)
        {
            Guard(() =>
            {
                progress.FinishSession(session, now);
                return session;
            });
        }
    }

    /// <summary>
    /// The unfinished quiz on the article, once per run (declining is not asked again until the next run);
    /// null when there is none or it cannot be rebuilt (its questions are no longer stored).
    /// </summary>
    public ResumedQuiz? Resumable(Article article)
    {
        var hash = Hash(article.Text);
        if (progress is null || resumeDeclined.Contains(hash))
        {
            return null;
        }

        return Guard(() =>
        {
            if (progress.FindResumable(hash) is not { } found || QuizSettings.Parse(found.Session.Settings) is not { } settings)
            {
                return null;
            }

            var questions = new List<Question>();
            foreach (var id in settings.Questions)
            {
                if (progress.Store.Question(id) is not { } record || QuestionPayload.FromJson(record.Payload) is not { } payload)
                {
                    return null;
                }

                questions.Add(payload.ToQuestion());
            }

            // A question answered twice (the process died between the answer and the screen) counts by its last answer.
            var last = found.Attempts.GroupBy(a => a.QuestionId, StringComparer.Ordinal).Select(g => g.Last()).ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
            var answered = questions.Where(q => last.ContainsKey(q.Id)).OrderBy(q => last[q.Id].AnsweredAt).ToList();
            var earlier = answered.Select(q => Verdict(q, last[q.Id])).ToList();
            return new ResumedQuiz(found.Session.Id, settings.ToSetup(), [.. answered, .. questions.Where(q => !last.ContainsKey(q.Id))], earlier);
        });
    }

    /// <summary>The learner chose a new quiz over resuming: not asked again in this run.</summary>
    public void DeclineResume(Article article) => resumeDeclined.Add(Hash(article.Text));

    /// <summary>Questions due now across all articles (0 without a database).</summary>
    public int DueCount(DateTimeOffset now) => progress is null ? 0 : Guard(() => (object)progress.CountDue(now)) is int count ? count : 0;

    /// <summary>Due questions from all articles in the order FSRS gives them: most overdue first.</summary>
    public IReadOnlyList<ReviewItem> Due(DateTimeOffset now, int limit) =>
        progress is null ? [] : Guard(() => progress.DueQuestions(now, limit)) ?? [];

    /// <summary>The statistics the <c>stats</c> command prints; with no database, those of an empty history.</summary>
    public ProgressStats Stats(DateTimeOffset now, TimeZoneInfo zone) =>
        (progress is null ? null : Guard(() => progress.Stats(now, zone))) ?? ProgressStatistics.Compute(new ProgressFacts([], []), now, zone);

    public void Dispose() => progress?.Dispose();

    private static QuizAnswer Verdict(Question question, AttemptRecord attempt) =>
        new(question, attempt.Answer.Length == 0 ? null : attempt.Answer, attempt.Result, TimeSpan.FromSeconds(attempt.Seconds), attempt.Answer.Length == 0 ? QuizAnswerKind.Skipped : QuizAnswerKind.Answered)
        {
            Overridden = attempt.Overridden,
        };

    private string Hash(string articleText)
    {
        if (!hashes.TryGetValue(articleText, out var hash))
        {
            hash = ContentHash.Of(articleText);
            hashes[articleText] = hash;
        }

        return hash;
    }

    private T? Guard<T>(Func<T?> work)
        where T : class
    {
        try
        {
            return work();
        }
        catch (StoreException e)
        {
            Problem = "progress is not saved: " + e.Message;
            return null;
        }
    }
}
