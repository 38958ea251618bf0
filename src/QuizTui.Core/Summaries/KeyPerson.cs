namespace QuizTui.Core.Summaries;

/// <summary>A main person of the article.</summary>
/// <param name="Name">The canonical name ("John Kerry").</param>
/// <param name="Role">The role the article gives ("US Secretary of State"), or null.</param>
/// <param name="Mentions">How often the article mentions them.</param>
public sealed record KeyPerson(string Name, string? Role, int Mentions);
