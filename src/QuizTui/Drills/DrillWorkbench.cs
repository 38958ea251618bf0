using QuizTui.Core.Drills;

namespace QuizTui.Drills;

/// <summary>
/// The teacher's editing operations against a store (what the drill editor calls): each loads the drill, applies a pure
/// <see cref="DrillEditor"/> edit and saves it. Edited questions keep their ids. A locked drill refuses edits
/// (<see cref="InvalidOperationException"/>) but still takes rulings (<see cref="Accept"/>).
/// </summary>
public sealed class DrillWorkbench(IDrillStore store)
{
    public Drill Load(string name) => store.LoadDrill(name) ?? throw new KeyNotFoundException($"no drill named {name}");

    public Drill Drop(string name, string questionId) => Save(DrillEditor.Drop(Load(name), questionId));

    public Drill Move(string name, string questionId, int position) => Save(DrillEditor.Move(Load(name), questionId, position));

    public Drill Edit(string name, string questionId, QuestionEdit edit) => Save(DrillEditor.Edit(Load(name), questionId, edit));

    public Drill Regenerate(string name, string questionId, int seed) => Save(DrillBuilder.Regenerate(Load(name), questionId, seed));

    public Drill Add(string name, OwnQuestion question) => Save(DrillEditor.Add(Load(name), question));

    public Drill Lock(string name) => Save(DrillEditor.Lock(Load(name)));

    /// <summary>
    /// Accepts <paramref name="answer"/> for everyone on the question (by number or id): the drill keeps the ruling,
    /// every answer to the question is graded again, and so the report, the scores and the schedules follow (an ended
    /// drill's released reviews are published again, so the students' next <c>drill sync</c> brings the ruling home).
    /// Returns the number of answers whose verdict changed.
    /// </summary>
    public int Accept(string name, string questionReference, string answer)
    {
        var drill = Load(name);
        var question = drill.Resolve(questionReference) ?? throw new KeyNotFoundException($"drill {name} has no question {questionReference}");
        drill = Save(DrillGrading.Accept(drill, question.Id, answer));
        DrillGrader.GradePending(store, drill);
        var changed = DrillGrader.Regrade(store, drill, question.Id);
        DrillRelease.Publish(store, drill);
        return changed;
    }

    private Drill Save(Drill drill)
    {
        store.SaveDrill(drill);
        return drill;
    }
}
