using QuizTui.Core.Text;

namespace QuizTui.Core.Summaries;

/// <summary>A sentence of the article used in a summary, with its place in the article.</summary>
/// <param name="Text">The sentence as the article has it.</param>
/// <param name="Span">Its offsets in <c>Article.Text</c>.</param>
/// <param name="Paragraph">Index of its paragraph in <c>Article.Paragraphs</c>.</param>
/// <param name="Index">Index of the sentence in <c>Article.Sentences</c>.</param>
public sealed record SummarySentence(string Text, TextSpan Span, int Paragraph, int Index);
