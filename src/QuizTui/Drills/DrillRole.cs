namespace QuizTui.Drills;

/// <summary>Which side opened a drill store.</summary>
public enum DrillRole
{
    /// <summary>Owns drills and keys; grades, hosts and reports.</summary>
    Teacher,

    /// <summary>Reads questions (never keys), joins, answers, sees only their own answers.</summary>
    Student,
}
