using QuizTui.Core.Parsing;
using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>
/// What the trainer and the CLI call to keep progress: articles, sessions, answers (committed one by one),
/// resuming, the review queue, "I was right" and statistics. Times are passed in, so callers and tests own the clock.
/// </summary>
/// <example>
/// <code>
/// using var progress = ProgressService.OpenOrCreate(DatabaseLocation.Resolve(null));
/// var hash = progress.RecordArticle(article, questions, now);
/// var session = progress.FindResumable(hash)?.Session ?? progress.StartSession(SessionKind.Article, hash, now);
/// var saved = progress.RecordAttempt(session.Id, question, "Kerry", AnswerResult.Correct, TimeSpan.FromSeconds(4), now);
/// if (!saved.Saved) { /* tell the learner: saved.Error */ }
/// </code>
/// </example>
public sealed class ProgressService(IQuizStore store, FsrsScheduler? scheduler = null) : IDisposable
{
    private readonly FsrsScheduler scheduler = scheduler ?? FsrsScheduler.Default;

    public IQuizStore Store { get; } = store;

    /// <summary>Opens (creating if needed) the SQLite database at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The database cannot be used; the message is one line naming the path.</exception>
    public static ProgressService OpenOrCreate(string path) => new(SqliteQuizStore.Open(path));

    /// <summary>Records the article and its generated questions; returns the article's content hash.</summary>
    public string RecordArticle(Article article, IEnumerable<Question> questions, DateTimeOffset now)
    {
        var hash = ContentHash.Of(article.Text);
        Store.SaveArticle(new ArticleRecord(hash, article.Title, article.Source, article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now));
        RecordQuestions(hash, questions);
        return hash;
    }

    public void RecordQuestions(string articleHash, IEnumerable<Question> questions) =>
        Store.SaveQuestions([.. questions.Select(q => QuestionPayload.Record(q, articleHash))]);

    public SessionRecord StartSession(SessionKind kind, string? articleHash, DateTimeOffset now, string settingsJson = "{}")
    {
        var session = new SessionRecord(AttemptRecord.NewId(), kind, articleHash, now, null, settingsJson);
        Store.SaveSession(session);
        return session;
    }

    /// <summary>Grades the answer (verdict and pace relative to the question) and commits it with the new schedule.</summary>
    public SaveResult RecordAttempt(string? sessionId, Question question, string answer, AnswerResult result, TimeSpan taken, DateTimeOffset now)
    {
        var grade = AnswerGrading.Grade(result, taken, ResponsePace.Expected(question));
        return Store.RecordAttempt(
            new AttemptRecord(AttemptRecord.NewId(), question.Id, sessionId, answer, result, taken.TotalSeconds, now, grade, false),
            scheduler);
    }

    public void FinishSession(string sessionId, DateTimeOffset now) => Store.FinishSession(sessionId, now);

    public ResumableSession? FindResumable(string articleHash) =>
        Store.FindUnfinishedSession(articleHash) is { } session ? new ResumableSession(session, Store.SessionAttempts(session.Id)) : null;

    /// <summary>Due questions from all articles, most overdue first, rebuilt from their stored JSON.</summary>
    public IReadOnlyList<ReviewItem> DueQuestions(DateTimeOffset now, int limit) =>
        [.. Store.DueQuestions(now, limit)
            .Select(d => (Due: d, Payload: QuestionPayload.FromJson(d.Question.Payload)))
            .Where(d => d.Payload is not null)
            .Select(d => new ReviewItem(d.Payload!.ToQuestion(), d.Due.Question.ArticleHash, d.Due.Card))];

    public int CountDue(DateTimeOffset now) => Store.CountDue(now);

    /// <summary>"I was right": the attempt counts as right and its question is rescheduled; null if unknown.</summary>
    public ReviewCard? Override(string attemptId) => Store.Override(attemptId, scheduler);

    /// <summary>
    /// Keeps a drill's released review (<see cref="DrillHistory"/>): its questions join the learner's history and
    /// missed ones come back for review. Syncing again adds nothing; a ruling since then changes the verdict and the schedule.
    /// </summary>
    public MergeResult ImportDrill(Core.Drills.DrillReview review) => Store.Merge(DrillHistory.From(review), scheduler);

    public ProgressStats Stats(DateTimeOffset now, TimeZoneInfo zone) => ProgressStatistics.Compute(Store.LoadProgressFacts(), now, zone);

    /// <summary>The score of the last finished quiz on the article, if any.</summary>
    public SessionScore? LastScore(string articleHash)
    {
        if (Store.LastFinishedSession(articleHash) is not { Finished: { } finished } session)
        {
            return null;
        }

        // A question answered twice in a session (after a resume) counts once, by its last answer.
        var last = Store.SessionAttempts(session.Id).GroupBy(a => a.QuestionId).Select(g => g.Last()).ToList();
        return new SessionScore(last.Count(a => a.CountsAsRight), last.Count, finished);
    }

    public void Dispose() => Store.Dispose();
}
