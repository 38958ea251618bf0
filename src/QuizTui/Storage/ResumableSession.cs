namespace QuizTui.Storage;

/// <summary>An unfinished quiz on an article and what was already answered in it.</summary>
public sealed record ResumableSession(SessionRecord Session, IReadOnlyList<AttemptRecord> Attempts)
{
    /// <summary>Questions answered at least once in the session: the quiz goes on with the others.</summary>
    public IReadOnlySet<string> AnsweredQuestionIds { get; } = Attempts.Select(a => a.QuestionId).ToHashSet(StringComparer.Ordinal);
}
