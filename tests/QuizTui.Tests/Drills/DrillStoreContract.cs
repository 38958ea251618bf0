using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Drills;
using QuizTui.Storage;
using QuizTui.Tests.Storage;

namespace QuizTui.Tests.Drills;

/// <summary>
/// What every drill store must do, run against SQLite and PostgreSQL alike: a subclass says how to open the
/// teacher's store and a student's.
/// </summary>
public abstract class DrillStoreContract : IDisposable
{
    private static readonly DateTimeOffset Now = DrillSamples.Created.AddDays(1);
    private readonly List<IDrillStore> opened = [];
    private readonly List<IDisposable> progress = [];
    private readonly TempFolder own = new();

    public virtual void Dispose()
    {
        foreach (var store in opened)
        {
            store.Dispose();
        }

        foreach (var p in progress)
        {
            p.Dispose();
        }

        own.Dispose();

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
    public void Deleting_a_drill_takes_its_answers_and_showings_with_it()
    {
        var name = Started(DrillSamples.Mixed6);
        var question = DrillSamples.Mixed6.Questions[0].Id;
        var kim = Student("kim");
        kim.Join(name, null, Now);
        kim.Shown(name, question, Now);
        kim.Submit(name, question, "x", 1, Now);
        var teacher = Teacher();

        var deleted = teacher.DeleteDrill(name);
        teacher.SaveDrill(DrillSamples.Mixed6 with { Name = name });
        new DrillHost(teacher, DrillSamples.Mixed6 with { Name = name }).Apply(Core.Drills.DrillCommand.Start, Now);
        var answersAfter = teacher.Answers(name).Count;
        kim.Join(name, null, Now);
        var shownAgain = kim.Shown(name, question, Now.AddMinutes(5));

        Assert.True(deleted);
        Assert.Equal((0, Now.AddMinutes(5)), (answersAfter, shownAgain));
        Assert.Equal(SubmitResult.Recorded, kim.Submit(name, question, "x", 1, Now));
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
    public void No_key_reaches_a_student_before_the_end_and_each_gets_only_their_own_after_it()
    {
        var (name, host, missed, right) = Answered();
        var kim = Student("kim");
        var lee = Student("lee");
        lee.Join(name, null, Now);
        lee.Submit(name, right.Id, "lee's guess", 3, Now);

        var running = kim.Review(name);
        var releasedWhileRunning = kim.Released();
        var early = Record.Exception(() => Teacher().PublishReviews(name, [DrillReview.For(host.Drill, "kim", host.GradeAll())]));
        host.Apply(Core.Drills.DrillCommand.Pause, Now);
        var paused = kim.Review(name);
        host.Apply(Core.Drills.DrillCommand.End, Now);
        var ended = kim.Review(name)!;
        var lees = lee.Review(name)!;
        var releasedAfterEnd = kim.Released();
        host.Apply(Core.Drills.DrillCommand.Start, Now);
        var restarted = kim.Review(name);

        Assert.Null(running);
        Assert.DoesNotContain(name, releasedWhileRunning);
        Assert.Contains(name, releasedAfterEnd);
        Assert.IsType<InvalidOperationException>(early);
        Assert.Null(paused);
        Assert.Equal("kim", ended.Account);
        Assert.Equal([(missed.Id, missed.Question.Answer, false), (right.Id, right.Question.Answer, true)], ended.Items.Select(i => (i.Question.Id, i.Question.Question.Answer, i.Answer.IsRight)));
        Assert.Equal(missed.Question.Evidence.Text, ended.Items[0].Question.Question.Evidence.Text);
        Assert.Equal(["lee's guess"], lees.Items.Select(i => i.Answer.Answer));
        Assert.Null(restarted);
    }

    [SkippableFact]
    public void After_the_end_a_sync_puts_the_missed_question_among_the_students_due_reviews()
    {
        var (name, host, missed, right) = Answered();
        var progress = Progress();
        var before = DrillSync.Run(Student("kim"), progress, name, Now);
        var keptBefore = progress.Store.Export().Attempts.Count;
        host.Apply(Core.Drills.DrillCommand.End, Now.AddMinutes(5));

        var synced = DrillSync.Run(Student("kim"), progress, name, Now.AddHours(1));

        Assert.Equal((DrillSyncStatus.NotEnded, 0), (before.Status, keptBefore));
        Assert.Equal((DrillSyncStatus.Synced, 2, 1), (synced.Status, synced.Merged!.Added, synced.DueNow));
        var due = progress.DueQuestions(Now.AddHours(1), 50);
        Assert.Equal([missed.Id], due.Select(d => d.Question.Id));
        Assert.Equal(missed.Question.Choices, due[0].Question.Choices);
        Assert.Equal(missed.ArticleHash, due[0].ArticleHash);
        var schedule = host.Schedules().Single(s => s.Account == "kim" && s.QuestionId == right.Id).Card;
        Assert.Equal(schedule.Due, progress.Store.Card(right.Id)!.Due);
    }

    [SkippableFact]
    public void A_ruling_then_a_second_sync_moves_the_schedule_and_adds_no_duplicate()
    {
        var (name, host, missed, _) = Answered();
        host.Apply(Core.Drills.DrillCommand.End, Now.AddMinutes(5));
        var progress = Progress();
        DrillSync.Run(Student("kim"), progress, name, Now.AddHours(1));
        var before = progress.Store.Card(missed.Id)!;
        var wrong = missed.Question.Choices.First(c => c != missed.Question.Answer);

        new DrillWorkbench(Teacher()).Accept(name, missed.Id, wrong);
        var second = DrillSync.Run(Student("kim"), progress, name, Now.AddHours(2));
        var third = DrillSync.Run(Student("kim"), progress, name, Now.AddHours(3));

        var after = progress.Store.Card(missed.Id)!;
        Assert.Equal((0, 1), (second.Merged!.Added, second.Merged.Changed));
        Assert.Equal((0, 0, 2), (third.Merged!.Added, third.Merged.Changed, third.Merged.Unchanged));
        Assert.True(after.Due > before.Due, "the accepted answer moves the review further out");
        Assert.Equal(2, progress.Store.Export().Attempts.Count);
        Assert.True(Assert.Single(progress.Store.Export().Attempts, a => a.QuestionId == missed.Id).Overridden);
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

    /// <summary>A started drill in which kim answered a multiple-choice question wrong and another question right, fast (so it is not due for days).</summary>
    private (string Name, DrillHost Host, DrillQuestion Missed, DrillQuestion Right) Answered()
    {
        var name = Started(DrillSamples.Mixed6);
        var host = DrillHost.Open(Teacher(), name)!;
        var missed = host.Drill.Questions.First(q => q.Question.Format == QuestionFormat.MultipleChoice);
        var right = host.Drill.Questions.First(q => q.Id != missed.Id);
        var kim = Student("kim");
        kim.Join(name, "Kim", Now);
        kim.Submit(name, missed.Id, missed.Question.Choices.First(c => c != missed.Question.Answer), 5, Now);
        kim.Submit(name, right.Id, right.Question.Answer, 1, Now);
        return (name, host, missed, right);
    }

    /// <summary>A student's own progress database, apart from the drill store.</summary>
    private ProgressService Progress()
    {
        var service = ProgressService.OpenOrCreate(own.File($"progress-{progress.Count}.db"));
        progress.Add(service);
        return service;
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
