using QuizTui.Core.Text;

namespace QuizTui.Core.Entities.Linking;

/// <summary>One tagged piece of the text (title, caption, a body sentence ...) with its tokens.</summary>
/// <param name="InBody">Whether it is body text, which decides the preferred spelling of a name.</param>
internal sealed record TextRegion(TextSpan Span, IReadOnlyList<Token> Tokens, bool InBody);
