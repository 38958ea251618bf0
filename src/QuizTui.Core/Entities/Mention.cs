using QuizTui.Core.Text;

namespace QuizTui.Core.Entities;

/// <summary>One place in the text that names a person, place, organisation or nationality.</summary>
/// <param name="Text">The words as written ("Kerry").</param>
/// <param name="Entity">The entity's canonical name, shared by all its mentions ("John Kerry").</param>
/// <param name="Role">The role or title the text gives the entity ("U.S. Secretary of State"), if any.</param>
public sealed record Mention(string Text, MentionType Type, TextSpan Span, string Entity, string? Role = null);
