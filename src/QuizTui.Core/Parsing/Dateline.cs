using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>The dateline that opens the body, such as "MOSCOW, Russia –".</summary>
/// <param name="Text">The dateline as written, without the dash.</param>
/// <param name="Place">The place in ordinary case, such as "Moscow, Russia".</param>
public sealed record Dateline(string Text, string Place, TextSpan Span);
