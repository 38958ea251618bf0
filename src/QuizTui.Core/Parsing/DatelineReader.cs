using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Reads the dateline that opens a wire story: a place in capitals, optionally a region, a date and an
/// agency in brackets, then a dash or colon: "MOSCOW, Russia –", "WASHINGTON, Jan. 5, 2013 (Reuters) -".
/// </summary>
internal static partial class DatelineReader
{
    /// <summary>The dateline, where the body text after it starts, its date and agency if it names them.</summary>
    public static (Dateline Dateline, int BodyStart, DateOnly? Date, string? Agency)? Read(string text, TextSpan paragraph)
    {
        var window = Math.Min(paragraph.Length, 160);
        var match = Pattern().Match(text, paragraph.Start, window);
        if (!match.Success || match.Index != paragraph.Start)
        {
            match = MixedCase().Match(text, paragraph.Start, window);
        }

        if (!match.Success || match.Index != paragraph.Start)
        {
            return null;
        }

        var head = match.Groups["head"];
        var span = new TextSpan(head.Index, head.Index + head.Length);
        var place = Ordinary(match.Groups["city"].Value);
        if (match.Groups["region"].Success)
        {
            place += ", " + Ordinary(match.Groups["region"].Value);
        }

        var date = match.Groups["date"].Success ? DateFinder.Find(text, match.Groups["date"].Index, match.Groups["date"].Index + match.Groups["date"].Length)?.Date : null;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value : null;
        return (new Dateline(span.Slice(text), place, span), match.Index + match.Length, date, agency);
    }

    /// <summary>"MOSCOW" → "Moscow", "NEW YORK" → "New York"; mixed-case words stay as written.</summary>
    private static string Ordinary(string place)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 1 && words[i].All(c => !char.IsLower(c)))
            {
                words[i] = words[i][0] + words[i][1..].ToLower(CultureInfo.InvariantCulture);
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(
        @"(?<head>(?<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, (?<region>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}))??" +
        @"(?:,? (?<date>[A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})?))?(?: \((?<agency>[A-Za-z][A-Za-z .&-]{1,30})\))?)\s*(?:[–—]|--?|:)\s+(?=\S)")]
    private static partial Regex Pattern();

    /// <summary>"Taipei, Taiwan — ": in ordinary case only with a region and a long dash, so prose does not match.</summary>
    [GeneratedRegex(@"(?<head>(?<city>[A-Z][a-z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]+){0,2}), (?<region>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}))\s*(?:[–—]|--)\s+(?=[A-Z“""])")]
    private static partial Regex MixedCase();
}
