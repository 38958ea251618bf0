using QuizTui.Core.Text;

namespace QuizTui.Core.Questions;

/// <summary>The sentence a question is answered from, and where the answer stands in it.</summary>
/// <param name="Span">The sentence's place in the article's text.</param>
/// <param name="AnswerSpan">The answer's place in the article's text, inside <paramref name="Span"/>.</param>
public sealed record Evidence(string Text, TextSpan Span, TextSpan AnswerSpan);
