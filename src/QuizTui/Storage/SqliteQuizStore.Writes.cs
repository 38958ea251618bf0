using Microsoft.Data.Sqlite;
using QuizTui.Core.Scheduling;
using static QuizTui.Storage.SqliteRows;

namespace QuizTui.Storage;

/// <summary>Writes: each call is one committed transaction.</summary>
public sealed partial class SqliteQuizStore
{
    public void SaveArticle(ArticleRecord article) => Write(() => Execute(
        $"""
        INSERT INTO articles ({ArticleColumns}) VALUES ($hash, $title, $source, $date, $seen)
        ON CONFLICT (hash) DO UPDATE SET title = excluded.title, source = excluded.source, date = excluded.date
        """,
        ("$hash", article.Hash), ("$title", article.Title), ("$source", article.Source), ("$date", article.Date), ("$seen", Ms(article.FirstSeen))));

    public void SaveQuestions(IReadOnlyList<QuestionRecord> questions) => Write(() => UpsertQuestions(questions));

    public void SaveSession(SessionRecord session) => Write(() => Execute(
        $"INSERT OR IGNORE INTO sessions ({SessionColumns}) VALUES ($id, $kind, $article, $started, $finished, $settings)",
        ("$id", session.Id), ("$kind", KindText(session.Kind)), ("$article", session.ArticleHash),
        ("$started", Ms(session.Started)), ("$finished", session.Finished is { } f ? Ms(f) : null), ("$settings", session.Settings)));

    public void FinishSession(string sessionId, DateTimeOffset finished) => Write(() => Execute(
        "UPDATE sessions SET finished = $finished WHERE id = $id AND finished IS NULL", ("$id", sessionId), ("$finished", Ms(finished))));

    public SaveResult RecordAttempt(AttemptRecord attempt, FsrsScheduler scheduler)
    {
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var card = CardOf(attempt.QuestionId) ?? ReviewCard.New(attempt.AnsweredAt);
            if (!InsertAttempt(attempt))
            {
                return SaveResult.Ok(attempt.Id, card); // already recorded: saving twice changes nothing
            }

            // A clock set back must not make time run backwards for the schedule.
            var at = card.LastReview is { } last && attempt.AnsweredAt < last ? last : attempt.AnsweredAt;
            var next = scheduler.Next(card, at, attempt.EffectiveGrade);
            Execute(UpsertCard, CardParameters(attempt.QuestionId, next));
            transaction.Commit();
            return SaveResult.Ok(attempt.Id, next);
        }
        catch (SqliteException e)
        {
            return SaveResult.NotSaved(SqliteErrors.IsFull(e)
                ? $"not saved: the disk or database {Location} is full"
                : $"not saved: {SqliteErrors.Describe(Location, e)}");
        }
    }

    public ReviewCard? Override(string attemptId, FsrsScheduler scheduler) => Write(() =>
    {
        var questionId = (string?)Scalar("SELECT question_id FROM attempts WHERE id = $id", ("$id", attemptId));
        if (questionId is null)
        {
            return null;
        }

        Execute("UPDATE attempts SET overridden = 1 WHERE id = $id AND result <> 'correct'", ("$id", attemptId));
        RebuildCards(questionId, scheduler);
        return CardOf(questionId);
    });

    public ForgetResult Forget(string? articleHash) => Write(() =>
    {
        var where = articleHash is null ? string.Empty : " WHERE article_hash = $h";
        var counted = new ForgetResult(
            Count("SELECT count(*) FROM articles" + (articleHash is null ? string.Empty : " WHERE hash = $h"), articleHash),
            Count("SELECT count(*) FROM questions" + where, articleHash),
            Count("SELECT count(*) FROM sessions" + where, articleHash),
            Count("SELECT count(*) FROM attempts a JOIN questions q ON q.id = a.question_id" + (articleHash is null ? string.Empty : " WHERE q.article_hash = $h"), articleHash));
        if (articleHash is null)
        {
            Execute("DELETE FROM review_state; DELETE FROM attempts; DELETE FROM sessions; DELETE FROM questions; DELETE FROM articles;");
        }
        else
        {
            // Foreign keys cascade to questions, attempts, schedules and the article's sessions.
            Execute("DELETE FROM articles WHERE hash = $h", ("$h", articleHash));
        }

        return counted;
    });

    private int UpsertQuestions(IReadOnlyList<QuestionRecord> questions)
    {
        foreach (var q in questions)
        {
            Execute(
                $"""
                INSERT INTO questions ({QuestionColumns}) VALUES ($id, $article, $type, $prompt, $answer, $payload)
                ON CONFLICT (id) DO UPDATE SET type = excluded.type, prompt = excluded.prompt, answer = excluded.answer, payload = excluded.payload
                """,
                ("$id", q.Id), ("$article", q.ArticleHash), ("$type", q.Type), ("$prompt", q.Prompt), ("$answer", q.Answer), ("$payload", q.Payload));
        }

        return questions.Count;
    }

    private bool InsertAttempt(AttemptRecord a) => Execute(
        $"INSERT OR IGNORE INTO attempts ({AttemptColumns}) VALUES ($id, $q, $session, $answer, $result, $seconds, $at, $grade, $overridden)",
        ("$id", a.Id), ("$q", a.QuestionId), ("$session", a.SessionId), ("$answer", a.Answer), ("$result", ResultText(a.Result)),
        ("$seconds", a.Seconds), ("$at", Ms(a.AnsweredAt)), ("$grade", (int)a.Grade), ("$overridden", a.Overridden ? 1 : 0)) == 1;

    /// <summary>Replays the attempts of one question (or all) through FSRS; the schedule is derived data.</summary>
    private void RebuildCards(string? questionId, FsrsScheduler scheduler)
    {
        var filter = questionId is null ? string.Empty : " WHERE question_id = $q";
        var attempts = Query(
            r => (Question: r.GetString(0), At: Time(r.GetInt64(1)), Grade: (Grade)r.GetInt32(2), Overridden: r.GetInt64(3) != 0),
            $"SELECT question_id, answered_at, grade, overridden FROM attempts{filter} ORDER BY question_id, answered_at, id",
            ("$q", questionId));
        Execute("DELETE FROM review_state" + filter, ("$q", questionId));
        foreach (var group in attempts.GroupBy(a => a.Question))
        {
            ReviewCard? card = null;
            foreach (var a in group)
            {
                card ??= ReviewCard.New(a.At);
                card = scheduler.Next(card, a.At, a.Overridden ? AnswerGrading.Overridden : a.Grade);
            }

            Execute(UpsertCard, CardParameters(group.Key, card!));
        }
    }

    private int Count(string sql, string? articleHash) => Convert.ToInt32(Scalar(sql, ("$h", articleHash)), System.Globalization.CultureInfo.InvariantCulture);
}
