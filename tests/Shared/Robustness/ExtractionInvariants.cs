using QuizTui.Core.Entities;
using QuizTui.Core.Quantities;
using QuizTui.Core.Times;
using static QuizTui.Testing.Robustness.SpanChecks;

namespace QuizTui.Testing.Robustness;

/// <summary>What every list of times and quantities must satisfy: spans slice back, in text order, values well formed.</summary>
public static class ExtractionInvariants
{
    public static void CheckTimes(string text, IReadOnlyList<TimeExpression> times)
    {
        foreach (var time in times)
        {
            SlicesTo(text, time.Span, time.Text, "time");
            Require(time.Span.Length > 0, $"empty time at {time.Span.Start}");
            Require(time.Value.Length > 0 && !time.Value.Any(char.IsWhiteSpace), $"time value \"{time.Value}\" is blank or has spaces");
        }

        InOrder(times.Select(t => t.Span), allowOverlap: false, "times");
    }

    public static void CheckMentions(Extraction extraction)
    {
        var article = extraction.Article;
        foreach (var mention in extraction.Mentions)
        {
            SlicesTo(article.Text, mention.Span, mention.Text, "mention");
            Require(mention.Span.Length > 0 && !string.IsNullOrWhiteSpace(mention.Entity), $"mention \"{Short(mention.Text)}\" is empty or has no entity");
            Require(!article.Removed.Any(r => r.Span.Overlaps(mention.Span)), $"mention \"{Short(mention.Text)}\" lies in removed furniture");
        }

        InOrder(extraction.Mentions.Select(m => m.Span), allowOverlap: false, "mentions");
        CheckTimes(article.Text, extraction.Times);
        CheckQuantities(article.Text, extraction.Quantities);
    }

    public static void CheckQuantities(string text, IReadOnlyList<Quantity> quantities)
    {
        foreach (var quantity in quantities)
        {
            SlicesTo(text, quantity.Span, quantity.Text, "quantity");
            Require(quantity.Span.Length > 0, $"empty quantity at {quantity.Span.Start}");
            Require(quantity.Unit is not null, $"quantity \"{quantity.Text}\" has no unit string");
        }

        InOrder(quantities.Select(q => q.Span), allowOverlap: false, "quantities");
    }
}
