using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>A run of paragraphs under one heading; the first section of most articles has none.</summary>
public sealed record Section(string? Heading, TextSpan? HeadingSpan, IReadOnlyList<Paragraph> Paragraphs);
