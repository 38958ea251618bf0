using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>
/// The teacher's edits, as pure functions from a drill to a new drill. An edited question keeps its id, so its
/// answers and review history stay attached; a locked drill refuses every edit.
/// </summary>
/// <example><c>DrillEditor.Edit(drill, id, new QuestionEdit(Accept: ["Canberra", "the capital"]))</c></example>
public static class DrillEditor
{
    public static Drill Drop(Drill drill, string questionId) =>
        Change(drill, questionId, (list, i) => list.RemoveAt(i));

    /// <summary>Moves the question to <paramref name="position"/> (0-based, clamped).</summary>
    public static Drill Move(Drill drill, string questionId, int position) =>
        Change(drill, questionId, (list, i) =>
        {
            var question = list[i];
            list.RemoveAt(i);
            list.Insert(Math.Clamp(position, 0, list.Count), question);
        });

    /// <summary>Changes the prompt, answer, accepted forms or choices; the id stays.</summary>
    public static Drill Edit(Drill drill, string questionId, QuestionEdit edit) =>
        Change(drill, questionId, (list, i) =>
        {
            var old = list[i].Question;
            var answer = edit.Answer ?? old.Answer;
            var choices = edit.Choices ?? old.Choices;
            if (old.Format == QuestionFormat.MultipleChoice && !choices.Contains(answer, StringComparer.Ordinal))
            {
                // The key must stay among the options, in the place of the old key if there was one.
                var at = choices.ToList().IndexOf(old.Answer);
                choices = at >= 0 ? [.. choices.Select((c, k) => k == at ? answer : c)] : [.. choices, answer];
            }

            var question = old with { Prompt = edit.Prompt ?? old.Prompt, Answer = answer, Accept = edit.Accept ?? old.Accept, Choices = choices };
            list[i] = list[i] with { Question = question, Edited = true };
        });

    /// <summary>Replaces a question by another generated one (a new question, so a new id).</summary>
    public static Drill Replace(Drill drill, string questionId, DrillQuestion replacement) =>
        Change(drill, questionId, (list, i) => list[i] = replacement);

    /// <summary>Adds a question the teacher wrote, at the end; its id is derived from the drill and the prompt.</summary>
    public static Drill Add(Drill drill, OwnQuestion own)
    {
        EnsureUnlocked(drill);
        var id = "own-" + Progress.ContentHash.Of($"{drill.Name}\n{drill.Questions.Count}\n{own.Prompt}")[..16];
        var choices = own.Format switch
        {
            QuestionFormat.TrueFalse => ["True", "False"],
            QuestionFormat.MultipleChoice when !own.Choices.Contains(own.Answer, StringComparer.Ordinal) => [.. own.Choices, own.Answer],
            QuestionFormat.MultipleChoice => own.Choices,
            _ => (IReadOnlyList<string>)[],
        };
        var question = new Question(id, own.Type, own.Format, own.Prompt, own.Answer, own.Accept, choices, new Evidence(own.Evidence ?? "", default, default), 0.5);
        return drill with { Questions = [.. drill.Questions, new DrillQuestion(question, own.ArticleHash, Own: true)] };
    }

    public static Drill Lock(Drill drill) => drill with { Locked = true };

    private static Drill Change(Drill drill, string questionId, Action<List<DrillQuestion>, int> change)
    {
        EnsureUnlocked(drill);
        var list = drill.Questions.ToList();
        var index = list.FindIndex(q => q.Id == questionId);
        if (index < 0)
        {
            throw new ArgumentException($"no question {questionId} in drill {drill.Name}", nameof(questionId));
        }

        change(list, index);
        return drill with { Questions = list };
    }

    private static void EnsureUnlocked(Drill drill)
    {
        if (drill.Locked)
        {
            throw new InvalidOperationException($"drill {drill.Name} is locked; it can no longer be edited");
        }
    }
}
