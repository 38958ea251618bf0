namespace QuizTui.Core.Drills;

/// <summary>An article a drill uses: its text (so the drill is self-contained and a question can be regenerated) and its credit.</summary>
/// <param name="Hash">The content hash of <paramref name="Text"/> (<see cref="Progress.ContentHash"/>), as the progress store keys articles.</param>
/// <param name="Source">Where it came from (publication or URL), if known.</param>
/// <param name="Licence">Its licence, if known ("CC BY 2.5"), for the credit line of a printed quiz.</param>
public sealed record DrillArticle(string Hash, string Title, string? Source, string? Licence, string? Date, string Text);
