using QuizTui.Core.Text;

namespace QuizTui.Core.Quantities;

/// <summary>A number with what it counts: "over 70,000 lives" → 70000 lives.</summary>
/// <param name="Unit">The counted noun as written ("lives", "peacekeepers"), or "" when none follows.</param>
/// <param name="Mod">"MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE" ... or null.</param>
public sealed record Quantity(string Text, decimal Value, string Unit, TextSpan Span, string? Mod = null);
