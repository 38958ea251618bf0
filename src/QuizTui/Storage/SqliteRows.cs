using System.Data.Common;
using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>Column lists and row readers, so every query reads a record the same way.</summary>
internal static class SqliteRows
{
    public const string ArticleColumns = "hash, title, source, date, first_seen";
    public const string QuestionColumns = "id, article_hash, type, prompt, answer, payload";
    public const string SessionColumns = "id, kind, article_hash, started, finished, settings";
    public const string AttemptColumns = "id, question_id, session_id, answer, result, seconds, answered_at, grade, overridden";
    public const string CardColumns = "due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, learning_steps, state, last_review";

    public static ArticleRecord Article(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), Time(r.GetInt64(4)));

    public static QuestionRecord Question(DbDataReader r, int at = 0) =>
        new(r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3), r.GetString(at + 4), r.GetString(at + 5));

    public static SessionRecord Session(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1) == "review" ? SessionKind.Review : SessionKind.Article, Text(r, 2), Time(r.GetInt64(3)), r.IsDBNull(4) ? null : Time(r.GetInt64(4)), r.GetString(5));

    public static AttemptRecord Attempt(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Text(r, 2), r.GetString(3), ParseResult(r.GetString(4)), r.GetDouble(5), Time(r.GetInt64(6)), (Grade)r.GetInt32(7), r.GetInt64(8) != 0);

    public static ReviewCard Card(DbDataReader r, int at = 0) => new(
        Time(r.GetInt64(at)),
        r.GetDouble(at + 1),
        r.GetDouble(at + 2),
        r.GetInt32(at + 3),
        r.GetInt32(at + 4),
        r.GetInt32(at + 5),
        r.GetInt32(at + 6),
        r.GetInt32(at + 7),
        (CardState)r.GetInt32(at + 8),
        r.IsDBNull(at + 9) ? null : Time(r.GetInt64(at + 9)));

    public static (string Name, object? Value)[] CardParameters(string questionId, ReviewCard c) =>
    [
        ("$q", questionId), ("$due", c.Due.ToUnixTimeMilliseconds()), ("$s", c.Stability), ("$d", c.Difficulty),
        ("$elapsed", c.ElapsedDays), ("$scheduled", c.ScheduledDays), ("$reps", c.Reps), ("$lapses", c.Lapses),
        ("$steps", c.LearningSteps), ("$state", (int)c.State), ("$last", c.LastReview?.ToUnixTimeMilliseconds()),
    ];

    public const string UpsertCard = $"""
        INSERT INTO review_state (question_id, {CardColumns})
        VALUES ($q, $due, $s, $d, $elapsed, $scheduled, $reps, $lapses, $steps, $state, $last)
        ON CONFLICT (question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability,
            difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
            reps = excluded.reps, lapses = excluded.lapses, learning_steps = excluded.learning_steps,
            state = excluded.state, last_review = excluded.last_review
        """;

    public static string ResultText(AnswerResult result) => result switch
    {
        AnswerResult.Correct => "correct",
        AnswerResult.Close => "close",
        _ => "wrong",
    };

    public static AnswerResult ParseResult(string text) => text switch
    {
        "correct" => AnswerResult.Correct,
        "close" => AnswerResult.Close,
        _ => AnswerResult.Wrong,
    };

    public static string KindText(SessionKind kind) => kind == SessionKind.Review ? "review" : "article";

    private static string? Text(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
