using System.Globalization;
using System.Text;
using Humanizer;

namespace QuizTui.Core.Summaries;

/// <summary>
/// The readable rendering of a summary and its key facts, shared by <c>quiztui summarize</c>, the
/// trainer and the snapshots. Paragraph numbers count from 1; offsets are UTF-16, end exclusive.
/// </summary>
/// <example>
/// <code>
/// Headline: Russia and the United States have agreed to push both sides in Syria ...
///
/// Summary (2 sentences, 61 words):
///   [¶1 403-612] After months of sharp differences, ...
///
/// Key facts:
///   Who:   John Kerry, US Secretary of State (mentioned 9 times)
///   When:  Tuesday, May 7, 2013 (“Tuesday night”)
/// </code>
/// </example>
public static class SummaryFormatter
{
    public static string Format(Summary summary, KeyFacts? facts = null)
    {
        var sb = new StringBuilder();
        sb.Append("Headline: ").Append(summary.Headline is { } headline ? OneLine(headline.Text) : "(empty article)").Append("\n\n");
        var words = summary.Sentences.Sum(s => WordCounter.Count(s.Text));
        sb.Append("Summary (").Append("sentence".ToQuantity(summary.Sentences.Count)).Append(", ").Append("word".ToQuantity(words)).Append("):\n");
        foreach (var sentence in summary.Sentences)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  [¶{sentence.Paragraph + 1} {sentence.Span.Start}-{sentence.Span.End}] ").Append(OneLine(sentence.Text)).Append('\n');
        }

        if (facts is not null)
        {
            sb.Append("\nKey facts:\n");
            Lines(sb, "Who", facts.Who.Select(p => (p.Role is null ? p.Name : $"{p.Name}, {OneLine(p.Role)}") + $" (mentioned {Times(p.Mentions)})"));
            Lines(sb, "What", facts.What is null ? [] : [OneLine(facts.What)]);
            Lines(sb, "Where", facts.Where.Count == 0 ? [] : [string.Join(", ", facts.Where)]);
            Lines(sb, "When", facts.When.Select(d => $"{DisplayDate(d.Value)} (“{OneLine(d.Text)}”)"));
        }

        return sb.ToString();
    }

    /// <summary>A resolved date for people: "2013-05-07" → "Tuesday, May 7, 2013"; "2013-05" → "May 2013".</summary>
    public static string DisplayDate(string value)
    {
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            return day.ToString("dddd, MMMM d, yyyy", culture);
        }

        return DateOnly.TryParseExact(value, "yyyy-MM", culture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", culture)
            : value;
    }

    private static void Lines(StringBuilder sb, string label, IEnumerable<string> values)
    {
        var first = true;
        foreach (var value in values)
        {
            sb.Append(first ? $"  {label + ":",-7}" : new string(' ', 9)).Append(value).Append('\n');
            first = false;
        }

        if (first)
        {
            sb.Append($"  {label + ":",-7}").Append("(none found)\n");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>"once", "twice", "3 times": how a teacher says it (Humanizer's ToQuantity gives "1 time").</summary>
    private static string Times(int count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => "time".ToQuantity(count),
    };
}
