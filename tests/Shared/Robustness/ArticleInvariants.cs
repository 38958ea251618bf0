using QuizTui.Core.Parsing;
using static QuizTui.Testing.Robustness.SpanChecks;

namespace QuizTui.Testing.Robustness;

/// <summary>What every parsed article must satisfy, whatever text it came from.</summary>
public static class ArticleInvariants
{
    public static void Check(Article article)
    {
        var text = article.Text;
        Require(article.Title is not null, "title is null");
        if (article.TitleSpan is { } title)
        {
            SlicesTo(text, title, article.Title!, "title");
        }

        foreach (var segment in new[] { article.Standfirst, article.Caption }.OfType<Segment>().Concat(article.Removed))
        {
            SlicesTo(text, segment.Span, segment.Text, $"segment ({segment.Reason})");
        }

        if (article.Dateline is { } dateline)
        {
            SlicesTo(text, dateline.Span, dateline.Text, "dateline");
        }

        InOrder(article.Paragraphs.Select(p => p.Span), allowOverlap: false, "paragraphs");
        InOrder(article.Sentences.Select(s => s.Span), allowOverlap: false, "sentences");
        Require(article.Paragraphs.SelectMany(p => p.Sentences).SequenceEqual(article.Sentences), "article sentences are not the paragraphs' sentences in order");
        Require(article.Sections.SelectMany(s => s.Paragraphs).SequenceEqual(article.Paragraphs), "sections do not hold the paragraphs in order");
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            CheckParagraph(text, article.Paragraphs[i], i);
        }

        foreach (var quote in article.Quotes)
        {
            SlicesTo(text, quote.Span, quote.Text, "quote");
            // The sentence is the one holding the opening mark, so the words may start right at its end.
            Require(quote.Sentence.Span.Start <= quote.Span.Start && quote.Span.Start <= quote.Sentence.Span.End, $"quote {quote.Span} does not open in its sentence {quote.Sentence.Span}");
        }
    }

    /// <summary>Sentences lie in their paragraph, in order, and together cover every visible character of it.</summary>
    private static void CheckParagraph(string text, Paragraph paragraph, int index)
    {
        SlicesTo(text, paragraph.Span, paragraph.Text, $"paragraph {index}");
        Require(paragraph.Index == index, $"paragraph {index} says index {paragraph.Index}");
        var covered = paragraph.Span.Start;
        foreach (var sentence in paragraph.Sentences)
        {
            SlicesTo(text, sentence.Span, sentence.Text, $"sentence in paragraph {index}");
            Require(paragraph.Span.Contains(sentence.Span), $"sentence {sentence.Span} outside paragraph {paragraph.Span}");
            Require(sentence.Paragraph == index, $"sentence {sentence.Span} says paragraph {sentence.Paragraph}, is in {index}");
            Require(sentence.Span.Length > 0, $"empty sentence at {sentence.Span.Start}");
            Require(IsBlank(text, covered, sentence.Span.Start), $"paragraph {index}: text between {covered} and {sentence.Span.Start} is in no sentence: \"{Short(text[covered..sentence.Span.Start])}\"");
            covered = sentence.Span.End;
        }

        Require(IsBlank(text, covered, paragraph.Span.End), $"paragraph {index}: its end from {covered} is in no sentence");
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
