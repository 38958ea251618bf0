using System.Text.RegularExpressions;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Recognises a photo caption pasted with the article: it ends with a photo credit ("US State Department
/// photo/ Public Domain", "Photo: Reuters", "Getty Images"), or, before the body, opens with a label in
/// capitals ("ON AGENDA: SYRIA.").
/// </summary>
internal static partial class CaptionDetector
{
    public static bool IsCaption(string unit, bool beforeBody) =>
        Credit().IsMatch(unit) || (beforeBody && Label().IsMatch(unit) && !unit.EndsWith('?'));

    // The agency credit is atomic: its trailing spaces and the final \s* could share a long run of blanks (quadratic).
    [GeneratedRegex(
        @"(\b(photo|photograph|image|picture|pic)s?\s*(/|:|by\b|courtesy\b)[^.!?]{0,60}|\b(getty images|shutterstock|public domain|creative commons|afp photo|ap photo|reuters/(?>[\w ]+)|epa-efe|file photo))\)?\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^[A-Z][A-Z0-9 ,'’&-]{2,40}[:.] +\S")]
    private static partial Regex Label();
}
