using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Drills;
using QuizTui.Testing;
using QuizTui.Tui;
using QuizTui.Tui.Drills;
using Terminal.Gui.Input;

namespace QuizTui.Tests.Tui.Drills;

public sealed class EditorScreenTests
{
    /// <param name="loading">The generator's load, still under way until the test completes it; by default already done.</param>
    private static TrainerHarness Editor(DrillFixture drill, int width = 80, int height = 24, Task? loading = null)
    {
        var teacher = drill.Teacher();
        return new((app, _, _) => TrainerApp.Show(app, new EditorScreen(new DrillWorkbench(teacher), teacher.LoadDrill(DrillFixture.Name)!, _ => loading ?? Task.CompletedTask), noColor: false, owned: null), width, height);
    }

    private static Drill Stored(DrillFixture drill) => drill.Teacher().LoadDrill(DrillFixture.Name)!;

    [Fact]
    public void Shows_every_question_with_its_key_accepted_answers_choices_and_evidence()
    {
        using var drill = new DrillFixture(locked: false);
        using var editor = Editor(drill);
        var first = editor.Screen;

        editor.Press(Key.CursorDown);

        Snapshot.Verify($"{first}\n=== the typed-answer question ===\n{editor.Screen}");
    }

    [Fact]
    public void Drops_moves_edits_and_locks_by_keys_and_saves_each_change()
    {
        using var drill = new DrillFixture(locked: false);
        using var editor = Editor(drill);
        var screens = new List<(string Step, string Screen)>();
        void Shot(string step) => screens.Add((step, editor.Screen));

        editor.Press(Key.CursorDown, Key.CursorDown, Key.D);
        Shot("d asks before dropping question 3");
        editor.Press(Key.Y);
        Shot("dropped");
        editor.Press((Key)'[', (Key)'[');
        Shot("the last question moved to the top");
        editor.Press(Key.E);
        Shot("editing question 1");
        editor.Press(Key.U.WithCtrl).Type("How many people had died in the Syrian conflict?").Press(Key.Tab, Key.Tab).Type("; 70,000").Press(Key.S.WithCtrl);
        Shot("saved");
        editor.Press(Key.L.WithShift, Key.Y);
        Shot("locked");
        editor.Press(Key.D);
        Shot("a locked drill refuses edits");

        Snapshot.Verify(string.Join("\n", screens.Select(s => $"=== {s.Step} ===\n{s.Screen}")));
        var stored = Stored(drill);
        Assert.True(stored.Locked);
        Assert.Equal(["howmany", "who", "where"], stored.Questions.Select(q => q.Id));
        var edited = stored.Questions[0];
        Assert.True(edited.Edited);
        Assert.Equal("How many people had died in the Syrian conflict?", edited.Question.Prompt);
        Assert.Equal(["70,000"], edited.Question.Accept);
        Assert.Equal(["over 7,000", "over 70,000", "over 700", "over 170,000"], edited.Question.Choices);
    }

    [Fact]
    public void Edits_the_key_of_a_multiple_choice_question_in_its_place_among_the_choices()
    {
        using var drill = new DrillFixture(locked: false);
        using var editor = Editor(drill);

        editor.Press(Key.Enter, Key.Tab).Press(Key.U.WithCtrl).Type("Secretary of State John Kerry").Press(Key.Tab, Key.Tab).Press(Key.U.WithCtrl).Type("Vladimir Putin").Press(Key.S.WithCtrl);

        var question = Stored(drill).Questions[0].Question;
        Assert.Equal("who", question.Id);
        Assert.Equal("Secretary of State John Kerry", question.Answer);
        Assert.Equal(["Vladimir Putin", "Secretary of State John Kerry", "Kofi Annan", "Lakhdar Brahimi"], question.Choices);
    }

    [Fact]
    public void Adds_a_question_of_the_teachers_own_with_a_form()
    {
        using var drill = new DrillFixture(locked: false);
        using var editor = Editor(drill);

        editor.Press(Key.A, Key.CursorRight, Key.CursorDown, Key.CursorDown).Type("Which city hosted the Geneva talks?").Press(Key.Tab).Type("Geneva").Press(Key.Tab, Key.Tab).Type("Paris").Press(Key.Tab).Type("Moscow");
        var form = editor.Screen;
        editor.Press(Key.S.WithCtrl);

        Snapshot.Verify($"{form}\n=== saved ===\n{editor.Screen}");
        var own = Stored(drill).Questions[^1];
        Assert.True(own.Own);
        Assert.Equal((QuestionType.Where, QuestionFormat.MultipleChoice, "Geneva"), (own.Question.Type, own.Question.Format, own.Question.Answer));
        Assert.Equal(["Geneva", "Paris", "Moscow"], own.Question.Choices);
    }

    [Fact]
    public void Refuses_to_save_a_question_without_an_answer()
    {
        using var drill = new DrillFixture(locked: false);
        using var editor = Editor(drill);

        editor.Press(Key.E, Key.Tab).Press(Key.U.WithCtrl).Press(Key.S.WithCtrl);

        Assert.Contains("The answer cannot be empty.", editor.Screen, StringComparison.Ordinal);
        Assert.Equal("John Kerry", Stored(drill).Questions[0].Question.Answer);
    }

    [Fact]
    public void Swaps_a_generated_question_for_another_of_the_same_kind()
    {
        using var drill = new DrillFixture(locked: false);
        using var editor = Editor(drill);

        editor.Press(Key.R);

        var swapped = Stored(drill).Questions[0];
        Assert.NotEqual("who", swapped.Id);
        Assert.Equal((QuestionType.Who, QuestionFormat.MultipleChoice), (swapped.Question.Type, swapped.Question.Format));
        Assert.Contains("Swapped for another question.", editor.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_generating_while_a_regeneration_waits_for_the_generator_to_load_then_swaps_the_question()
    {
        using var drill = new DrillFixture(locked: false);
        var loading = new TaskCompletionSource();
        using var editor = Editor(drill, loading: loading.Task);

        editor.Press(Key.R);
        var waiting = editor.Screen;
        editor.Press(Key.CursorDown, Key.D);
        var moved = editor.Screen;
        var storedWhileWaiting = Stored(drill).Questions.Select(q => q.Id).ToList();
        loading.SetResult();
        editor.Advance(TimeSpan.FromSeconds(1));

        Snapshot.Verify($"=== r while the generator loads ===\n{waiting}\n=== Down, then d (waits) ===\n{moved}\n=== loaded ===\n{editor.Screen}");
        Assert.Equal(["who", "where", "when", "howmany"], storedWhileWaiting);
        var stored = Stored(drill).Questions;
        Assert.Equal(4, stored.Count);
        Assert.NotEqual("who", stored[0].Id);
        Assert.Equal(QuestionType.Who, stored[0].Question.Type);
    }
}
