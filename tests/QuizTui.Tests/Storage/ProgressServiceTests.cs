using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;
using QuizTui.Storage;
using static QuizTui.Tests.Storage.Samples;

namespace QuizTui.Tests.Storage;

public sealed class ProgressServiceTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Records_an_answer_with_its_schedule_and_keeps_it_after_reopening()
    {
        string attemptId;
        using (var progress = Seeded(temp.File("p.db")))
        {
            var session = progress.StartSession(SessionKind.Article, "a1", Now);
            var saved = Answer(progress, session.Id, "a1-q0", AnswerResult.Wrong, Now);
            Assert.True(saved.Saved, saved.Error);
            Assert.Equal(CardState.Learning, saved.Card!.State);
            Assert.Equal(Now.AddMinutes(1), saved.Card.Due);
            attemptId = saved.AttemptId!;
        }

        using var reopened = ProgressService.OpenOrCreate(temp.File("p.db"));
        var attempt = reopened.Store.Attempt(attemptId)!;
        Assert.Equal(("a1-q0", "Obama", AnswerResult.Wrong, Grade.Again), (attempt.QuestionId, attempt.Answer, attempt.Result, attempt.Grade));
        Assert.Equal(Now.AddMinutes(1), reopened.Store.Card("a1-q0")!.Due);
    }

    [Fact]
    public void Offers_the_unfinished_quiz_of_an_article_with_its_answered_questions()
    {
        using var progress = Seeded(temp.File("p.db"));
        var done = progress.StartSession(SessionKind.Article, "a1", Now.AddDays(-1));
        progress.FinishSession(done.Id, Now.AddDays(-1));
        var open = progress.StartSession(SessionKind.Article, "a1", Now);
        Answer(progress, open.Id, "a1-q0", AnswerResult.Correct, Now);
        Answer(progress, open.Id, "a1-q2", AnswerResult.Wrong, Now.AddSeconds(20));

        var resumable = progress.FindResumable("a1")!;

        Assert.Equal(open.Id, resumable.Session.Id);
        Assert.Equal(["a1-q0", "a1-q2"], resumable.AnsweredQuestionIds.Order());
        progress.FinishSession(open.Id, Now.AddMinutes(1));
        Assert.Null(progress.FindResumable("a1"));
        Assert.Equal(new SessionScore(1, 2, Now.AddMinutes(1)), progress.LastScore("a1"));
    }

    [Fact]
    public void Review_queue_lists_due_questions_across_articles_by_due_time_on_a_fixed_clock()
    {
        using var progress = Seeded(temp.File("p.db"));
        progress.Store.SaveArticle(Article("b2", "Second article"));
        progress.RecordQuestions("b2", [Question("b2-q0"), Question("b2-q1")]);
        Answer(progress, null, "a1-q0", AnswerResult.Wrong, Now);                 // due +1 min
        Answer(progress, null, "b2-q0", AnswerResult.Close, Now.AddSeconds(10));  // Hard: due +6 min
        Answer(progress, null, "a1-q1", AnswerResult.Correct, Now.AddSeconds(20)); // Good: due +10 min
        Answer(progress, null, "b2-q1", AnswerResult.Wrong, Now.AddSeconds(30));  // due +1 min 30 s

        Assert.Empty(progress.DueQuestions(Now.AddSeconds(59), 10));
        Assert.Equal(["a1-q0", "b2-q1"], progress.DueQuestions(Now.AddMinutes(2), 10).Select(d => d.Question.Id));
        Assert.Equal(["a1-q0", "b2-q1", "b2-q0", "a1-q1"], progress.DueQuestions(Now.AddHours(1), 10).Select(d => d.Question.Id));
        Assert.Equal(["a1-q0", "b2-q1"], progress.DueQuestions(Now.AddHours(1), 2).Select(d => d.Question.Id));
        Assert.Equal(4, progress.CountDue(Now.AddHours(1)));
    }

    [Fact]
    public void Rebuilds_a_due_question_from_the_database_alone()
    {
        using var progress = Seeded(temp.File("p.db"));
        Answer(progress, null, "a1-q0", AnswerResult.Wrong, Now);

        var item = Assert.Single(progress.DueQuestions(Now.AddDays(1), 10));

        var original = Question("a1-q0");
        Assert.Equal(original, item.Question with { Accept = original.Accept, Choices = original.Choices });
        Assert.Equal(["Kerry"], item.Question.Accept);
        Assert.Equal("a1", item.ArticleHash);
    }

    [Fact]
    public void I_was_right_reschedules_the_question_and_counts_as_right()
    {
        using var progress = Seeded(temp.File("p.db"));
        var wrong = Answer(progress, null, "a1-q0", AnswerResult.Wrong, Now);

        var card = progress.Override(wrong.AttemptId!)!;

        Assert.Equal(FsrsScheduler.Default.Next(ReviewCard.New(Now), Now, Grade.Good), card);
        Assert.True(progress.Store.Attempt(wrong.AttemptId!)!.Overridden);
        Assert.Equal(1, progress.Stats(Now, TimeZoneInfo.Utc).Right);
        Assert.Null(progress.Override("no-such-attempt"));
    }

    [Fact]
    public void Saving_the_same_attempt_twice_records_it_once()
    {
        using var progress = Seeded(temp.File("p.db"));
        var attempt = new AttemptRecord("fixed-id", "a1-q0", null, "Kerry", AnswerResult.Correct, 3, Now, Grade.Good, false);

        var first = progress.Store.RecordAttempt(attempt, FsrsScheduler.Default);
        var second = progress.Store.RecordAttempt(attempt, FsrsScheduler.Default);

        Assert.True(first.Saved && second.Saved);
        Assert.Equal(first.Card, second.Card);
        Assert.Single(progress.Store.Export().Attempts);
    }

    [Fact]
    public void Import_merges_an_export_without_duplicating_attempts()
    {
        HistoryDocument exported;
        using (var source = Seeded(temp.File("source.db")))
        {
            Answer(source, null, "a1-q0", AnswerResult.Correct, Now);
            Answer(source, null, "a1-q1", AnswerResult.Wrong, Now.AddMinutes(1));
            exported = source.Store.Export();
        }

        using var target = Seeded(temp.File("target.db"));
        Answer(target, null, "a1-q0", AnswerResult.Wrong, Now.AddMinutes(5));

        var first = target.Store.Import(exported, FsrsScheduler.Default);
        var again = target.Store.Import(exported, FsrsScheduler.Default);

        Assert.Equal((2, 0), (first.Attempts, first.SkippedAttempts));
        Assert.Equal((0, 2), (again.Attempts, again.SkippedAttempts));
        Assert.Equal(3, target.Store.Export().Attempts.Count);
        // The schedule is replayed in time order: correct at +0, wrong at +5 min.
        var replayed = FsrsScheduler.Default.Next(FsrsScheduler.Default.Next(ReviewCard.New(Now), Now, Grade.Good), Now.AddMinutes(5), Grade.Again);
        Assert.Equal(replayed, target.Store.Card("a1-q0"));
    }

    [Fact]
    public void Forgetting_an_article_deletes_its_history_and_keeps_the_others()
    {
        using var progress = Seeded(temp.File("p.db"));
        progress.Store.SaveArticle(Article("b2", "Second article"));
        progress.RecordQuestions("b2", [Question("b2-q0")]);
        var session = progress.StartSession(SessionKind.Article, "a1", Now);
        Answer(progress, session.Id, "a1-q0", AnswerResult.Correct, Now);
        Answer(progress, null, "b2-q0", AnswerResult.Correct, Now);

        var forgotten = progress.Store.Forget("a1");

        Assert.Equal(new ForgetResult(1, 3, 1, 1), forgotten);
        Assert.Equal(["b2"], progress.Store.Articles().Select(a => a.Hash));
        Assert.Null(progress.Store.Card("a1-q0"));
        Assert.NotNull(progress.Store.Card("b2-q0"));
        Assert.Equal(new ForgetResult(1, 1, 0, 1), progress.Store.Forget(null));
        Assert.Empty(progress.Store.Export().Questions);
    }
}
