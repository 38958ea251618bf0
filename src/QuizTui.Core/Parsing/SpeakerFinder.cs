using System.Buffers;
using System.Text.RegularExpressions;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Names the speaker of a quotation from the words around it: "”, Kerry said", "” said Senate Majority
/// Leader Harry Reid", "Lavrov told reporters ... “", "according to Jane Smith". Titles before a name are
/// dropped ("Israeli Defence Minister Moshe Yaalon" → "Moshe Yaalon"); pronouns are returned as written.
/// </summary>
internal static partial class SpeakerFinder
{
    private const string Name = @"(?:(?:[A-Z][\p{L}'’.-]*|al-[A-Z][\p{L}'’-]*)(?:\s+(?:(?:al|bin|de|da|van|von|der|le|la|du|of the)\s+)?(?:[A-Z][\p{L}'’.-]*|al-[A-Z][\p{L}'’-]*)){0,6}|[Hh]e|[Ss]he|[Tt]hey)";

    private const string Verbs =
        "said|says|say|told|tells|added|adds|warned|warns|asked|asks|wrote|writes|insisted|insists|explained|explains|stated|states|noted|notes|" +
        "replied|declared|announced|argued|argues|claimed|claims|described|describes|urged|urges|called|calls|recalled|continued|concluded|" +
        "acknowledged|admitted|suggested|commented|observed|stressed|emphasised|emphasized|predicted|promised|vowed|maintained|confirmed|" +
        "responded|tweeted|posted|condemned|welcomed|believes|believed|thinks|thought|hoped|hopes";

    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "Minister", "Secretary", "President", "General", "Leader", "Senator", "Sen", "Representative", "Rep", "Governor",
        "Gov", "Chairman", "Chairwoman", "Chair", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Coach",
        "Captain", "Chief", "Officer", "Ambassador", "Envoy", "Mayor", "Judge", "Justice", "Professor", "Prof", "Dr",
        "Mr", "Mrs", "Ms", "Gen", "Col", "Lt", "Sgt", "King", "Queen", "Prince", "Princess", "Pope", "Commissioner",
        "Chancellor", "Premier", "Manager", "Executive", "CEO", "Founder", "Editor", "Analyst", "Economist", "Counsel",
    };

    /// <summary>
    /// Every pattern but the subject's needs a speech verb or "according to": text without one is passed
    /// over at once. The right-to-left search for a verb before a quotation tries every verb at every
    /// character, and without this it was a sixth of all extraction time on long sentences.
    /// </summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create([.. Verbs.Split('|'), "according to"], StringComparison.Ordinal);

    /// <summary>The speaker named in the words after the closing mark or before the opening mark, or null.</summary>
    public static string? Find(string after, string before)
    {
        var afterHasCue = after.AsSpan().IndexOfAny(Cues) >= 0;
        var beforeHasCue = before.AsSpan().IndexOfAny(Cues) >= 0;
        // "according" closing the words before and "to" opening those after meet in the joined text below.
        if (!afterHasCue && !beforeHasCue && !(before.EndsWith("according", StringComparison.Ordinal) && after.StartsWith("to ", StringComparison.Ordinal)))
        {
            return null;
        }

        var match = afterHasCue ? After().Match(after) : Match.Empty;
        if (match.Success)
        {
            return Clean(match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["other"].Value);
        }

        match = beforeHasCue ? Before().Match(before) : Match.Empty;
        if (match.Success)
        {
            return Clean(match.Groups["name"].Value);
        }

        match = According().Match(before + " " + after);
        return match.Success ? Clean(match.Groups["name"].Value) : null;
    }

    /// <summary>The name a sentence opens with ("But Representative Marcy Kaptur (D Ohio) was..." → "Marcy Kaptur"), or null.</summary>
    public static string? Subject(string sentence)
    {
        var match = SubjectPattern().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        var name = Clean(match.Groups["name"].Value);
        if (Roles.Contains(name.Split(' ')[^1]) && match.Groups["apposition"].Success)
        {
            name = Clean(match.Groups["apposition"].Value);
        }

        // One capitalised word opening a sentence is too often not a name ("Not all were pleased").
        return name.Contains(' ', StringComparison.Ordinal) ? name : null;
    }

    public static bool IsPronoun(string speaker) => speaker is "he" or "she" or "they" or "He" or "She" or "They";

    private static string Clean(string name)
    {
        var words = name.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var from = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (Roles.Contains(words[i].TrimEnd('.')))
            {
                from = i + 1;
            }
        }

        // "But Kerry", "The Philippines": a sentence opener is not part of the name.
        while (from < words.Length - 1 && Abbreviations.IsSentenceStarter(words[from]))
        {
            from++;
        }

        return string.Join(' ', words[from..]).TrimEnd('.', ',');
    }

    [GeneratedRegex(@"^[\s,;:—–-]*(?:(?<name>" + Name + @")(?:,[^,“”""]{1,90},)?\s+(?:\p{Ll}+ly\s+)?(?:" + Verbs + @")\b|(?:" + Verbs + @")\s+(?<other>" + Name + "))")]
    private static partial Regex After();

    [GeneratedRegex(@"(?<name>" + Name + @")(?:,[^,“”""]{1,90},)?\s+(?:\p{Ll}+ly\s+)?(?:" + Verbs + @")\b[^“”""]*$", RegexOptions.RightToLeft)]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?<name>" + Name + @")(?:\s+of\s+[^,]{1,60})?(?:,\s+(?<apposition>" + Name + "),)?")]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"\baccording to (?<name>" + Name + ")")]
    private static partial Regex According();
}
