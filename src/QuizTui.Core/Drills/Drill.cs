using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>
/// A classroom drill: questions drawn from one or more articles, reviewed by a teacher, then printed or run live.
/// The questions carry their keys; what a student may see is <see cref="DrillQuestion.View"/>.
/// </summary>
/// <param name="Name">The teacher's name for it, unique in a store ("week-12").</param>
/// <param name="Articles">The articles the questions come from, with their credits.</param>
/// <param name="Questions">In the drill's order (the teacher's order; students may see it shuffled).</param>
/// <param name="Locked">Set by the teacher when the drill is ready: no more edits, students may take it.</param>
/// <example><c>DrillEditor.Drop(drill, id)</c> returns a new drill without that question; a drill is never changed in place.</example>
public sealed record Drill(
    string Name,
    DrillSettings Settings,
    IReadOnlyList<DrillArticle> Articles,
    IReadOnlyList<DrillQuestion> Questions,
    bool Locked,
    DateTimeOffset Created)
{
    /// <summary>The question with the id, or null.</summary>
    public DrillQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);

    /// <summary>The question numbered <paramref name="reference"/> (1-based, drill order), else the one with that id.</summary>
    public DrillQuestion? Resolve(string reference) =>
        int.TryParse(reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= Questions.Count
            ? Questions[n - 1]
            : Find(reference);

    /// <summary>The article a question comes from; null for a teacher's own question without an article.</summary>
    public DrillArticle? ArticleOf(DrillQuestion question) => Articles.FirstOrDefault(a => a.Hash == question.ArticleHash);

    /// <summary>Views of the questions without keys, for a student's process.</summary>
    public DrillPaper Paper() => new(Name, Settings, [.. Questions.Select(q => q.View)], Locked);

    /// <summary>The key of every question by id, as the grader needs it.</summary>
    public IReadOnlyDictionary<string, Question> Keys() => Questions.ToDictionary(q => q.Id, q => q.Question, StringComparer.Ordinal);
}
