using QuizTui.Core.Drills;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Drills;

public sealed class DrillEditorTests
{
    private static readonly Drill Sample = new(
        "d",
        DrillSettings.Default,
        [],
        [Make("q1", "Canberra", "Sydney", "Melbourne"), Make("q2", "Kerry", "Lavrov", "Annan"), Make("q3", "May", "June", "July")],
        Locked: false,
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void An_edited_question_keeps_its_id_and_its_key_stays_among_the_choices()
    {
        var edited = DrillEditor.Edit(Sample, "q1", new QuestionEdit(Prompt: "What is the capital?", Answer: "Canberra city"));

        var q = edited.Find("q1")!;
        Assert.Equal(("What is the capital?", "Canberra city", true), (q.Question.Prompt, q.Question.Answer, q.Edited));
        Assert.Equal(["Canberra city", "Sydney", "Melbourne"], q.Question.Choices);
    }

    [Fact]
    public void Drop_move_add_and_lock()
    {
        var changed = DrillEditor.Move(DrillEditor.Drop(Sample, "q2"), "q3", 0);
        changed = DrillEditor.Add(changed, new OwnQuestion(QuestionType.Where, QuestionFormat.ShortAnswer, "Where?", "Perth", ["Perth WA"], []));
        var locked = DrillEditor.Lock(changed);

        Assert.Equal(["q3", "q1"], changed.Questions.Take(2).Select(q => q.Id));
        Assert.True(changed.Questions[2].Own);
        Assert.StartsWith("own-", changed.Questions[2].Id, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => DrillEditor.Drop(locked, "q1"));
    }

    [Fact]
    public void A_ruling_makes_an_answer_right_for_everyone_even_on_a_locked_drill()
    {
        var drill = DrillGrading.Accept(DrillEditor.Lock(Sample), "q1", "Sydney");
        var answer = new DrillAnswer("ana", "q1", "Sydney", 3, DateTimeOffset.UnixEpoch);

        var graded = DrillGrading.Grade(drill.Find("q1")!, answer);

        Assert.True(graded.IsRight);
        Assert.True(graded.Accepted);
        Assert.False(DrillGrading.Grade(Sample.Find("q1")!, answer).IsRight);
    }

    private static DrillQuestion Make(string id, string answer, params string[] others) =>
        new(new Question(id, QuestionType.Where, QuestionFormat.MultipleChoice, $"Which {id}?", answer, [], [answer, .. others], new Evidence("", default, default), 0.5), null);
}
