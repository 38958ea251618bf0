namespace QuizTui.Core.Drills;

/// <summary>A student who joined a drill.</summary>
/// <param name="Account">Who they are to the store: the operating-system account (SQLite) or the database role (PostgreSQL); the record's key.</param>
/// <param name="DisplayName">What the class sees, if they chose one; it never identifies them, so it cannot take over another record.</param>
public sealed record DrillStudent(string Account, string? DisplayName, DateTimeOffset Joined)
{
    public string Shown => string.IsNullOrWhiteSpace(DisplayName) ? Account : DisplayName;
}
