namespace QuizTui.Drills;

/// <summary>
/// What PostgreSQL adds to the shared drill tables: the grants, row-level security and the grading function that keep
/// keys and other students' answers away from student roles. Applied once by the teacher (the owner of the tables).
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The group role every student login role is a member of (created by the school's administrator).</summary>
    public const string StudentGroup = "quiztui_student";

    public const int Version = 1;

    public const string Security = """
        CREATE TABLE IF NOT EXISTS quiztui_drill_schema (version INTEGER NOT NULL);
        REVOKE ALL ON drills, drill_questions, drill_control, drill_students, drill_answers, drill_keys, drill_sources FROM PUBLIC;
        GRANT SELECT ON drills, drill_questions, drill_control TO quiztui_student;
        GRANT SELECT, INSERT ON drill_students, drill_answers TO quiztui_student;
        GRANT UPDATE (display_name) ON drill_students TO quiztui_student;
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
        """;
}
