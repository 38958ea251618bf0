namespace QuizTui.Core.Drills;

/// <summary>
/// One student's graded drill with the keys, released to that student once the drill has ended: what the student may
/// keep and review (each answered question with its key, evidence and article, and the verdict after any ruling).
/// Built on the teacher's side; a student's process only ever reads its own.
/// </summary>
/// <param name="Drill">The drill's name.</param>
/// <param name="DrillCreated">When the drill was made: with the name, it tells two drills of one name apart.</param>
/// <param name="Items">The questions the student answered, in the drill's order.</param>
/// <example>
/// <c>DrillReview.For(drill, "sam", gradedAnswers)</c> → Sam's answered questions, each with its key and Sam's verdict;
/// <c>review.Missed</c> → the ones to come back for review.
/// </example>
public sealed record DrillReview(string Drill, DateTimeOffset DrillCreated, string Account, IReadOnlyList<DrillReviewItem> Items)
{
    public int Right => Items.Count(i => i.Answer.IsRight);

    public IReadOnlyList<DrillReviewItem> Missed => [.. Items.Where(i => !i.Answer.IsRight)];

    /// <summary>
    /// The review of <paramref name="account"/>'s graded answers. Ungraded answers and answers to questions the drill
    /// no longer has are left out; the articles' texts are not copied (the progress store keeps no text).
    /// </summary>
    public static DrillReview For(Drill drill, string account, IEnumerable<DrillAnswer> graded)
    {
        var own = graded.Where(a => a.Account == account && a.IsGraded).ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
        return new DrillReview(
            drill.Name,
            drill.Created,
            account,
            [.. drill.Questions
                .Where(q => own.ContainsKey(q.Id))
                .Select(q => new DrillReviewItem(q, drill.ArticleOf(q) is { } article ? article with { Text = string.Empty } : null, own[q.Id]))]);
    }
}
