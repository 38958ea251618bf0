namespace QuizTui.Core.Drills;

/// <summary>
/// The figures of a drill from its answers: the host's live view and the report are both this, so they agree.
/// Computed from the key-free paper and graded answers; pure.
/// </summary>
/// <param name="Students">Every student who joined, by account.</param>
/// <param name="Leaderboard">Students best first: by points, then right answers, then less time, then account.</param>
/// <param name="Pending">Answers not graded yet.</param>
public sealed record DrillResults(
    string Name,
    DrillSettings Settings,
    int QuestionCount,
    IReadOnlyList<StudentResult> Students,
    IReadOnlyList<QuestionResult> Questions,
    IReadOnlyList<StudentResult> Leaderboard,
    int TotalAnswers,
    int Pending)
{
    public static DrillResults Compute(DrillPaper paper, IReadOnlyList<DrillStudent> students, IReadOnlyList<DrillAnswer> answers)
    {
        var known = paper.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var kept = answers.Where(a => known.Contains(a.QuestionId)).ToList();
        var byStudent = kept.ToLookup(a => a.Account, StringComparer.Ordinal);
        var accounts = students.Select(s => s.Account).Concat(kept.Select(a => a.Account)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shown = students.ToDictionary(s => s.Account, s => s.Shown, StringComparer.Ordinal);
        var n = paper.Questions.Count;
        var standings = accounts.Select(account =>
        {
            var own = byStudent[account].ToList();
            var points = own.Sum(a => paper.Settings.SpeedPoints ? Drills.SpeedPoints.For(a.IsRight, a.Seconds, paper.Settings.TimeLimitSeconds) : a.IsRight ? Drills.SpeedPoints.Full : 0);
            return new StudentResult(account, shown.GetValueOrDefault(account, account), own.Count, own.Count(a => a.IsRight), points, own.Sum(a => a.Seconds), n);
        }).ToList();

        var questions = paper.Questions.Select((q, i) => Question(i + 1, q, kept.Where(a => a.QuestionId == q.Id).ToList(), standings)).ToList();
        var leaderboard = standings.OrderByDescending(s => s.Points).ThenByDescending(s => s.Right).ThenBy(s => s.Seconds).ThenBy(s => s.Account, StringComparer.Ordinal).ToList();
        return new DrillResults(paper.Name, paper.Settings, n, standings, questions, leaderboard, kept.Count, kept.Count(a => !a.IsGraded));
    }

    private static QuestionResult Question(int number, DrillQuestionView question, IReadOnlyList<DrillAnswer> answers, IReadOnlyList<StudentResult> standings)
    {
        var graded = answers.Where(a => a.IsGraded).ToList();
        var distribution = answers
            .GroupBy(a => a.Answer.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new ChoiceCount(g.First().Answer.Trim(), g.Count(), g.All(a => a.IsGraded) ? g.Any(a => a.IsRight) : null))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Answer, StringComparer.Ordinal)
            .ToList();
        var wrong = graded.Where(a => !a.IsRight && a.Answer.Trim().Length > 0)
            .GroupBy(a => a.Answer.Trim(), StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Answer.Trim())
            .FirstOrDefault();
        var right = answers.Where(a => a.IsRight).Select(a => a.Account).ToHashSet(StringComparer.Ordinal);
        var index = Discrimination.Index([.. standings.Select(s => ((double)s.Right, right.Contains(s.Account)))]);
        return new QuestionResult(number, question.Id, question.Prompt, answers.Count, graded.Count, graded.Count(a => a.IsRight), distribution, wrong, index);
    }
}
