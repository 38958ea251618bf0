using QuizTui.Core.Text;

namespace QuizTui.Core.Questions;

/// <summary>
/// A question's answer before formatting.
/// </summary>
/// <param name="Display">The key as a teacher writes it for a typed answer ("in March (2013)").</param>
/// <param name="Choice">The form shown among multiple choices ("March 2013").</param>
/// <param name="Value">What identifies the answer: entity name, TIMEX3 value, or number.</param>
/// <param name="Span">The answer's words in the article.</param>
/// <param name="Phrase">The words the statement form puts in the answer's place ("in March").</param>
/// <param name="Prefix">Words kept before a replaced date or number ("in", "over").</param>
internal sealed record AnswerKey(
    AnswerKind Kind,
    string Display,
    string Choice,
    string Value,
    IReadOnlyList<string> Accept,
    TextSpan Span,
    string Phrase,
    string Prefix = "");
