using QuizTui.Core.Parsing;
using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Storage;

namespace QuizTui.Tui;

/// <summary>
/// Keeps progress: every answer goes to the progress database as it is given, and the library shows the
/// last score. Without a usable database the trainer still works; <see cref="Problem"/> says why nothing is kept.
/// </summary>
internal sealed class ScoreBook : IDisposable
{
    private readonly ProgressService? progress;
    private readonly Dictionary<string, (int Right, int Total)> thisRun = new(StringComparer.Ordinal);

    private ScoreBook(ProgressService? progress, string? problem)
    {
        this.progress = progress;
        Problem = problem;
    }

    /// <summary>Why progress is not kept (no database, or the last answer could not be saved), or null.</summary>
    public string? Problem { get; private set; }

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

    /// <summary>"last 3/4" for the library row, from this run or the database.</summary>
    public string? Last(string articleText)
    {
        if (thisRun.TryGetValue(articleText, out var run))
        {
            return $"last {run.Right}/{run.Total}";
        }

        return progress?.LastScore(ContentHash.Of(articleText)) is { } score ? $"last {score.Right}/{score.Answered}" : null;
    }

    /// <summary>Starts keeping a quiz: the article, its questions and a session; null without a database.</summary>
    public string? Start(Article article, IReadOnlyList<Question> questions, DateTimeOffset now)
    {
        if (progress is null)
        {
            return null;
        }

        return Guard(() =>
        {
            var hash = progress.RecordArticle(article, questions, now);
            return progress.StartSession(SessionKind.Article, hash, now).Id;
        });
    }

    public void Answered(string? session, QuizAnswer answer, DateTimeOffset now)
    {
        if (progress is null || session is null)
        {
            return;
        }

        var saved = Guard(() => progress.RecordAttempt(session, answer.Question, answer.Given ?? string.Empty, answer.Result, answer.Taken, now));
        if (saved is { Saved: false })
        {
            Problem = "this answer was not saved: " + saved.Error;
        }
    }

    public void Finished(string? session, string articleText, QuizResult result, DateTimeOffset now)
    {
        thisRun[articleText] = (result.Right, result.Total);
        if (progress is not null && session is not null)
        {
            Guard(() =>
            {
                progress.FinishSession(session, now);
                return session;
            });
        }
    }

    public void Dispose() => progress?.Dispose();

    private T? Guard<T>(Func<T> write)
        where T : class
    {
        try
        {
            return write();
        }
        catch (StoreException e)
        {
            Problem = "progress is not saved: " + e.Message;
            return null;
        }
    }
}
