using QuizTui.Core.Text;

namespace QuizTui.Core.Times;

/// <summary>A time expression with its TIMEX3 value resolved against the article's reference date.</summary>
/// <param name="Value">TIMEX3 value: "2013-05-07", "2013-05-07TNI", "P2M", "PRESENT_REF", "XXXX-XX-XX".</param>
/// <param name="Mod">TIMEX3 mod such as "MORE_THAN", "START", "END", or null.</param>
public sealed record TimeExpression(string Text, TimeType Type, string Value, string? Mod, TextSpan Span);
