namespace QuizTui.Drills;

/// <summary>
/// What PostgreSQL adds to the shared drill tables: the grants, row-level security and the grading function that keep
/// keys and other students' answers away from student roles. Applied once by the teacher (the owner of the tables).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The group role every student login role is a member of (created by the school's administrator).</summary>
    public const string StudentGroup = "quiztui_student";

    public const int Version = 4;

    /// <summary>
    /// Grants, policies and functions; run again whole when <see cref="Version"/> rises. Since version 4 answers and
    /// showings are tied to a joined student by <c>quiztui_submit</c> (the only way an answer goes in) and by the
    /// showing's policy, not by foreign keys: each key check was a trigger and a lock on the student's row, for every
    /// answer, and the whole class's rows share one page. Deleting a drill deletes its answers and showings itself.
    /// <c>drill_shown</c> is unlogged: a showing lost to a server crash only gives a fresh countdown, the trade its
    /// unflushed commit already made (see <c>PostgresDrillStore.Shown</c>). Measured with drill-bench together with the
    /// students' blocking reads: p99 from 60-81 ms to 52-62 ms on the 2-core test machine.
    /// </summary>
    public const string Security = """
        CREATE TABLE IF NOT EXISTS quiztui_drill_schema (version INTEGER NOT NULL);
        REVOKE ALL ON drills, drill_questions, drill_control, drill_students, drill_answers, drill_shown, drill_reviews, drill_keys, drill_sources FROM PUBLIC;
        GRANT SELECT ON drills, drill_questions, drill_control TO quiztui_student;
        GRANT SELECT, INSERT ON drill_students, drill_shown TO quiztui_student;
        GRANT SELECT ON drill_answers TO quiztui_student;
        REVOKE INSERT ON drill_answers FROM quiztui_student;
        DO $$
        DECLARE
            c RECORD;
        BEGIN
            FOR c IN SELECT conrelid::regclass AS owner, conname FROM pg_constraint
                     WHERE contype = 'f' AND confrelid = 'drill_students'::regclass
                       AND conrelid IN ('drill_answers'::regclass, 'drill_shown'::regclass)
            LOOP
                EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.owner, c.conname);
            END LOOP;
        END
        $$;
        GRANT UPDATE (display_name) ON drill_students TO quiztui_student;
        ALTER TABLE drill_shown SET UNLOGGED;
        ALTER TABLE drill_shown ENABLE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS own_shown ON drill_shown;
        CREATE POLICY own_shown ON drill_shown TO quiztui_student USING (account = current_user) WITH CHECK (account = current_user
            AND EXISTS (SELECT 1 FROM drill_students s WHERE s.drill = drill_shown.drill AND s.account = current_user));
        GRANT SELECT ON drill_reviews TO quiztui_student;
        ALTER TABLE drill_reviews ENABLE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS own_review ON drill_reviews;
        CREATE POLICY own_review ON drill_reviews FOR SELECT TO quiztui_student USING (account = current_user
            AND EXISTS (SELECT 1 FROM drill_control c WHERE c.drill = drill_reviews.drill AND c.phase = 'Ended'));
        ALTER TABLE drill_students ENABLE ROW LEVEL SECURITY;
        ALTER TABLE drill_answers ENABLE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS own_record ON drill_students;
        CREATE POLICY own_record ON drill_students TO quiztui_student USING (account = current_user) WITH CHECK (account = current_user);
        DROP POLICY IF EXISTS own_answers ON drill_answers;
        CREATE POLICY own_answers ON drill_answers TO quiztui_student USING (account = current_user) WITH CHECK (account = current_user AND result IS NULL AND accepted = 0);
        CREATE OR REPLACE FUNCTION quiztui_grade(drill_name TEXT, question TEXT) RETURNS TEXT
        LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            UPDATE drill_answers a
            SET result = CASE WHEN a.answer = k.answer THEN 'Correct' ELSE 'Wrong' END
            FROM drill_keys k
            WHERE a.drill = drill_name AND a.question_id = question AND a.account = session_user::text
              AND a.result IS NULL AND k.drill = a.drill AND k.question_id = a.question_id AND k.format <> 'ShortAnswer'
            RETURNING a.result;
        $$;
        REVOKE ALL ON FUNCTION quiztui_grade(TEXT, TEXT) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION quiztui_grade(TEXT, TEXT) TO quiztui_student;
        CREATE OR REPLACE FUNCTION quiztui_submit(drill_name TEXT, question TEXT, given TEXT, taken DOUBLE PRECISION, at_ms BIGINT) RETURNS TEXT
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            who TEXT := session_user;
        BEGIN
            INSERT INTO drill_answers (drill, account, question_id, answer, seconds, answered_at, result)
            SELECT drill_name, who, question, given, taken, at_ms,
                   (SELECT CASE WHEN k.answer = given THEN 'Correct' ELSE 'Wrong' END FROM drill_keys k
                    WHERE k.drill = drill_name AND k.question_id = question AND k.format <> 'ShortAnswer')
            WHERE EXISTS (SELECT 1 FROM drill_students s WHERE s.drill = drill_name AND s.account = who)
              AND EXISTS (SELECT 1 FROM drill_questions q JOIN drill_control c ON c.drill = q.drill
                          WHERE q.drill = drill_name AND q.id = question AND c.phase = 'Running' AND q.position < c.released)
            ON CONFLICT DO NOTHING;
            IF FOUND THEN
                RETURN 'Recorded';
            ELSIF EXISTS (SELECT 1 FROM drill_answers a WHERE a.drill = drill_name AND a.account = who AND a.question_id = question) THEN
                RETURN 'AlreadyAnswered';
            ELSIF EXISTS (SELECT 1 FROM drill_questions q WHERE q.drill = drill_name AND q.id = question) THEN
                RETURN 'NotOpen';
            END IF;
            RETURN 'Unknown';
        END
        $$;
        REVOKE ALL ON FUNCTION quiztui_submit(TEXT, TEXT, TEXT, DOUBLE PRECISION, BIGINT) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION quiztui_submit(TEXT, TEXT, TEXT, DOUBLE PRECISION, BIGINT) TO quiztui_student;
        """;
}
