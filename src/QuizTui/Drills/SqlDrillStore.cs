using QuizTui.Core.Drills;
using QuizTui.Drills.Json;
using QuizTui.Storage;
using static QuizTui.Drills.DrillRows;

namespace QuizTui.Drills;

/// <summary>
/// The drill store in plain SQL common to SQLite and PostgreSQL; a subclass opens the connection, says where the
/// teacher's key tables are, and maps database errors to one-line messages.
/// </summary>
public abstract class SqlDrillStore : IDrillStore
{
    private readonly string keys;

    private protected SqlDrillStore(Sql sql, string location, DrillRole role, string account, string keyPrefix)
    {
        Sql = sql;
        Location = location;
        Role = role;
        Account = account;
        keys = keyPrefix;
    }

    public string Location { get; }

    public DrillRole Role { get; }

    public string Account { get; }

    private protected Sql Sql { get; }

    public void SaveDrill(Drill drill) => Guard(() => Write(() => Sql.InTransaction(() =>
    {
        RequireTeacher("save a drill");
        Sql.Execute(
            "INSERT INTO drills (name, paper, created) VALUES (@name, @paper, @created) ON CONFLICT (name) DO UPDATE SET paper = excluded.paper",
            ("@name", drill.Name), ("@paper", DrillDocuments.SerializePaper(drill.Paper())), ("@created", Ms(drill.Created)));
        Sql.Execute("DELETE FROM drill_questions WHERE drill = @name", ("@name", drill.Name));
        Sql.Execute($"DELETE FROM {keys}drill_keys WHERE drill = @name", ("@name", drill.Name));
        for (var i = 0; i < drill.Questions.Count; i++)
        {
            var q = drill.Questions[i];
            Sql.Execute("INSERT INTO drill_questions (drill, id, position) VALUES (@drill, @id, @position)", ("@drill", drill.Name), ("@id", q.Id), ("@position", i));
            Sql.Execute(
                $"INSERT INTO {keys}drill_keys (drill, question_id, format, answer) VALUES (@drill, @id, @format, @answer)",
                ("@drill", drill.Name), ("@id", q.Id), ("@format", q.Question.Format.ToString()), ("@answer", q.Question.Answer));
        }

        Sql.Execute(
            "INSERT INTO drill_control (drill, phase, released, changed) VALUES (@drill, @phase, 0, @changed) ON CONFLICT (drill) DO NOTHING",
            ("@drill", drill.Name), ("@phase", nameof(DrillPhase.Waiting)), ("@changed", Ms(drill.Created)));
        Sql.Execute(
            $"INSERT INTO {keys}drill_sources (drill, document) VALUES (@drill, @document) ON CONFLICT (drill) DO UPDATE SET document = excluded.document",
            ("@drill", drill.Name), ("@document", DrillDocuments.Serialize(drill)));
        return 0;
    })));

    public Drill? LoadDrill(string name) => Guard(() =>
    {
        RequireTeacher("read a drill's keys");
        return Sql.Scalar($"SELECT document FROM {keys}drill_sources WHERE drill = @name", ("@name", name)) is string json
            ? DrillDocuments.Deserialize(json)
            : null;
    });

    public bool DeleteDrill(string name) => Guard(() => Write(() => Sql.InTransaction(() =>
    {
        RequireTeacher("delete a drill");
        Sql.Execute($"DELETE FROM {keys}drill_keys WHERE drill = @name", ("@name", name));
        var sources = Sql.Execute($"DELETE FROM {keys}drill_sources WHERE drill = @name", ("@name", name));
        Sql.Execute("DELETE FROM drill_answers WHERE drill = @name", ("@name", name));
        Sql.Execute("DELETE FROM drill_shown WHERE drill = @name", ("@name", name));
        Sql.Execute("DELETE FROM drill_reviews WHERE drill = @name", ("@name", name));
        return Sql.Execute("DELETE FROM drills WHERE name = @name", ("@name", name)) + sources > 0;
    })));

    public IReadOnlyList<string> DrillNames() => Guard(() =>
        (IReadOnlyList<string>)[.. Sql.Query(r => r.GetString(0), "SELECT name FROM drills").Order(StringComparer.Ordinal)]);

    public DrillPaper? LoadPaper(string name) => Guard(() =>
        Sql.Scalar("SELECT paper FROM drills WHERE name = @name", ("@name", name)) is string json ? DrillDocuments.DeserializePaper(json) : null);

    public DrillControl Control(string drill) => Guard(() =>
        Sql.Query(DrillRows.Control, "SELECT phase, released, changed FROM drill_control WHERE drill = @drill", ("@drill", drill)).FirstOrDefault()
        ?? DrillControl.Initial(DateTimeOffset.UnixEpoch));

    public void SetControl(string drill, DrillControl control) => Guard(() =>
    {
        RequireTeacher("change a drill's controls");
        return Write(() => Sql.InTransaction(() =>
        {
            // A drill that runs again (started after its end) withdraws the released keys with the same write.
            if (control.Phase != DrillPhase.Ended)
            {
                Sql.Execute("DELETE FROM drill_reviews WHERE drill = @drill", ("@drill", drill));
            }

            return Sql.Execute(
                """
                INSERT INTO drill_control (drill, phase, released, changed) VALUES (@drill, @phase, @released, @changed)
                ON CONFLICT (drill) DO UPDATE SET phase = excluded.phase, released = excluded.released, changed = excluded.changed
                """,
                ("@drill", drill), ("@phase", control.Phase.ToString()), ("@released", control.Released), ("@changed", Ms(control.Changed)));
        }));
    });

    public DrillStudent Join(string drill, string? displayName, DateTimeOffset now) => Guard(() =>
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        // Keyed by the account: a display name only ever changes the caller's own row.
        Write(() => Sql.Execute(
            """
            INSERT INTO drill_students (drill, account, display_name, joined) VALUES (@drill, @account, @name, @joined)
            ON CONFLICT (drill, account) DO UPDATE SET display_name = COALESCE(excluded.display_name, drill_students.display_name)
            """,
            ("@drill", drill), ("@account", Account), ("@name", name), ("@joined", Ms(now))));
        return Sql.Query(Student, $"SELECT {StudentColumns} FROM drill_students WHERE drill = @drill AND account = @account", ("@drill", drill), ("@account", Account)).Single();
    });

    public IReadOnlyList<DrillStudent> Students(string drill) => Guard(() =>
        (IReadOnlyList<DrillStudent>)[.. Sql.Query(Student, $"SELECT {StudentColumns} FROM drill_students WHERE drill = @drill", ("@drill", drill)).OrderBy(s => s.Account, StringComparer.Ordinal)]);

    public virtual SubmitResult Submit(string drill, string questionId, string answer, double seconds, DateTimeOffset now) => Guard(() =>
    {
        if (Write(() => Sql.Execute(DrillSchema.Submit, ("@drill", drill), ("@account", Account), ("@question", questionId), ("@answer", answer), ("@seconds", seconds), ("@at", Ms(now)))) == 1)
        {
            return SubmitResult.Recorded;
        }

        if (Sql.Scalar("SELECT 1 FROM drill_answers WHERE drill = @drill AND account = @account AND question_id = @question", ("@drill", drill), ("@account", Account), ("@question", questionId)) is not null)
        {
            return SubmitResult.AlreadyAnswered;
        }

        var known = Sql.Scalar("SELECT 1 FROM drill_questions WHERE drill = @drill AND id = @question", ("@drill", drill), ("@question", questionId)) is not null;
        return known ? SubmitResult.NotOpen : SubmitResult.Unknown;
    });

    public virtual DateTimeOffset Shown(string drill, string questionId, DateTimeOffset now) => Guard(() =>
    {
        Write(() => Sql.Execute(
            "INSERT INTO drill_shown (drill, account, question_id, shown) VALUES (@drill, @account, @question, @shown) ON CONFLICT DO NOTHING",
            ("@drill", drill), ("@account", Account), ("@question", questionId), ("@shown", Ms(now))));
        var shown = Sql.Scalar("SELECT shown FROM drill_shown WHERE drill = @drill AND account = @account AND question_id = @question", ("@drill", drill), ("@account", Account), ("@question", questionId));
        return DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(shown, System.Globalization.CultureInfo.InvariantCulture));
    });

    // No question has the empty id, so nothing is written: the statements run, find no question and say Unknown.
    public void Warm(string drill) => Submit(drill, string.Empty, string.Empty, 0, DateTimeOffset.UnixEpoch);

    public IReadOnlyList<DrillAnswer> Answers(string drill) => Guard(() => (IReadOnlyList<DrillAnswer>)(Role == DrillRole.Teacher
        ? Sql.Query(Answer, $"SELECT {AnswerColumns} FROM drill_answers WHERE drill = @drill ORDER BY answered_at, account, question_id", ("@drill", drill))
        : Sql.Query(Answer, $"SELECT {AnswerColumns} FROM drill_answers WHERE drill = @drill AND account = @account ORDER BY answered_at, question_id", ("@drill", drill), ("@account", Account))));

    public DrillChanges Changes(string drill, long cursor) => Guard(() =>
    {
        RequireTeacher("read every student's answers");
        return Sql.Read(
            reader =>
            {
                var control = Sql.Rows(reader, DrillRows.Control).FirstOrDefault() ?? DrillControl.Initial(DateTimeOffset.UnixEpoch);
                reader.NextResult();
                var students = Sql.Rows(reader, Student).OrderBy(s => s.Account, StringComparer.Ordinal).ToList();
                reader.NextResult();
                var next = cursor;
                var answers = new List<DrillAnswer>();
                while (reader.Read())
                {
                    // The cursor is the last column; in PostgreSQL a row of nulls carries it when nothing changed.
                    next = Math.Max(next, reader.GetInt64(AnswerColumnCount));
                    if (!reader.IsDBNull(0))
                    {
                        answers.Add(Answer(reader));
                    }
                }

                return new DrillChanges(control, students, answers, next);
            },
            $"""
            SELECT phase, released, changed FROM drill_control WHERE drill = @drill;
            SELECT {StudentColumns} FROM drill_students WHERE drill = @drill;
            {ChangedAnswers};
            """,
            ("@drill", drill),
            ("@cursor", cursor));
    });

    public void SaveGrades(string drill, IReadOnlyList<DrillAnswer> graded) => Guard(() =>
    {
        RequireTeacher("grade answers");
        return graded.Count == 0 ? 0 : Write(() => Sql.InTransaction(() =>
        {
            foreach (var a in graded)
            {
                Sql.Execute(
                    "UPDATE drill_answers SET result = @result, accepted = @accepted WHERE drill = @drill AND account = @account AND question_id = @question",
                    ("@result", a.Result?.ToString()), ("@accepted", a.Accepted ? 1 : 0), ("@drill", drill), ("@account", a.Account), ("@question", a.QuestionId));
            }

            return graded.Count;
        }));
    });

    public void PublishReviews(string drill, IReadOnlyList<DrillReview> reviews) => Guard(() =>
    {
        RequireTeacher("publish reviews");
        return Write(() => Sql.InTransaction(() =>
        {
            if (Control(drill).Phase != DrillPhase.Ended)
            {
                throw new InvalidOperationException($"drill {drill} has not ended: its keys stay with the teacher");
            }

            Sql.Execute("DELETE FROM drill_reviews WHERE drill = @drill", ("@drill", drill));
            foreach (var review in reviews)
            {
                Sql.Execute(
                    "INSERT INTO drill_reviews (drill, account, document) VALUES (@drill, @account, @document)",
                    ("@drill", drill), ("@account", review.Account), ("@document", DrillDocuments.SerializeReview(review)));
            }

            return reviews.Count;
        }));
    });

    public DrillReview? Review(string drill) => Guard(() =>
        Sql.Scalar(DrillSchema.Review, ("@drill", drill), ("@account", Account)) is string json ? DrillDocuments.DeserializeReview(json) : null);

    public IReadOnlyList<string> Released() => Guard(() => (IReadOnlyList<string>)[.. Sql.Query(
        r => r.GetString(0),
        "SELECT r.drill FROM drill_reviews r JOIN drill_control c ON c.drill = r.drill WHERE r.account = @account AND c.phase = 'Ended'",
        ("@account", Account)).Order(StringComparer.Ordinal)]);

    public abstract void Dispose();

    /// <summary>
    /// The query behind <see cref="Changes"/>: the drill's (<c>@drill</c>) answers stored or changed since <c>@cursor</c>
    /// (all when 0), <see cref="DrillRows.AnswerColumns"/> then the next cursor as a last column; the largest one read is kept.
    /// </summary>
    private protected abstract string ChangedAnswers { get; }

    /// <summary>Runs one write (a statement or a transaction); SQLite's teacher side checkpoints after it.</summary>
    private protected virtual T Write<T>(Func<T> work) => work();

    /// <summary>Turns the database's own exceptions into a one-line <see cref="Storage.StoreException"/>.</summary>
    private protected abstract T Guard<T>(Func<T> work);

    private protected void RequireTeacher(string what)
    {
        if (Role != DrillRole.Teacher)
        {
            throw new DrillAccessException($"{Location}: a student cannot {what}");
        }
    }
}
