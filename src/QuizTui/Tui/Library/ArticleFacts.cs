using System.Globalization;
using Humanizer;
using QuizTui.Core.Parsing;

namespace QuizTui.Tui.Library;

/// <summary>The facts a library row shows about an article, in words.</summary>
internal static class ArticleFacts
{
    /// <summary>Silent reading speed of adults for non-fiction (Brysbaert 2019, 238 words a minute).</summary>
    private const double WordsPerMinute = 238;

    /// <summary>"812 words, about 3 minutes".</summary>
    public static string Length(int words)
    {
        var minutes = Math.Max(1, (int)Math.Round(words / WordsPerMinute, MidpointRounding.AwayFromZero));
        return $"{"word".ToQuantity(words)}, about {TimeSpan.FromMinutes(minutes).Humanize(culture: CultureInfo.InvariantCulture)}";
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Agence France-Presse · 7 May 2013 · 812 words, about 3 minutes", leaving out what is unknown.</summary>
    public static string Line(Article article)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(article.Source))
        {
            parts.Add(article.Source);
        }

        if (article.Date is { } date)
        {
            parts.Add(Date(date));
        }

        parts.Add(Length(article.WordCount));
        return string.Join(" · ", parts);
    }
}
