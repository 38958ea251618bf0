namespace QuizTui.Drills;

/// <summary>
/// The drill tables, the same in SQLite and PostgreSQL (times are Unix milliseconds). The key table is apart:
/// in SQLite it lives in the teacher's key file, in PostgreSQL students are granted nothing on it.
/// </summary>
internal static class DrillSchema
{
    /// <summary>The shared tables: what students read (the paper, the controls, their own review once ended) and write (joins, answers).</summary>
    public const string Shared = """
        CREATE TABLE IF NOT EXISTS drills (
            name TEXT PRIMARY KEY,
            paper TEXT NOT NULL,
            created BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS drill_questions (
            drill TEXT NOT NULL REFERENCES drills(name) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (drill, id));
        CREATE TABLE IF NOT EXISTS drill_control (
            drill TEXT PRIMARY KEY REFERENCES drills(name) ON DELETE CASCADE,
            phase TEXT NOT NULL,
            released INTEGER NOT NULL,
            changed BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS drill_students (
            drill TEXT NOT NULL REFERENCES drills(name) ON DELETE CASCADE,
            account TEXT NOT NULL,
            display_name TEXT,
            joined BIGINT NOT NULL,
            PRIMARY KEY (drill, account));
        CREATE TABLE IF NOT EXISTS drill_answers (
            drill TEXT NOT NULL,
            account TEXT NOT NULL,
            question_id TEXT NOT NULL,
            answer TEXT NOT NULL,
            seconds DOUBLE PRECISION NOT NULL,
            answered_at BIGINT NOT NULL,
            result TEXT,
            accepted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (drill, account, question_id),
            FOREIGN KEY (drill, account) REFERENCES drill_students(drill, account) ON DELETE CASCADE);
        CREATE TABLE IF NOT EXISTS drill_shown (
            drill TEXT NOT NULL,
            account TEXT NOT NULL,
            question_id TEXT NOT NULL,
            shown BIGINT NOT NULL,
            PRIMARY KEY (drill, account, question_id),
            FOREIGN KEY (drill, account) REFERENCES drill_students(drill, account) ON DELETE CASCADE);
        CREATE TABLE IF NOT EXISTS drill_reviews (
            drill TEXT NOT NULL,
            account TEXT NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (drill, account),
            FOREIGN KEY (drill, account) REFERENCES drill_students(drill, account) ON DELETE CASCADE);
        """;

    /// <summary>A student's own released review, only once the drill has ended (the policy in PostgreSQL says the same).</summary>
    public const string Review = """
        SELECT r.document FROM drill_reviews r JOIN drill_control c ON c.drill = r.drill
        WHERE r.drill = @drill AND r.account = @account AND c.phase = 'Ended'
        """;

    /// <summary>The teacher's tables: the whole drill with keys, and one key row per question (for PostgreSQL's grading function).</summary>
    public const string Keys = """
        CREATE TABLE IF NOT EXISTS {0}drill_sources (
            drill TEXT PRIMARY KEY,
            document TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS {0}drill_keys (
            drill TEXT NOT NULL,
            question_id TEXT NOT NULL,
            format TEXT NOT NULL,
            answer TEXT NOT NULL,
            PRIMARY KEY (drill, question_id));
        """;

    /// <summary>A student's answer, only while the drill runs, only to a released question, only once.</summary>
    public const string Submit = """
        INSERT INTO drill_answers (drill, account, question_id, answer, seconds, answered_at)
        SELECT @drill, @account, @question, @answer, @seconds, @at
        WHERE EXISTS (SELECT 1 FROM drill_students s WHERE s.drill = @drill AND s.account = @account)
          AND EXISTS (SELECT 1 FROM drill_questions q JOIN drill_control c ON c.drill = q.drill
                      WHERE q.drill = @drill AND q.id = @question AND c.phase = 'Running' AND q.position < c.released)
        ON CONFLICT DO NOTHING
        """;
}
