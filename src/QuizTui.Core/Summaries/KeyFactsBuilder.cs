using System.Text.RegularExpressions;
using QuizTui.Core.Entities;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Core.Summaries;

/// <summary>
/// Builds <see cref="KeyFacts"/> from an article's extraction and its summary. Entities are ranked by
/// how often the article mentions them, with extra weight for mentions inside the summary and early
/// in the article, so the people and places the story is about come before passing references.
/// </summary>
/// <example>
/// <c>KeyFactsBuilder.Build(extraction, summary).Who[0]</c> → <c>KeyPerson("John Kerry", "US Secretary of State", 9)</c>
/// </example>
public static partial class KeyFactsBuilder
{
    private const int MaxPeople = 4;
    private const int MaxPlaces = 4;
    private const int MaxDates = 3;

    public static KeyFacts Build(Extraction extraction, Summary summary)
    {
        var spans = summary.Sentences.Select(s => s.Span).Append(summary.Headline?.Span ?? default).ToList();
        var length = Math.Max(1, extraction.Article.Text.Length);
        var dateline = extraction.Article.Dateline?.Span;

        // The dateline names where the story happens, so its place outranks passing references.
        double Weight(TextSpan span) => 1 + (spans.Any(s => s.Contains(span)) ? 1 : 0) + (0.5 * (1 - (span.Start / (double)length)))
            + (dateline is { } d && d.Contains(span) ? 3 : 0);

        var people = extraction.Mentions
            .Where(m => m.Type == MentionType.Person)
            .GroupBy(m => m.Entity)
            .Select(g => (Person: new KeyPerson(g.Key, g.Select(m => m.Role).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)), g.Count()), Score: g.Sum(m => Weight(m.Span))))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Person.Name, StringComparer.Ordinal)
            .Take(MaxPeople)
            .Where((p, i) => i == 0 || p.Person.Mentions > 1)
            .Select(p => p.Person)
            .ToList();

        var places = extraction.Mentions
            .Where(m => m.Type == MentionType.Place)
            .GroupBy(m => m.Entity)
            .Select(g => (Name: g.Key, Count: g.Count(), Score: g.Sum(m => Weight(m.Span))))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(MaxPlaces)
            .Where((p, i) => i == 0 || p.Count > 1)
            .Select(p => p.Name)
            .ToList();

        var dates = TimesOf(extraction)
            .Where(t => t.Type is TimeType.Date or TimeType.Time)
            .Select(t => (Time: t, Value: CalendarValue(t.Value)))
            .Where(t => t.Value is not null)
            .GroupBy(t => t.Value!)
            .Select(g => (Date: new KeyDate(g.Key, MostSpecific(g.Select(t => t.Time)).Text, g.Count()), Score: g.Sum(t => Weight(t.Time.Span))))

            // A day is the main "when" of a news story; bare months and years come after any day.
            .OrderByDescending(d => d.Date.Value.Length)
            .ThenByDescending(d => d.Score)
            .ThenBy(d => d.Date.Value, StringComparer.Ordinal)
            .Take(MaxDates)
            .Select(d => d.Date)
            .ToList();

        return new KeyFacts(people, summary.Headline?.Text, places, dates);
    }

    /// <summary>The extraction's time expressions; an extraction made without them gets the body's from the time tagger.</summary>
    private static IReadOnlyList<TimeExpression> TimesOf(Extraction extraction)
    {
        if (extraction.Times.Count > 0)
        {
            return extraction.Times;
        }

        var article = extraction.Article;
        return TimeTagger.Default.Find(article.Text, [.. article.Sentences.Select(s => s.Span)], article.Date);
    }

    /// <summary>The calendar part of a TIMEX3 value ("2013-05-07TNI" → "2013-05-07"), or null when unresolved.</summary>
    private static string? CalendarValue(string value)
    {
        var match = CalendarDate().Match(value);
        return match.Success ? match.Value : null;
    }

    /// <summary>How the article first names the date with a day or month word ("Tuesday night" rather than "midnight").</summary>
    private static TimeExpression MostSpecific(IEnumerable<TimeExpression> times) =>
        times.OrderByDescending(t => CalendarWord().IsMatch(t.Text)).ThenBy(t => t.Span.Start).First();

    [GeneratedRegex(@"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarWord();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDate();
}
