using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>A quotation in the body and who the sentence says spoke it.</summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Speaker">The speaker as the sentence names them ("Kerry", "Lavrov"), or null.</param>
/// <param name="Span">The quoted words' place in the article (marks excluded).</param>
/// <param name="Sentence">The sentence that holds the quotation.</param>
public sealed record Quote(string Text, string? Speaker, TextSpan Span, Sentence Sentence);
