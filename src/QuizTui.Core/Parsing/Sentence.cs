using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>One sentence of a paragraph; <see cref="Text"/> equals <c>Span.Slice(article.Text)</c>.</summary>
/// <param name="Text">The sentence as it stands in the article.</param>
/// <param name="Span">Where it stands in <see cref="Article.Text"/>.</param>
/// <param name="Paragraph">Index of its paragraph in <see cref="Article.Paragraphs"/>.</param>
public sealed record Sentence(string Text, TextSpan Span, int Paragraph);
