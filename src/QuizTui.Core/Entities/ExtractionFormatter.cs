using System.Globalization;
using System.Text;
using Humanizer;
using QuizTui.Core.Parsing;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Core.Entities;

/// <summary>
/// The readable rendering of an extraction, shared by <c>quiztui extract</c>, the trainer and the
/// snapshots: people with their roles and mention counts, places, organisations, nationalities, other
/// names, a timeline of dates in order with the sentence each comes from, durations and sets, quantities.
/// </summary>
/// <example>
/// <code>
/// People (2)
///   John Kerry, U.S. Secretary of State: 5 mentions
///   Sergei Lavrov: 3 mentions (also "Sergey Lavrov")
/// Timeline (1)
///   7 May 2013 (Tuesday night, 2013-05-07TNI): "Kerry arrived in Moscow on Tuesday night."
/// </code>
/// </example>
public static class ExtractionFormatter
{
    private static readonly (MentionType Type, string Heading)[] Groups =
    [
        (MentionType.Person, "People"), (MentionType.Place, "Places"), (MentionType.Organization, "Organisations"),
        (MentionType.Nationality, "Nationalities"), (MentionType.Other, "Other names"),
    ];

    public static string Format(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var sb = new StringBuilder();
        foreach (var (type, heading) in Groups)
        {
            var entities = extraction.Mentions.Where(m => m.Type == type).GroupBy(m => m.Entity, StringComparer.Ordinal).ToList();
            Heading(sb, heading, entities.Count);
            foreach (var entity in entities)
            {
                var role = entity.Select(m => m.Role).FirstOrDefault(r => r is not null);
                // A nationality is shown as written, with the country it was linked to.
                var name = type == MentionType.Nationality
                    ? $"{entity.GroupBy(m => m.Text).OrderByDescending(g => g.Count()).First().Key} ({entity.Key})"
                    : entity.Key;
                var variants = entity.Select(m => m.Text).Where(t => t != entity.Key && !name.StartsWith(t + " (", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
                sb.Append("  ").Append(OneLine(name));
                sb.Append(role is null ? "" : ", " + OneLine(role));
                sb.Append(": ").Append("mention".ToQuantity(entity.Count()));
                sb.Append(variants.Count == 0 ? "" : $" (as {variants.Select(v => $"\"{OneLine(v)}\"").Humanize()})");
                sb.Append('\n');
            }
        }

        Timeline(sb, extraction);
        var spans = extraction.Times.Where(t => t.Type is TimeType.Duration or TimeType.Set).ToList();
        Heading(sb, "Durations and sets", spans.Count);
        spans.ForEach(t => sb.Append("  ").Append(OneLine(t.Text)).Append(" (").Append(t.Value).Append(t.Mod is null ? "" : ", " + t.Mod).Append(")\n"));
        Heading(sb, "Quantities", extraction.Quantities.Count);
        foreach (var q in extraction.Quantities)
        {
            sb.Append("  ").Append(OneLine(q.Text)).Append(" → ").Append(q.Value.ToString(CultureInfo.InvariantCulture));
            sb.Append(q.Unit.Length > 0 ? " " + q.Unit : "").Append(q.Mod is null ? "" : $" ({q.Mod})").Append('\n');
        }

        return sb.ToString();
    }

    private static void Timeline(StringBuilder sb, Extraction extraction)
    {
        var dates = extraction.Times.Where(t => t.Type is TimeType.Date or TimeType.Time)
            .OrderBy(t => t.Value, StringComparer.Ordinal)
            .ThenBy(t => t.Span.Start)
            .ToList();
        Heading(sb, "Timeline", dates.Count);
        foreach (var time in dates)
        {
            sb.Append("  ").Append(When(time.Value)).Append(" (").Append(OneLine(time.Text)).Append(", ").Append(time.Value).Append("): ");
            sb.Append('"').Append(OneLine(SentenceOf(extraction.Article, time.Span))).Append("\"\n");
        }
    }

    /// <summary>A full date in words ("7 May 2013"), a month as "June 2012"; any other value as it is.</summary>
    private static string When(string value)
    {
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToOrdinalWords();
        }

        return value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : value;
    }

    private static string SentenceOf(Article article, TextSpan span) =>
        article.Sentences.FirstOrDefault(s => s.Span.Contains(span))?.Text
        ?? ArticleRegions.Of(article).Select(r => r.Span).FirstOrDefault(r => r.Contains(span)).Slice(article.Text);

    private static void Heading(StringBuilder sb, string heading, int count)
    {
        sb.Append(sb.Length == 0 ? "" : "\n").Append(heading).Append(count == 0 ? ": none\n" : $" ({count})\n");
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
