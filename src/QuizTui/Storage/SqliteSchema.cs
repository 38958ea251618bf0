namespace QuizTui.Storage;

/// <summary>The schema as numbered steps; PRAGMA user_version records the last step applied.</summary>
internal static class SqliteSchema
{
    /// <summary>Times are Unix milliseconds (UTC): exact, sortable and cheap to compare.</summary>
    public const string Version1 = """
        CREATE TABLE articles (
            hash TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            source TEXT,
            date TEXT,
            first_seen INTEGER NOT NULL);
        CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
            type TEXT NOT NULL,
            prompt TEXT NOT NULL,
            answer TEXT NOT NULL,
            payload TEXT NOT NULL);
        CREATE INDEX questions_by_article ON questions(article_hash);
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('article', 'review')),
            article_hash TEXT REFERENCES articles(hash) ON DELETE CASCADE,
            started INTEGER NOT NULL,
            finished INTEGER,
            settings TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX sessions_by_article ON sessions(article_hash, started);
        CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
            answer TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('correct', 'close', 'wrong')),
            seconds REAL NOT NULL,
            answered_at INTEGER NOT NULL);
        CREATE INDEX attempts_by_question ON attempts(question_id, answered_at);
        CREATE INDEX attempts_by_session ON attempts(session_id);
        """;

    /// <summary>Adds the FSRS schedule, the grade and the "I was right" override; schedules are then replayed from the attempts.</summary>
    public const string Version2 = """
        ALTER TABLE attempts ADD COLUMN grade INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE attempts ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0;
        UPDATE attempts SET grade = CASE result WHEN 'wrong' THEN 1 WHEN 'close' THEN 2 ELSE 3 END;
        CREATE TABLE review_state (
            question_id TEXT PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
            due INTEGER NOT NULL,
            stability REAL NOT NULL,
            difficulty REAL NOT NULL,
            elapsed_days INTEGER NOT NULL,
            scheduled_days INTEGER NOT NULL,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            learning_steps INTEGER NOT NULL,
            state INTEGER NOT NULL,
            last_review INTEGER);
        CREATE INDEX review_state_by_due ON review_state(due);
        """;

    public static IReadOnlyList<string> Steps { get; } = [Version1, Version2];

    public static int Latest => Steps.Count;
}
