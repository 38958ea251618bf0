using System.Text.RegularExpressions;

namespace QuizTui.Core.Parsing;

/// <summary>Lines between the headline and the body: source and date lines, bylines, agency names.</summary>
internal static partial class HeaderLines
{
    /// <summary>"Source: Wikinews, Saturday, September 12, 2015" → the source name ("Wikinews") and the rest.</summary>
    public static Match SourceLine(string unit) => SourceLinePattern().Match(unit);

    /// <summary>"By Jane Smith" → "Jane Smith".</summary>
    public static string? Byline(string unit, int words)
    {
        var match = BylinePattern().Match(unit);
        return match.Success && words <= 12 ? match.Groups["name"].Value.Trim() : null;
    }

    /// <summary>A short line naming a news agency or publication ("Agence France-Presse", "Reuters").</summary>
    public static bool IsAgency(string unit, int words) =>
        words <= 6 && CapitalisedWords().IsMatch(unit) && AgencyPattern().IsMatch(unit);

    [GeneratedRegex(@"^(?:Source|Published|Posted|Updated|Last updated|First published|Date|Dated)\s*[:–-]\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLinePattern();

    [GeneratedRegex(@"^By\s+(?<name>[A-Z][\p{L}.'’-]+(?:,?\s+(?:and\s+)?[\p{L}.'’-]+){0,8})$")]
    private static partial Regex BylinePattern();

    // Words end at whitespace or the end, so a long capitalised run has one reading (an optional separator
    // let "AAAA…A1" split 1-6 ways at every letter: catastrophic backtracking).
    [GeneratedRegex(@"^(?>[\p{Lu}][\p{L}.&'’-]*(?:\s+|$)){1,6}$")]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(@"\b(?:Agence|Agency|Press|Presse|News|Reuters|AFP|AP|Associated|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|TASS|UPI|Wikinews|BBC|CNN|Times|Post|Herald|Tribune|Journal|Guardian|Telegraph|Gazette|Wire|Newswire|Rappler)\b")]
    private static partial Regex AgencyPattern();
}
