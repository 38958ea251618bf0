using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Text;

namespace QuizTui.Core.Tests.Quizzes;

public sealed class QuizSessionTests
{
    private static readonly Question Who = Make("q1", QuestionType.Who, QuestionFormat.MultipleChoice, "John Kerry", ["Sergei Lavrov", "John Kerry", "Kofi Annan", "Lakhdar Brahimi"]);
    private static readonly Question Where = Make("q2", QuestionType.Where, QuestionFormat.ShortAnswer, "the Golan Heights", [], "Golan Heights");
    private static readonly Question When = Make("q3", QuestionType.When, QuestionFormat.TrueFalse, "True", ["True", "False"]);
    private static readonly Question Who2 = Make("q4", QuestionType.Who, QuestionFormat.ShortAnswer, "Kofi Annan", [], "Annan");

    [Fact]
    public void Scores_choices_typed_answers_and_skips_in_order()
    {
        var quiz = new QuizSession([Who, Where, When, Who2], new ManualClock());

        Assert.Equal(AnswerResult.Correct, quiz.Answer("John Kerry").Result);
        Assert.True(quiz.Next());
        Assert.Equal(AnswerResult.Correct, quiz.Answer("  golan   HEIGHTS! ").Result);
        quiz.Next();
        Assert.Equal(AnswerResult.Wrong, quiz.Answer("False").Result);
        quiz.Next();
        Assert.Equal(QuizAnswerKind.Skipped, quiz.Skip().Kind);
        quiz.Next();

        Assert.True(quiz.IsFinished);
        Assert.Null(quiz.Current);
        Assert.Equal(2, quiz.Score);
        var result = quiz.Result();
        Assert.Equal((2, 4, 50), (result.Right, result.Total, result.Percent));
        Assert.Equal(["q3", "q4"], result.Missed.Select(m => m.Question.Id));
    }

    [Fact]
    public void Breaks_the_score_down_by_question_type()
    {
        var quiz = new QuizSession([Who, Where, Who2], new ManualClock());
        quiz.Answer("John Kerry");
        quiz.Next();
        quiz.Answer("Damascus");
        quiz.Next();
        quiz.Answer("annan");

        var breakdown = quiz.Result().Breakdown;

        Assert.Equal([new TypeScore(QuestionType.Who, 2, 2), new TypeScore(QuestionType.Where, 1, 0)], breakdown);
    }

    [Fact]
    public void Does_not_move_on_before_a_verdict_nor_judge_twice()
    {
        var quiz = new QuizSession([Who, Where], new ManualClock());

        Assert.False(quiz.Next());
        quiz.Answer("Kofi Annan");
        Assert.Throws<InvalidOperationException>(() => quiz.Answer("John Kerry"));
        Assert.Equal(AnswerResult.Wrong, quiz.CurrentAnswer!.Result);
    }

    [Fact]
    public void Measures_time_per_question_and_stops_the_clock_at_the_end()
    {
        var clock = new ManualClock();
        var quiz = new QuizSession([Who, Where], clock);

        clock.Advance(TimeSpan.FromSeconds(12));
        Assert.Equal(TimeSpan.FromSeconds(12), quiz.Answer("John Kerry").Taken);
        clock.Advance(TimeSpan.FromSeconds(5));
        quiz.Next();
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(TimeSpan.FromSeconds(40), quiz.Skip().Taken);
        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(TimeSpan.FromSeconds(57), quiz.Result().Elapsed);
    }

    [Fact]
    public void Counts_down_and_times_out_a_question_with_a_limit()
    {
        var clock = new ManualClock();
        var quiz = new QuizSession([Who, Where], clock, TimeSpan.FromSeconds(30));

        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(10), quiz.Remaining);
        Assert.Null(quiz.Expire());
        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(TimeSpan.Zero, quiz.Remaining);
        var late = quiz.Answer("John Kerry");

        Assert.Equal((QuizAnswerKind.TimedOut, AnswerResult.Wrong), (late.Kind, late.Result));
        Assert.Null(quiz.Remaining);
        quiz.Next();
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(QuizAnswerKind.TimedOut, quiz.Expire()!.Kind);
    }

    [Fact]
    public void Reviews_just_the_missed_questions_in_a_fresh_session()
    {
        var quiz = new QuizSession([Who, Where, When], new ManualClock(), TimeSpan.FromMinutes(1));
        quiz.Answer("Sergei Lavrov");
        quiz.Next();
        quiz.Answer("Golan Heights");
        quiz.Next();
        quiz.Skip();
        quiz.Next();

        var review = quiz.ReviewMissed();

        Assert.Equal(["q1", "q3"], review.Questions.Select(q => q.Id));
        Assert.Equal((0, 0, TimeSpan.FromMinutes(1)), (review.Index, review.Score, review.TimeLimit!.Value));
    }

    [Fact]
    public void Hands_typed_answers_to_the_given_matcher()
    {
        var judge = new AnswerJudge((q, given) => given == "Golan Hieghts" ? AnswerResult.Close : AnswerResult.Wrong);
        var quiz = new QuizSession([Where], new ManualClock(), judge: judge);

        Assert.Equal(AnswerResult.Close, quiz.Answer("Golan Hieghts").Result);
        Assert.Equal(1, quiz.Score);
    }

    [Fact]
    public void Counts_an_overridden_wrong_answer_as_right_but_not_a_skip()
    {
        var quiz = new QuizSession([Who, Where, When], new ManualClock());
        quiz.Answer("Kofi Annan");

        Assert.True(quiz.Override(0));
        Assert.False(quiz.Override(0));
        quiz.Next();
        quiz.Skip();
        Assert.False(quiz.Override(1));
        quiz.Next();
        quiz.Answer("True");
        Assert.False(quiz.Override(2));

        var result = quiz.Result();
        Assert.Equal(2, result.Right);
        Assert.Equal(["q2"], result.Missed.Select(m => m.Question.Id));
        Assert.True(result.Answers[0].Overridden);
    }

    [Fact]
    public void Continues_an_unfinished_quiz_after_its_earlier_answers()
    {
        var clock = new ManualClock();
        var earlier = new[] { new QuizAnswer(Who, "John Kerry", AnswerResult.Correct, TimeSpan.FromSeconds(8)), new QuizAnswer(Where, null, AnswerResult.Wrong, TimeSpan.FromSeconds(3), QuizAnswerKind.Skipped) };

        var quiz = QuizSession.Continue([Who, Where, When], earlier, clock);
        clock.Advance(TimeSpan.FromSeconds(4));
        quiz.Answer("True");

        Assert.Equal((2, 1, 2), (quiz.Index, quiz.Answers.Count - 2, quiz.Score));
        Assert.Equal(TimeSpan.FromSeconds(15), quiz.Elapsed);
        Assert.Throws<ArgumentException>(() => QuizSession.Continue([Where, Who], earlier, clock));
    }

    [Fact]
    public void An_empty_quiz_is_finished_at_once()
    {
        var quiz = new QuizSession([], new ManualClock());

        Assert.True(quiz.IsFinished);
        Assert.Equal(0, quiz.Result().Percent);
    }

    private static Question Make(string id, QuestionType type, QuestionFormat format, string answer, string[] choices, params string[] accept) =>
        new(id, type, format, $"Prompt {id}?", answer, accept, choices, new Evidence("Evidence.", new TextSpan(0, 9), new TextSpan(0, 8)), 0.5);
}
