using System.Text.RegularExpressions;

namespace QuizTui.Core.Parsing;

/// <summary>
/// The catalogue of furniture cues: calls to action, comment and sorting widgets, share and app
/// promotions, AI and cookie notices, photo credits, navigation. General phrasings, not one site's lines.
/// </summary>
/// <example><c>BoilerplateRules.Match("Add a comment", atEdge: true)?.Name</c> → <c>"comment-widget"</c></example>
public static partial class BoilerplateRules
{
    // Lines are short in words but a single "word" can be megabytes long, and several rules have ".*" between
    // alternatives: only lines of at most this many characters are tried, which bounds the backtracking of the
    // source-generated matchers. (NonBacktracking matchers were linear without the bound, but building their
    // automata took about 300 ms of CPU at the first parse: most of the trainer's start-up.)
    private const int LongestLine = 600;

    /// <summary>All rules, tried in order.</summary>
    public static IReadOnlyList<BoilerplateRule> All { get; } =
    [
        Rule("no-words", NoWords(), 10),
        Rule("ai-notice", AiNotice(), 30),
        Rule("cookie-notice", CookieNotice(), 40),
        Rule("comment-widget", CommentWidget(), 15),
        Rule("sort-widget", SortWidget(), 6),
        Rule("app-promotion", AppPromotion(), 15),
        Rule("share-promotion", SharePromotion(), 12),
        Rule("newsletter", Newsletter(), 20),
        Rule("related-links", RelatedLinks(), 12),
        Rule("advertisement", Advertisement(), 5),
        Rule("photo-credit", PhotoCredit(), 10),
        Rule("copyright", Copyright(), 25),
        Rule("reading-time", ReadingTime(), 6),
        Rule("navigation", Navigation(), 4, edgeOnly: true),
        Rule("reader-question", ReaderQuestion(), 10, edgeOnly: true),
        Rule("call-to-action", CallToAction(), 8, edgeOnly: true),
    ];

    private static readonly int LongestMatch = All.Max(r => r.MaxWords);

    /// <summary>The first rule that marks <paramref name="line"/> as furniture, or null.</summary>
    /// <param name="atEdge">True when the line stands before the article body or after it.</param>
    public static BoilerplateRule? Match(string line, bool atEdge)
    {
        if (line.Length > LongestLine)
        {
            return null;
        }

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

    private static BoilerplateRule Rule(string name, Regex pattern, int maxWords, bool edgeOnly = false) =>
        new(name, pattern, maxWords, edgeOnly);

    [GeneratedRegex(@"^[^\p{L}\p{N}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NoWords();

    [GeneratedRegex(@"\b(ai[- ]generated|generated (by|with|using) ai|(with|by|using) ai\b|artificial intelligence)", RegexOptions.CultureInvariant)]
    private static partial Regex AiNotice();

    [GeneratedRegex(@"\bcookies?\b.*\b(accept|consent|polic(y|ies)|settings|preferences|use|uses|we use)\b|\b(accept|reject|manage)( all)? cookies\b", RegexOptions.CultureInvariant)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"\b(add|post|leave|write|view|show|hide|load|read|see) (a |your |all |more |the |\d+ )?comments?\b|\bno comments( yet)?\b|\bfirst to comment\b|\bstart the conversation\b|^(\d+ )?comments?( \(\d+\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentWidget();

    [GeneratedRegex(@"^(sort(ed)? by|order by|show)\b.{0,30}$|^(newest|oldest|most (popular|recent|liked)|top comments|best)( first)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SortWidget();

    [GeneratedRegex(@"\b(download|get|install|try) (the|our|a) (free )?[\w' -]{0,30}\bapps?\b|\bapp store\b|\bgoogle play\b", RegexOptions.CultureInvariant)]
    private static partial Regex AppPromotion();

    [GeneratedRegex(@"^(share|tweet|email|e-mail|print|copy link|share (this|on|via)\b.*)$|\bfollow us (on|at)\b|^share (this )?(article|story|page)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SharePromotion();

    [GeneratedRegex(@"\bnewsletters?\b|^subscribe\b|\bsign up (for|to)\b.*\b(updates|alerts|newsletter|email)", RegexOptions.CultureInvariant)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"^(read more|read next|related( articles?| stories| coverage| content| topics)?|see also|more on this( story)?|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also (like|be interested)|also read)\b:?", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLinks();

    [GeneratedRegex(@"^(advertisement|advert|sponsored( content)?|promoted( content)?|ad|story continues below( advertisement)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(photo(graph)?|image|picture|video|credit|illustration)s?( by)? ?[:/]|\b(getty images|afp photo|ap photo|file photo|shutterstock)\b|\bphoto ?/ ?\w+", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(©|\(c\)|copyright\b)|\ball rights reserved\b", RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^\d+ ?(min|mins|minute|minutes)( read)?$|^(listen to|print) this (article|story)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(skip to (main )?content|menu|home|back to top|top of page|log ?in|sign ?in|register|search)$", RegexOptions.CultureInvariant)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"\byou(r)?\b.*\?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderQuestion();

    [GeneratedRegex(@"^(add|download|subscribe|follow|share|click|tap|join|sign|log|register|watch|listen|get|support|donate|like|install|summari[sz]e|try|discover|explore|tell us|let us know)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();
}
