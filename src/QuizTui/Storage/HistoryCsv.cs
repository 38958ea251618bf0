using System.Globalization;
using QuizTui.Core.Scheduling;
using Sylvan.Data.Csv;

namespace QuizTui.Storage;

/// <summary>
/// The history as CSV, one row per attempt with its question, article and session, so a spreadsheet can read it
/// and <c>history import</c> can rebuild everything from it (the last column holds the question as JSON).
/// </summary>
internal static class HistoryCsv
{
    public static readonly string[] Columns =
    [
        "attempt_id", "answered_at", "result", "answer", "seconds", "grade", "overridden",
        "question_id", "question_type", "prompt", "expected_answer",
        "article_hash", "article_title", "article_source", "article_date", "article_first_seen",
        "session_id", "session_kind", "session_started", "session_finished", "session_settings", "question_json",
        SessionArticleColumn,
    ];

    /// <summary>The session's own article (none for a review across articles); later than the first format, so optional on import.</summary>
    private const string SessionArticleColumn = "session_article_hash";

    public static void Write(HistoryDocument history, TextWriter output)
    {
        var questions = history.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var articles = history.Articles.ToDictionary(a => a.Hash, StringComparer.Ordinal);
        var sessions = history.Sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var rows = history.Attempts.Select(a =>
        {
            var q = questions[a.QuestionId];
            var article = articles[q.ArticleHash];
            var s = a.SessionId is { } id && sessions.TryGetValue(id, out var found) ? found : null;
            return new[]
            {
                a.Id, Iso(a.AnsweredAt), SqliteRows.ResultText(a.Result), a.Answer, a.Seconds.ToString("R", CultureInfo.InvariantCulture),
                a.Grade.ToString(), a.Overridden ? "true" : "false",
                q.Id, q.Type, q.Prompt, q.Answer,
                article.Hash, article.Title, article.Source, article.Date, Iso(article.FirstSeen),
                s?.Id, s is null ? null : SqliteRows.KindText(s.Kind), s is null ? null : Iso(s.Started), s?.Finished is { } f ? Iso(f) : null, s?.Settings, q.Payload,
                s?.ArticleHash,
            };
        });
        using var writer = CsvDataWriter.Create(output);
        using var reader = new RowsDataReader(Columns, rows);
        writer.Write(reader);
    }

    /// <exception cref="FormatException">A row cannot be read; the message names the line.</exception>
    public static HistoryDocument Read(TextReader input)
    {
        using var csv = CsvDataReader.Create(input);
        var missing = Columns.Where(c => c != SessionArticleColumn && csv.GetOrdinal(c) < 0).ToList();
        var sessionArticle = csv.GetOrdinal(SessionArticleColumn);
        if (missing.Count > 0)
        {
            throw new FormatException($"not a QuizTui history CSV (missing columns: {string.Join(", ", missing)})");
        }

        var articles = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        var questions = new Dictionary<string, QuestionRecord>(StringComparer.Ordinal);
        var sessions = new Dictionary<string, SessionRecord>(StringComparer.Ordinal);
        var attempts = new List<AttemptRecord>();
        var line = 1;
        while (csv.Read())
        {
            line++;
            string Field(string name) => csv.GetString(csv.GetOrdinal(name));
            string? Optional(string name) => Field(name) is { Length: > 0 } value ? value : null;
            try
            {
                var hash = Field("article_hash");
                articles.TryAdd(hash, new ArticleRecord(hash, Field("article_title"), Optional("article_source"), Optional("article_date"), ParseTime(Field("article_first_seen"))));
                var questionId = Field("question_id");
                questions.TryAdd(questionId, new QuestionRecord(questionId, hash, Field("question_type"), Field("prompt"), Field("expected_answer"), Optional("question_json") ?? "{}"));
                var sessionId = Optional("session_id");
                if (sessionId is not null)
                {
                    sessions.TryAdd(sessionId, new SessionRecord(
                        sessionId,
                        Field("session_kind") == "review" ? SessionKind.Review : SessionKind.Article,
                        sessionArticle >= 0 ? (csv.GetString(sessionArticle) is { Length: > 0 } own ? own : null)
                            : Field("session_kind") == "review" ? null : hash,
                        ParseTime(Field("session_started")),
                        Optional("session_finished") is { } finished ? ParseTime(finished) : null,
                        Optional("session_settings") ?? "{}"));
                }

                attempts.Add(new AttemptRecord(
                    Field("attempt_id"),
                    questionId,
                    sessionId,
                    Field("answer"),
                    SqliteRows.ParseResult(Field("result")),
                    double.Parse(Field("seconds"), CultureInfo.InvariantCulture),
                    ParseTime(Field("answered_at")),
                    Enum.Parse<Grade>(Field("grade")),
                    Field("overridden") == "true"));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                throw new FormatException($"line {line}: {e.Message}", e);
            }
        }

        return new HistoryDocument([.. articles.Values], [.. questions.Values], [.. sessions.Values], attempts);
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
