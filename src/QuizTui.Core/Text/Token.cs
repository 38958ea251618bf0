namespace QuizTui.Core.Text;

/// <summary>A word or punctuation mark and where it stands in the text.</summary>
public readonly record struct Token(string Text, TextSpan Span);
