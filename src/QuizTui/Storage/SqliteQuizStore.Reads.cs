using QuizTui.Core.Progress;
using QuizTui.Core.Scheduling;
using static QuizTui.Storage.SqliteRows;

namespace QuizTui.Storage;

/// <summary>Queries.</summary>
public sealed partial class SqliteQuizStore
{
    public ReviewCard? Card(string questionId) => Read(() => CardOf(questionId));

    public AttemptRecord? Attempt(string attemptId) =>
        Read(() => Query(SqliteRows.Attempt, $"SELECT {AttemptColumns} FROM attempts WHERE id = $id", ("$id", attemptId)).SingleOrDefault());

    public SessionRecord? FindUnfinishedSession(string articleHash) => Read(() => Query(
        Session,
        $"SELECT {SessionColumns} FROM sessions WHERE article_hash = $h AND kind = 'article' AND finished IS NULL ORDER BY started DESC, id DESC LIMIT 1",
        ("$h", articleHash)).SingleOrDefault());

    public SessionRecord? LastFinishedSession(string articleHash) => Read(() => Query(
        Session,
        $"SELECT {SessionColumns} FROM sessions WHERE article_hash = $h AND kind = 'article' AND finished IS NOT NULL ORDER BY finished DESC, id DESC LIMIT 1",
        ("$h", articleHash)).SingleOrDefault());

    public IReadOnlyList<AttemptRecord> SessionAttempts(string sessionId) => Read(() => Query(
        SqliteRows.Attempt, $"SELECT {AttemptColumns} FROM attempts WHERE session_id = $s ORDER BY answered_at, id", ("$s", sessionId)));

    public QuestionRecord? Question(string questionId) => Read(() => Query(
        r => SqliteRows.Question(r), $"SELECT {QuestionColumns} FROM questions WHERE id = $id", ("$id", questionId)).SingleOrDefault());

    public IReadOnlyList<DueQuestion> DueQuestions(DateTimeOffset now, int limit) => Read(() => Query(
        r => new DueQuestion(SqliteRows.Question(r), SqliteRows.Card(r, 6)),
        $"""
        SELECT q.id, q.article_hash, q.type, q.prompt, q.answer, q.payload, r.{CardColumns.Replace(", ", ", r.", StringComparison.Ordinal)}
        FROM review_state r JOIN questions q ON q.id = r.question_id
        WHERE r.due <= $now ORDER BY r.due, r.question_id LIMIT $limit
        """,
        ("$now", Ms(now)),
        ("$limit", limit)));

    public int CountDue(DateTimeOffset now) => Read(() =>
        Convert.ToInt32(Scalar("SELECT count(*) FROM review_state WHERE due <= $now", ("$now", Ms(now))), System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyList<ArticleRecord> Articles() => Read(() => Query(Article, $"SELECT {ArticleColumns} FROM articles ORDER BY first_seen, hash"));

    public ProgressFacts LoadProgressFacts() => Read(() => new ProgressFacts(
        Query(
            r => new AttemptFact(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)), r.GetInt64(4) != 0 || r.GetString(5) != "wrong"),
            """
            SELECT q.article_hash, ar.title, q.type, a.answered_at, a.overridden, a.result
            FROM attempts a JOIN questions q ON q.id = a.question_id JOIN articles ar ON ar.hash = q.article_hash
            ORDER BY a.answered_at
            """),
        Query(r => Time(r.GetInt64(0)), "SELECT due FROM review_state ORDER BY due")));

    private ReviewCard? CardOf(string questionId) =>
        Query(r => SqliteRows.Card(r), $"SELECT {CardColumns} FROM review_state WHERE question_id = $q", ("$q", questionId)).SingleOrDefault();
}
