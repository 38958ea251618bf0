using QuizTui.Core.Progress;
using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>
/// Where progress is kept. One implementation per database (SQLite now; PostgreSQL can follow with the same
/// contract): every write is its own committed transaction, so a killed process loses nothing already answered,
/// and two processes may share one store. Not thread-safe: one instance per thread.
/// </summary>
public interface IQuizStore : IDisposable
{
    /// <summary>What the store was opened on (a file path), for messages.</summary>
    string Location { get; }

    /// <summary>Adds the article, or refreshes its title, source and date; the first-seen time is kept.</summary>
    void SaveArticle(ArticleRecord article);

    /// <summary>Adds or refreshes questions by id; history stays attached to the id.</summary>
    void SaveQuestions(IReadOnlyList<QuestionRecord> questions);

    void SaveSession(SessionRecord session);

    void FinishSession(string sessionId, DateTimeOffset finished);

    /// <summary>Commits the attempt and the question's next schedule together; full disk and the like come back as not saved.</summary>
    SaveResult RecordAttempt(AttemptRecord attempt, FsrsScheduler scheduler);

    /// <summary>Marks an attempt as right after all and reschedules its question; null if there is no such attempt.</summary>
    ReviewCard? Override(string attemptId, FsrsScheduler scheduler);

    ReviewCard? Card(string questionId);

    AttemptRecord? Attempt(string attemptId);

    /// <summary>The newest unfinished article session for the article, if any.</summary>
    SessionRecord? FindUnfinishedSession(string articleHash);

    /// <summary>The newest finished article session for the article, if any.</summary>
    SessionRecord? LastFinishedSession(string articleHash);

    /// <summary>A session's attempts in the order given.</summary>
    IReadOnlyList<AttemptRecord> SessionAttempts(string sessionId);

    QuestionRecord? Question(string questionId);

    /// <summary>Questions due at <paramref name="now"/> across all articles, most overdue first.</summary>
    IReadOnlyList<DueQuestion> DueQuestions(DateTimeOffset now, int limit);

    int CountDue(DateTimeOffset now);

    IReadOnlyList<ArticleRecord> Articles();

    /// <summary>Every attempt with its question type and article, and every scheduled due date, for statistics.</summary>
    ProgressFacts LoadProgressFacts();

    HistoryDocument Export();

    /// <summary>Merges an export: rows already present (by id) are skipped; schedules are replayed from the merged attempts.</summary>
    ImportResult Import(HistoryDocument history, FsrsScheduler scheduler);

    /// <summary>
    /// Merges graded answers from elsewhere (a drill's released review): articles and questions are added or refreshed,
    /// attempts are added by id, and an attempt already present takes the new verdict and grade (a ruling) while keeping
    /// the learner's own "I was right"; the touched questions' schedules are replayed. Importing the same again adds nothing.
    /// </summary>
    MergeResult Merge(HistoryDocument history, FsrsScheduler scheduler);

    /// <summary>Deletes one article's history (with its questions, sessions and attempts), or everything when null.</summary>
    ForgetResult Forget(string? articleHash);
}
