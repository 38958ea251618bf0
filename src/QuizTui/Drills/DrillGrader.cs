using QuizTui.Core.Drills;
using QuizTui.Core.Scheduling;

namespace QuizTui.Drills;

/// <summary>The teacher side's grading against a store: pending answers as they arrive, and every answer again after a ruling.</summary>
internal static class DrillGrader
{
    /// <summary>Grades the ungraded answers and stores the verdicts; returns all the drill's answers, graded.</summary>
    public static IReadOnlyList<DrillAnswer> GradePending(IDrillStore store, Drill drill)
    {
        var answers = store.Answers(drill.Name);
        var pending = answers.Where(a => !a.IsGraded).ToList();
        if (pending.Count == 0)
        {
            return answers;
        }

        var graded = pending.Select(a => drill.Find(a.QuestionId) is { } q ? DrillGrading.Grade(q, a) : a).Where(a => a.IsGraded).ToList();
        store.SaveGrades(drill.Name, graded);
        var byKey = graded.ToDictionary(a => (a.Account, a.QuestionId));
        return [.. answers.Select(a => byKey.GetValueOrDefault((a.Account, a.QuestionId), a))];
    }

    /// <summary>Grades every answer to the question again (after the teacher accepted an answer), storing changed verdicts.</summary>
    public static int Regrade(IDrillStore store, Drill drill, string questionId)
    {
        var question = drill.Find(questionId)!;
        var changed = store.Answers(drill.Name)
            .Where(a => a.QuestionId == questionId)
            .Select(a => (Old: a, New: DrillGrading.Grade(question, a)))
            .Where(p => p.Old.Result != p.New.Result || p.Old.Accepted != p.New.Accepted)
            .Select(p => p.New)
            .ToList();
        store.SaveGrades(drill.Name, changed);
        return changed.Count;
    }

    public static IReadOnlyList<(string Account, string QuestionId, ReviewCard Card)> Schedules(IDrillStore store, Drill drill, FsrsScheduler scheduler) =>
        [.. GradePending(store, drill)
            .Where(a => a.IsGraded && drill.Find(a.QuestionId) is not null)
            .Select(a => (a.Account, a.QuestionId, DrillGrading.Card(drill.Find(a.QuestionId)!, a, scheduler)))];
}
