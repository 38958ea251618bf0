using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>A piece of the article's text outside the body: a caption, a standfirst, a removed line.</summary>
/// <param name="Reason">Why it was set apart (for removed lines: the boilerplate rule that matched).</param>
public sealed record Segment(string Text, TextSpan Span, string? Reason = null);
