namespace QuizTui.Core.Drills;

/// <summary>
/// The discrimination index of a question: the share of the top third of students (by total score) who got it right,
/// minus the share of the bottom third. Near 1: it separates strong from weak readers; near 0 or below: it does not
/// (or its key is wrong).
/// </summary>
/// <example>
/// Six students ranked by score, right on the question: top two yes, yes; bottom two no, no → 1.0.
/// </example>
public static class Discrimination
{
    /// <summary>
    /// The index for one question, given every student's total score and whether they got the question right
    /// (unanswered counts as not right). Null with fewer than three students (no thirds to compare).
    /// Ties at the cut are broken by the order given, which callers make stable (by account).
    /// </summary>
    public static double? Index(IReadOnlyList<(double Total, bool Right)> students)
    {
        var group = students.Count / 3;
        if (group == 0)
        {
            return null;
        }

        var ranked = students.Select((s, i) => (s.Total, s.Right, Index: i)).OrderByDescending(s => s.Total).ThenBy(s => s.Index).ToList();
        var top = ranked.Take(group).Count(s => s.Right);
        var bottom = ranked.Skip(ranked.Count - group).Count(s => s.Right);
        return (top - bottom) / (double)group;
    }
}
