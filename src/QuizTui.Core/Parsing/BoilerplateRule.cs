using System.Text.RegularExpressions;

namespace QuizTui.Core.Parsing;

/// <summary>One cue that marks a short line as site furniture rather than article text.</summary>
/// <param name="Name">The rule's name, reported as the reason a line was removed.</param>
/// <param name="Pattern">Matched against the line in lower case with straight apostrophes.</param>
/// <param name="MaxWords">Longer lines never match: a body paragraph is never furniture.</param>
/// <param name="EdgeOnly">Only at the start or end of the page (before the body or after it).</param>
public sealed record BoilerplateRule(string Name, Regex Pattern, int MaxWords, bool EdgeOnly = false);
