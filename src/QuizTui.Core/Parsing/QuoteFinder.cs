namespace QuizTui.Core.Parsing;

/// <summary>Finds quotations and their speakers in body sentences.</summary>
internal static class QuoteFinder
{
    public static IReadOnlyList<Quote> Find(string text, IReadOnlyList<Paragraph> paragraphs) => [];
}
