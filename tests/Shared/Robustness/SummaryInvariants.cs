using QuizTui.Core.Parsing;
using QuizTui.Core.Summaries;
using static QuizTui.Testing.Robustness.SpanChecks;

namespace QuizTui.Testing.Robustness;

/// <summary>A summary is made of the article's own sentences, in article order, within its budget.</summary>
public static class SummaryInvariants
{
    public static void Check(Article article, Summary summary, int maxSentences)
    {
        var text = article.Text;
        Require(summary.Sentences.Count <= maxSentences, $"summary has {summary.Sentences.Count} sentences, budget {maxSentences}");
        Require(article.Sentences.Count == 0 || summary.Headline is not null, "an article with sentences has no headline sentence");
        foreach (var sentence in summary.Headline is null ? summary.Sentences : summary.Sentences.Append(summary.Headline))
        {
            SlicesTo(text, sentence.Span, sentence.Text, "summary sentence");
            Require(sentence.Index >= 0 && sentence.Index < article.Sentences.Count && article.Sentences[sentence.Index].Span == sentence.Span, $"summary sentence {sentence.Span} is not article sentence {sentence.Index}");
            Require(article.Sentences[sentence.Index].Paragraph == sentence.Paragraph, $"summary sentence {sentence.Span} names paragraph {sentence.Paragraph}");
        }

        InOrder(summary.Sentences.Select(s => s.Span), allowOverlap: false, "summary sentences");
    }
}
