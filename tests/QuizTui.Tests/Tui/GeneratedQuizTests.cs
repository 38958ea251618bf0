using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Storage;
using QuizTui.Testing;
using QuizTui.Tui.Library;
using QuizTui.Tui.Screens;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui;

/// <summary>
/// The whole trainer on the seed with the real question generator, driven only by keys: library, set-up with
/// the defaults, every question, results, review of the missed ones, the review of due questions a day later,
/// and an abandoned quiz resumed; every answer lands in the progress database.
/// </summary>
public sealed class GeneratedQuizTests
{
    [Fact]
    public void Runs_a_quiz_on_the_seed_with_the_real_generator_then_reviews_and_resumes_through_the_store()
    {
        using var trainer = new TrainerHarness();
        var screens = new List<(string Step, string Screen)>();
        void Shot(string step) => screens.Add((step, trainer.Screen));

        trainer.Press(Key.Enter, Key.Q);
        Shot("set-up: the defaults");
        trainer.Press(Key.Enter);
        Shot("question 1");
        var asked = Current(trainer).Questions.Count;
        var right = 0;
        for (var i = 0; i < asked; i++)
        {
            // Every third question answered wrongly (another choice, or a wrong typed answer); the rest with the key.
            var isRight = i % 3 != 1;
            right += isRight ? 1 : 0;
            trainer.Advance(TimeSpan.FromSeconds(12));
            Answer(trainer, isRight);
            Shot($"question {i + 1} {(isRight ? "answered with the key" : "answered wrongly")}");
            if (i == 1)
            {
                // The student disagrees with the verdict on the second question and says so.
                trainer.Press(Key.I);
                right++;
                Shot("question 2 after i: I was right");
            }

            trainer.Press(Key.Enter);
        }

        Shot("results");
        var missed = asked - right;
        trainer.Press(Key.R);
        Shot("review of the missed: first question");
        AnswerAll(trainer, missed);
        Shot("review of the missed: results");
        trainer.Press(Key.Enter, Key.Esc);
        Shot("library: the last score comes from the store");

        trainer.Advance(TimeSpan.FromDays(1)).Press(Key.Enter, Key.Esc);
        Shot("a day later: questions are due");
        trainer.Press(Key.R.WithCtrl);
        var due = Current(trainer).Questions.Count;
        Shot("review of the due questions: first question");
        AnswerAll(trainer, due);
        Shot("review of the due questions: results");
        trainer.Press(Key.Enter);

        trainer.Press(Key.Enter, Key.Q, Key.Enter);
        AnswerAll(trainer, 2);
        trainer.Advance(TimeSpan.FromSeconds(5)).Press(Key.Esc);
        Shot("abandoning a new quiz after two answers");
        trainer.Press(Key.Y, Key.Esc, Key.Enter);
        Shot("reopening the article offers to resume it");
        trainer.Press(Key.Y);
        Shot("resumed at question 3");
        AnswerAll(trainer, asked - 2);
        Shot("results of the resumed quiz");

        Snapshot.Verify(string.Join("\n", screens.Select(s => $"=== {s.Step} ===\n{s.Screen}")));
        using var progress = ProgressService.OpenOrCreate(trainer.Database);
        var hash = ContentHash.Of(ShippedArticles.All[0].Text);
        Assert.Equal(asked + missed + due + asked, progress.Stats(TrainerHarness.Start.AddDays(1), TimeZoneInfo.Utc).Answered);
        Assert.Equal((asked, asked), progress.LastScore(hash) is { } score ? (score.Right, score.Answered) : default);
        Assert.Null(progress.FindResumable(hash));
    }

    private static Core.Quizzes.QuizSession Current(TrainerHarness trainer) => Assert.IsType<QuizScreen>(trainer.View.Current).Session;

    /// <summary>Answers the current question with its key (or wrongly), as a student would type it.</summary>
    private static void Answer(TrainerHarness trainer, bool right)
    {
        var question = Current(trainer).Current!;
        if (question.Format == QuestionFormat.ShortAnswer)
        {
            trainer.Type(right ? question.Answer : "somebody else").Press(Key.Enter);
            return;
        }

        var key = question.Choices.ToList().IndexOf(question.Answer);
        var index = right ? key : (key + 1) % question.Choices.Count;
        trainer.Press((Key)(char)('1' + index));
    }

    private static void AnswerAll(TrainerHarness trainer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            trainer.Advance(TimeSpan.FromSeconds(6));
            Answer(trainer, right: true);
            trainer.Press(Key.Enter);
        }
    }
}
