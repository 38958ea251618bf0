using System.Text.RegularExpressions;

namespace QuizTui.Core.Parsing;

/// <summary>
/// The catalogue of furniture cues: calls to action, comment and sorting widgets, share and app
/// promotions, AI and cookie notices, photo credits, navigation. General phrasings, not one site's lines.
/// </summary>
/// <example><c>BoilerplateRules.Match("Add a comment", atEdge: true)?.Name</c> → <c>"comment-widget"</c></example>
public static class BoilerplateRules
{
    // Linear-time matching: lines are short in words but a single "word" can be megabytes long, and several
    // rules have ".*" between alternatives.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>All rules, tried in order.</summary>
    public static IReadOnlyList<BoilerplateRule> All { get; } =
    [
        Rule("no-words", @"^[^\p{L}\p{N}]*$", 10),
        Rule("ai-notice", @"\b(ai[- ]generated|generated (by|with|using) ai|(with|by|using) ai\b|artificial intelligence)", 30),
        Rule("cookie-notice", @"\bcookies?\b.*\b(accept|consent|polic(y|ies)|settings|preferences|use|uses|we use)\b|\b(accept|reject|manage)( all)? cookies\b", 40),
        Rule("comment-widget", @"\b(add|post|leave|write|view|show|hide|load|read|see) (a |your |all |more |the |\d+ )?comments?\b|\bno comments( yet)?\b|\bfirst to comment\b|\bstart the conversation\b|^(\d+ )?comments?( \(\d+\))?$", 15),
        Rule("sort-widget", @"^(sort(ed)? by|order by|show)\b.{0,30}$|^(newest|oldest|most (popular|recent|liked)|top comments|best)( first)?$", 6),
        Rule("app-promotion", @"\b(download|get|install|try) (the|our|a) (free )?[\w' -]{0,30}\bapps?\b|\bapp store\b|\bgoogle play\b", 15),
        Rule("share-promotion", @"^(share|tweet|email|e-mail|print|copy link|share (this|on|via)\b.*)$|\bfollow us (on|at)\b|^share (this )?(article|story|page)\b", 12),
        Rule("newsletter", @"\bnewsletters?\b|^subscribe\b|\bsign up (for|to)\b.*\b(updates|alerts|newsletter|email)", 20),
        Rule("related-links", @"^(read more|read next|related( articles?| stories| coverage| content| topics)?|see also|more on this( story)?|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also (like|be interested)|also read)\b:?", 12),
        Rule("advertisement", @"^(advertisement|advert|sponsored( content)?|promoted( content)?|ad|story continues below( advertisement)?)$", 5),
        Rule("photo-credit", @"^(photo(graph)?|image|picture|video|credit|illustration)s?( by)? ?[:/]|\b(getty images|afp photo|ap photo|file photo|shutterstock)\b|\bphoto ?/ ?\w+", 10),
        Rule("copyright", @"^(©|\(c\)|copyright\b)|\ball rights reserved\b", 25),
        Rule("reading-time", @"^\d+ ?(min|mins|minute|minutes)( read)?$|^(listen to|print) this (article|story)\b", 6),
        Rule("navigation", @"^(skip to (main )?content|menu|home|back to top|top of page|log ?in|sign ?in|register|search)$", 4, edgeOnly: true),
        Rule("reader-question", @"\byou(r)?\b.*\?$", 10, edgeOnly: true),
        Rule("call-to-action", @"^(add|download|subscribe|follow|share|click|tap|join|sign|log|register|watch|listen|get|support|donate|like|install|summari[sz]e|try|discover|explore|tell us|let us know)\b", 8, edgeOnly: true),
    ];

    private static readonly int LongestMatch = All.Max(r => r.MaxWords);

    /// <summary>The first rule that marks <paramref name="line"/> as furniture, or null.</summary>
    /// <param name="atEdge">True when the line stands before the article body or after it.</param>
    public static BoilerplateRule? Match(string line, bool atEdge)
    {
        var words = TextUnit.CountWords(line);
        if (words > LongestMatch)
        {
            return null;
        }

        var normalized = line.Trim().Replace('’', '\'').ToLowerInvariant();
        foreach (var rule in All)
        {
            if (words <= rule.MaxWords && (atEdge || !rule.EdgeOnly) && rule.Pattern.IsMatch(normalized))
            {
                return rule;
            }
        }

        return null;
    }

    private static BoilerplateRule Rule(string name, string pattern, int maxWords, bool edgeOnly = false) =>
        new(name, new Regex(pattern, Options), maxWords, edgeOnly);
}
