using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>A body paragraph and its sentences.</summary>
/// <param name="Index">Position among all body paragraphs of the article, from 0.</param>
public sealed record Paragraph(int Index, string Text, TextSpan Span, IReadOnlyList<Sentence> Sentences);
