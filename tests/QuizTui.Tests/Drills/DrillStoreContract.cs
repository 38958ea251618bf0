using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Drills;

namespace QuizTui.Tests.Drills;

/// <summary>
/// What every drill store must do, run against SQLite and PostgreSQL alike: a subclass says how to open the
/// teacher's store and a student's.
/// </summary>
public abstract class DrillStoreContract : IDisposable
{
    private static readonly DateTimeOffset Now = DrillSamples.Created.AddDays(1);
    private readonly List<IDrillStore> opened = [];

    public virtual void Dispose()
    {
        foreach (var store in opened)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract IDrillStore OpenTeacher();

    protected abstract IDrillStore OpenStudent(string account);

    [SkippableFact]
    public void A_saved_drill_comes_back_whole_with_its_keys()
    {
        var teacher = Teacher();
        var drill = DrillSamples.Mixed6 with { Name = Unique("whole") };
        teacher.SaveDrill(drill);

        var loaded = teacher.LoadDrill(drill.Name)!;

        Assert.Equal(drill.Questions.Select(q => (q.Id, q.Question.Answer, q.Question.Prompt)), loaded.Questions.Select(q => (q.Id, q.Question.Answer, q.Question.Prompt)));
        Assert.Equal(drill.Articles.Select(a => a.Text), loaded.Articles.Select(a => a.Text));
        Assert.Equal(drill.Settings, loaded.Settings);
        Assert.Contains(drill.Name, teacher.DrillNames());
    }

    [SkippableFact]
    public void A_student_reads_the_questions_but_never_a_key()
    {
        var name = Started(DrillSamples.Mixed6);
        var student = Student("kim");

        var paper = student.LoadPaper(name)!;

        Assert.Equal(DrillSamples.Mixed6.Questions.Select(q => q.Prompt()), paper.Questions.Select(q => q.Prompt));
        Assert.ThrowsAny<Exception>(() => student.LoadDrill(name));
    }

    [SkippableFact]
    public void A_student_answers_each_question_once_and_the_first_answer_stands()
    {
        var name = Started(DrillSamples.Mixed6);
        var student = Student("lee");
        student.Join(name, null, Now);
        var question = DrillSamples.Mixed6.Questions[0];

        var first = student.Submit(name, question.Id, "first", 2, Now);
        var second = student.Submit(name, question.Id, "second", 3, Now);

        Assert.Equal(SubmitResult.Recorded, first);
        Assert.Equal(SubmitResult.AlreadyAnswered, second);
        Assert.Equal("first", Assert.Single(student.Answers(name)).Answer);
    }

    [SkippableFact]
    public void Answers_are_refused_before_the_start_while_paused_and_after_the_end()
    {
        var teacher = Teacher();
        var drill = DrillSamples.Mixed6 with { Name = Unique("phases") };
        teacher.SaveDrill(drill);
        var host = new DrillHost(teacher, drill);
        var student = Student("max");
        student.Join(drill.Name, null, Now);
        var q = drill.Questions.Select(q => q.Id).ToList();

        var waiting = student.Submit(drill.Name, q[0], "x", 1, Now);
        host.Apply(Core.Drills.DrillCommand.Start, Now);
        var running = student.Submit(drill.Name, q[0], "x", 1, Now);
        host.Apply(Core.Drills.DrillCommand.Pause, Now);
        var paused = student.Submit(drill.Name, q[1], "x", 1, Now);
        host.Apply(Core.Drills.DrillCommand.End, Now);
        var ended = student.Submit(drill.Name, q[2], "x", 1, Now);

        Assert.Equal([SubmitResult.NotOpen, SubmitResult.Recorded, SubmitResult.NotOpen, SubmitResult.NotOpen], [waiting, running, paused, ended]);
        Assert.Equal(SubmitResult.Unknown, student.Submit(drill.Name, "no-such-question", "x", 1, Now));
    }

    [SkippableFact]
    public void A_display_name_cannot_take_over_another_students_record()
    {
        var name = Started(DrillSamples.Mixed6);
        Student("ana").Join(name, "Ana", Now);
        Student("bo").Join(name, "Ana", Now);
        Student("ana").Submit(name, DrillSamples.Mixed6.Questions[0].Id, "mine", 1, Now);

        var students = Teacher().Students(name);

        Assert.Equal(["ana", "bo"], students.Select(s => s.Account));
        Assert.Empty(Student("bo").Answers(name));
        Assert.Equal("ana", Assert.Single(Teacher().Answers(name)).Account);
    }

    [SkippableFact]
    public void A_student_sees_only_their_own_answers()
    {
        var name = Started(DrillSamples.Mixed6);
        var q = DrillSamples.Mixed6.Questions[0].Id;
        foreach (var account in new[] { "cy", "di" })
        {
            var s = Student(account);
            s.Join(name, null, Now);
            s.Submit(name, q, account + "'s answer", 1, Now);
        }

        Assert.Equal(["cy's answer"], Student("cy").Answers(name).Select(a => a.Answer));
        Assert.Equal(2, Teacher().Answers(name).Count);
    }

    [SkippableFact]
    public void A_rejoining_student_continues_where_they_left_off()
    {
        var name = Started(DrillSamples.Mixed6 with { Settings = DrillSamples.Mixed6.Settings with { Shuffle = true } });
        var first = DrillSession.Join(Student("eve"), name, "Eve", Now)!;
        var order = first.Order.Select(q => q.Id).ToList();
        first.Submit(first.Next()!.Id, "a", TimeSpan.FromSeconds(2), Now);
        first.Submit(first.Next()!.Id, "b", TimeSpan.FromSeconds(2), Now);

        var again = DrillSession.Join(OpenStudentTracked("eve"), name, null, Now)!;

        Assert.Equal(order, again.Order.Select(q => q.Id));
        Assert.Equal(order[2], again.Next()!.Id);
        Assert.Equal(2, again.AnsweredCount);
        Assert.Equal("Eve", again.Student.DisplayName);
    }

    [SkippableFact]
    public void The_host_grades_answers_as_they_arrive_and_a_ruling_regrades_them()
    {
        var drill = DrillSamples.Mixed6 with { Name = Unique("ruling") };
        var teacher = Teacher();
        teacher.SaveDrill(drill);
        var host = new DrillHost(teacher, drill);
        host.Apply(Core.Drills.DrillCommand.Start, Now);
        var question = drill.Questions.First(q => q.Question.Format == QuestionFormat.MultipleChoice);
        var wrong = question.Question.Choices.First(c => c != question.Question.Answer);
        foreach (var (account, answer) in new[] { ("fay", question.Question.Answer), ("gus", wrong), ("hal", wrong) })
        {
            var s = Student(account);
            s.Join(drill.Name, null, Now);
            s.Submit(drill.Name, question.Id, answer, 4, Now);
        }

        var before = host.Refresh(Now).Results.Questions.Single(q => q.Id == question.Id);
        var cardBefore = host.Schedules().Single(c => c.Account == "gus" && c.QuestionId == question.Id).Card;
        var changed = new DrillWorkbench(teacher).Accept(drill.Name, question.Id, wrong);
        host = DrillHost.Open(teacher, drill.Name)!;
        var after = host.Refresh(Now).Results.Questions.Single(q => q.Id == question.Id);
        var cardAfter = host.Schedules().Single(c => c.Account == "gus" && c.QuestionId == question.Id).Card;

        Assert.Equal((1, 3, wrong), (before.Right, before.Graded, before.MostChosenWrong));
        Assert.Equal(2, changed);
        Assert.Equal((3, 3, (string?)null), (after.Right, after.Graded, after.MostChosenWrong));
        Assert.True(cardAfter.Due > cardBefore.Due, "an accepted answer moves the review further out");
    }

    [SkippableFact]
    public void The_first_time_a_question_was_shown_is_kept_for_that_student_alone()
    {
        var name = Started(DrillSamples.Mixed6);
        var kim = Student("kim");
        var lee = Student("lee");
        kim.Join(name, null, Now);
        lee.Join(name, null, Now);
        var question = DrillSamples.Mixed6.Questions[0].Id;

        var first = kim.Shown(name, question, Now);
        var again = kim.Shown(name, question, Now.AddSeconds(40));
        var other = lee.Shown(name, question, Now.AddSeconds(7));

        Assert.Equal((Now, Now, Now.AddSeconds(7)), (first, again, other));
    }

    [SkippableFact]
    public void Warming_up_a_students_store_records_nothing()
    {
        var name = Started(DrillSamples.Mixed6);
        var student = Student("ada");
        student.Join(name, null, Now);

        student.Warm(name);

        Assert.Empty(student.Answers(name));
        Assert.Equal(SubmitResult.Recorded, student.Submit(name, DrillSamples.Mixed6.Questions[0].Id, "x", 1, Now));
    }

    [SkippableFact]
    public void The_host_view_read_a_little_at_a_time_equals_a_fresh_read_of_every_answer()
    {
        var drill = DrillSamples.Mixed6 with { Name = Unique("changes") };
        var teacher = Teacher();
        teacher.SaveDrill(drill);
        var host = new DrillHost(teacher, drill);
        host.Apply(Core.Drills.DrillCommand.Start, Now);
        var students = new[] { "ivy", "jon", "kai" }.Select(Student).ToList();
        foreach (var store in students)
        {
            store.Join(drill.Name, null, Now);
        }

        var counts = new List<int>();
        for (var i = 0; i < drill.Questions.Count; i++)
        {
            // Each student a different question each round, right and wrong choices and typed answers mixed.
            for (var k = 0; k < students.Count; k++)
            {
                var question = drill.Questions[(i + k) % drill.Questions.Count];
                var choices = question.Question.Choices;
                var answer = choices.Count > 0 ? choices[(i + k) % choices.Count] : k == 0 ? question.Question.Answer : "no idea";
                students[k].Submit(drill.Name, question.Id, answer, i + 1, Now.AddSeconds(i));
            }

            counts.Add(host.Refresh(Now).Answers.Count);
        }

        var live = host.Refresh(Now);
        var fresh = new DrillHost(Teacher(), drill).Refresh(Now);

        Assert.Equal(Enumerable.Range(1, drill.Questions.Count).Select(n => 3 * n), counts);
        Assert.Equal(fresh.Answers, live.Answers);
        Assert.Equal(DrillReportFormatter.Format(fresh.Results), DrillReportFormatter.Format(live.Results));
        Assert.Equal(teacher.Answers(drill.Name).Count, live.Results.TotalAnswers);
    }

    [SkippableFact]
    public void Changes_since_a_cursor_bring_every_later_answer()
    {
        var name = Started(DrillSamples.Class20);
        var teacher = Teacher();
        var student = Student("lou");
        student.Join(name, null, Now);
        var seen = new HashSet<string>();
        var cursor = 0L;
        var reads = new List<int>();
        foreach (var question in DrillSamples.Class20.Questions.Take(5))
        {
            student.Submit(name, question.Id, "x", 1, Now);
            var changes = teacher.Changes(name, cursor);
            cursor = changes.Cursor;
            reads.Add(changes.Answers.Count);
            seen.UnionWith(changes.Answers.Select(a => a.QuestionId));
        }

        // Nothing new: at most the last few come again, then nothing.
        teacher.Changes(name, cursor);
        var quiet = teacher.Changes(name, teacher.Changes(name, cursor).Cursor);

        Assert.Equal(DrillSamples.Class20.Questions.Take(5).Select(q => q.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.True(reads.Max() <= 2, $"each read brings the new answer and at most one again: {string.Join(",", reads)}");
        Assert.Empty(quiet.Answers);
        Assert.Equal(["lou"], quiet.Students.Select(s => s.Account));
        Assert.Equal(DrillPhase.Running, quiet.Control.Phase);
        Assert.ThrowsAny<Exception>(() => student.Changes(name, 0));
    }

    protected static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)];

    private string Started(Drill drill)
    {
        var teacher = Teacher();
        var named = drill with { Name = Unique(drill.Name) };
        teacher.SaveDrill(named);
        new DrillHost(teacher, named).Apply(Core.Drills.DrillCommand.Start, Now);
        return named.Name;
    }

    private IDrillStore Teacher() => Track(OpenTeacher());

    private IDrillStore Student(string account) => OpenStudentTracked(account);

    private IDrillStore OpenStudentTracked(string account) => Track(OpenStudent(account));

    private IDrillStore Track(IDrillStore store)
    {
        opened.Add(store);
        return store;
    }
}

internal static class DrillQuestionText
{
    public static string Prompt(this DrillQuestion question) => question.Question.Prompt;
}
