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

    private const int MaxReach = 400;

    private static readonly string[] VerbList = Verbs.Split('|');

    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "Minister", "Secretary", "President", "General", "Leader", "Senator", "Sen", "Representative", "Rep", "Governor",
        "Gov", "Chairman", "Chairwoman", "Chair", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Coach",
        "Captain", "Chief", "Officer", "Ambassador", "Envoy", "Mayor", "Judge", "Justice", "Professor", "Prof", "Dr",
        "Mr", "Mrs", "Ms", "Gen", "Col", "Lt", "Sgt", "King", "Queen", "Prince", "Princess", "Pope", "Commissioner",
        "Chancellor", "Premier", "Manager", "Executive", "CEO", "Founder", "Editor", "Analyst", "Economist", "Counsel", "Sir", "Dame",
    };

    /// <summary>
    /// Every pattern but the subject's needs a speech verb or "according to": text without one is passed
    /// over at once. The right-to-left search for a verb before a quotation tries every verb at every
    /// character, and without this it was a sixth of all extraction time on long sentences.
    /// </summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create([.. VerbList, "according to"], StringComparison.Ordinal);

    /// <summary>The speaker named in the words after the closing mark or before the opening mark, or null.</summary>
    public static string? Find(string after, string before)
    {
        var afterHasCue = after.AsSpan().IndexOfAny(Cues) >= 0;
        var beforeHasCue = before.AsSpan().IndexOfAny(Cues) >= 0;

        // No quotation mark may stand between a speaker before the quotation and its opening mark, so only
        // the words after the last mark are searched; and a speaker farther back than MaxReach is not this
        // quotation's (unbounded, a long run-on sentence was searched from its start for every quotation).
        var tail = Math.Max(before.AsSpan().LastIndexOfAny('“', '”', '"') + 1, before.Length - MaxReach);
        // "according" closing the words before and "to" opening those after meet in the joined text below.
        if (!afterHasCue && !beforeHasCue && !(before.EndsWith("according", StringComparison.Ordinal) && after.StartsWith("to ", StringComparison.Ordinal)))
        {
            return null;
        }

        // A role phrase whose last word names no person is read again without one ("says Cara Diemont of IT firm ...").
        var match = afterHasCue ? After().Match(after) : Match.Empty;
        if (match.Success && match.Groups["role"].Success && !IsRole(match.Groups["role"].Value))
        {
            match = AfterWithoutRole().Match(after);
        }

        if (match.Success)
        {
            return Clean(match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["other"].Value);
        }

        if (beforeHasCue && NameBeforeVerb(before, tail) is { } named)
        {
            return named;
        }

        match = According().Match(before + " " + after);
        return match.Success ? Clean(match.Groups["name"].Value) : null;
    }

    /// <summary>
    /// "Kerry told reporters ...": the name before the first speech verb (from the left) that has one, the
    /// verb a whole word after a space. Each verb is tried on its own with the name pattern anchored at it:
    /// one right-to-left pattern over the whole text tried every verb at every character, a sixth of all
    /// extraction time.
    /// </summary>
    private static string? NameBeforeVerb(string before, int from)
    {
        var text = before.AsSpan();
        for (var i = from; i < text.Length;)
        {
            var found = text[i..].IndexOfAny(Cues);
            if (found < 0)
            {
                return null;
            }

            var start = i + found;
            i = start + 1;
            if (start == 0 || !char.IsWhiteSpace(text[start - 1]) || VerbAt(text, start) is null)
            {
                continue;
            }

            var match = NameBefore().Match(before, from, start - from);
            if (match.Success)
            {
                return Clean(match.Groups["name"].Value);
            }
        }

        return null;
    }

    /// <summary>True when the role's last word is a noun for a person ("director", "lawyer", "boss").</summary>
    private static bool IsRole(string role) =>
        role.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd(',') is var last && char.IsLower(last[0])
        && Entities.Gazetteers.Gazetteer.Default.Titles.Contains(last);

    /// <summary>The speech verb that is the whole word at <paramref name="start"/>, or null.</summary>
    private static string? VerbAt(ReadOnlySpan<char> text, int start)
    {
        foreach (var verb in VerbList)
        {
            var end = start + verb.Length;
            if (text[start..].StartsWith(verb, StringComparison.Ordinal) && (end == text.Length || !IsWordChar(text[end])))
            {
                return verb;
            }
        }

        return null;
    }

    /// <summary>A character of \w (letters, digits, marks, connectors), as the patterns' \b sees it.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.EnclosingMark;

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

    /// <summary>
    /// The words of a role before a name: "deputy planning director" in "”, deputy planning director Jose Leibovich said",
    /// "Moscow-based US lawyer" in "” said Moscow-based US lawyer Jamie Firestone". The last lower-case word must be a
    /// noun for a person (checked in <see cref="Find"/>): "the director behind JFK" and "the two-time Academy Award
    /// winner" name no speaker; nor does "the MPs", with no role word at all. A comma may set the name off after the role
    /// ("said Opera spokeswoman, Berit Hanson").
    /// </summary>
    private const string RoleWords = @"(?<role>(?:(?:the|a|an)\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,?\s+)?";

    /// <summary>After a closing mark: "”, [role] Kerry said" (a name, an aside, an adverb, a speech verb) or "” said [role] Kerry".</summary>
    private const string NameSaid = @"(?<name>" + Name + @")(?:,[^,“”""]{1,90},)?\s+(?:\p{Ll}+ly\s+)?(?:" + Verbs + @")\b";

    private const string SaidName = @"(?:" + Verbs + @")\s+";

    [GeneratedRegex(@"^[\s,;:—–-]*(?:" + RoleWords + NameSaid + "|" + SaidName + RoleWords + @"(?<other>" + Name + "))")]
    private static partial Regex After();

    [GeneratedRegex(@"^[\s,;:—–-]*(?:" + NameSaid + "|" + SaidName + @"(?<other>" + Name + "))")]
    private static partial Regex AfterWithoutRole();

    /// <summary>A name (and an aside) ending just before a speech verb: the text given ends where the verb starts.</summary>
    [GeneratedRegex(@"(?<name>" + Name + @")(?:,[^,“”""]{1,90},)?\s+(?:\p{Ll}+ly\s+)?\z", RegexOptions.RightToLeft)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^(?<name>" + Name + @")(?:\s+of\s+[^,]{1,60})?(?:,\s+(?<apposition>" + Name + "),)?")]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"\baccording to (?<name>" + Name + ")")]
    private static partial Regex According();
}
