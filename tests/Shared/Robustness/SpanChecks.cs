using QuizTui.Core.Text;

namespace QuizTui.Testing.Robustness;

/// <summary>Checks shared by every stage: a span lies inside the text and slices back to the text reported with it.</summary>
public static class SpanChecks
{
    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvariantException(what);
        }
    }

    public static void Inside(string text, TextSpan span, string what) =>
        Require(span.Start >= 0 && span.Start <= span.End && span.End <= text.Length, $"{what}: span {span} outside text of length {text.Length}");

    public static void SlicesTo(string text, TextSpan span, string reported, string what)
    {
        Inside(text, span, what);
        Require(string.Equals(span.Slice(text), reported, StringComparison.Ordinal), $"{what}: span {span} slices to \"{Short(span.Slice(text))}\", reported \"{Short(reported)}\"");
    }

    public static void InOrder(IEnumerable<TextSpan> spans, bool allowOverlap, string what)
    {
        var previous = new TextSpan(0, 0);
        foreach (var span in spans)
        {
            Require(span.Start >= previous.Start, $"{what}: {span} starts before {previous}");
            Require(allowOverlap || span.Start >= previous.End, $"{what}: {span} overlaps {previous}");
            previous = span;
        }
    }

    public static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
