using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>A drill's question: the generated (or teacher-written) question with its key, and where it came from.</summary>
/// <param name="ArticleHash">The article it is about; null for a teacher's own question on no particular article.</param>
/// <param name="Own">Written by the teacher rather than generated.</param>
/// <param name="Edited">Changed by the teacher after generation (it keeps its id, so its history stays attached).</param>
/// <param name="Ruled">Answers the teacher accepted for everyone after the drill ("Canberra is right too").</param>
public sealed record DrillQuestion(Question Question, string? ArticleHash, bool Own = false, bool Edited = false, IReadOnlyList<string>? Ruled = null)
{
    public IReadOnlyList<string> AcceptedLater => Ruled ?? [];

    public string Id => Question.Id;

    /// <summary>What a student's process may hold: no answer, accepted forms or evidence.</summary>
    public DrillQuestionView View => new(Id, Question.Type, Question.Format, Question.Prompt, Question.Choices, ArticleHash);
}
