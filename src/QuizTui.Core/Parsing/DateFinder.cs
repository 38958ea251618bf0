using System.Text.RegularExpressions;
using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>Finds a full calendar date ("Saturday, September 12, 2015", "7 May 2013", "2013-05-07") in a line.</summary>
internal static partial class DateFinder
{
    private const string Month =
        "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    public static (DateOnly Date, TextSpan Span)? Find(string text, int start, int end)
    {
        var slice = text[start..end];
        foreach (var regex in new[] { MonthFirst(), DayFirst(), Iso() })
        {
            foreach (Match match in regex.Matches(slice))
            {
                if (TryDate(match, out var date))
                {
                    return (date, new TextSpan(start + match.Index, start + match.Index + match.Length));
                }
            }
        }

        return null;
    }

    private static bool TryDate(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["year"].ValueSpan);
        var day = int.Parse(match.Groups["day"].ValueSpan);
        var month = match.Groups["month"].Value is { Length: > 0 } name && !char.IsAsciiDigit(name[0])
            ? MonthNumber(name)
            : int.Parse(match.Groups["month"].ValueSpan);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, "Dec" => 12,
        _ => 0,
    };

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:1[89]|20)[0-9][0-9])\b")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<year>(?:1[89]|20)[0-9][0-9])\b")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<year>(?:1[89]|20)[0-9][0-9])-(?<month>[0-9][0-9])-(?<day>[0-9][0-9])\b")]
    private static partial Regex Iso();
}
