using System.Text.RegularExpressions;

namespace QuizTui.Core.Summaries;

/// <summary>
/// Finds sentences that cannot stand alone: they open with a pronoun or a connective ("He", "But",
/// "Meanwhile"), or quote someone without naming them ("..., he said"; a bare quotation).
/// </summary>
internal static partial class Openers
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "them", "him", "this", "that", "these",
        "those", "such", "we", "our", "i", "my", "you", "your", "there's", "it's", "he's", "she's",
        "they're", "that's", "theirs", "hers", "himself", "herself", "themselves", "itself", "other", "another",
    };

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "however", "meanwhile", "also", "and", "yet", "so", "still", "moreover", "furthermore",
        "nevertheless", "nonetheless", "therefore", "thus", "hence", "instead", "otherwise", "besides",
        "likewise", "similarly", "consequently", "then", "indeed", "additionally", "or", "nor", "though",
        "although", "accordingly", "regardless", "afterwards",
    };

    /// <summary>Words after "this"/"that" that make a time phrase ("This year"), not a reference.</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "week", "month", "morning", "afternoon", "evening", "night", "weekend", "season", "summer",
        "winter", "spring", "autumn", "time", "decade", "century", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "is", "was",
    };

    /// <summary>True for a personal or demonstrative pronoun ("he", "They").</summary>
    public static bool IsPronoun(string word) => Pronouns.Contains(word.Trim());

    /// <summary>True when the sentence needs the sentence before it to be understood.</summary>
    public static bool NeedsPrevious(string sentence)
    {
        // Only the first two words matter: matching all of them was most of the summarizer's time here.
        var firstWord = LeadingWords().Match(sentence);
        if (!firstWord.Success)
        {
            return false;
        }

        var first = firstWord.Value;
        var secondWord = firstWord.NextMatch();
        var second = secondWord.Success ? secondWord.Value : "";
        if (MultiWordConnective().IsMatch(sentence))
        {
            return true;
        }

        if (first.Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (first is "This" or "That" or "These" or "Those" && TimeNouns.Contains(second) && second is not ("is" or "was"))
        {
            return false;
        }

        if (Pronouns.Contains(first) || Connectives.Contains(first.TrimEnd(',')))
        {
            return true;
        }

        return ContinuesQuotation(sentence) || QuoteWithoutSpeaker(sentence);
    }

    /// <summary>True when the first double quotation mark closes a quotation opened in an earlier sentence.</summary>
    public static bool ContinuesQuotation(string sentence)
    {
        var i = sentence.IndexOfAny(['"', '“', '”']);
        if (i < 0 || sentence[i] == '“')
        {
            return false;
        }

        if (sentence[i] == '”')
        {
            return true;
        }

        var before = i > 0 ? sentence[i - 1] : ' ';
        var after = i + 1 < sentence.Length ? sentence[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && before != '(' && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
    }

    /// <summary>True when quoted words make up more than a third of the sentence (a scare-quoted phrase does not).</summary>
    public static bool MostlyQuotation(string sentence)
    {
        var quoted = QuotedPart().Matches(sentence).Sum(m => m.Length);
        var open = sentence.IndexOfAny(['"', '“']);
        if (quoted == 0 && open >= 0)
        {
            quoted = sentence.Length - open;
        }

        return quoted * 3 > sentence.Length;
    }

    /// <summary>A quotation whose speaker is not named in the sentence: no attribution, or only a pronoun.</summary>
    public static bool QuoteWithoutSpeaker(string sentence)
    {
        var trimmed = sentence.TrimStart();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (PronounAttribution().IsMatch(sentence))
        {
            return true;
        }

        if (trimmed[0] is not ('"' or '“' or '‘' or '\''))
        {
            return false;
        }

        // An opening quotation is attributed when a speech verb stands outside the quoted words.
        var outside = QuotedPart().Replace(sentence, " ");
        return !SpeechVerb().IsMatch(outside);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"^\W*(in addition|as a result|on the other hand|even so|at the same time|despite this|because of this|in turn|in contrast|by contrast|after that|for (his|her|their|its) part|in (his|her|their) view|as well)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MultiWordConnective();

    [GeneratedRegex(@"[""“”‘’']\s*,?\s*(he|she|they|it|we|i)\s+(said|says|added|adds|told|explained|continued|warned|argued|insisted|noted|stressed|wrote|asked)\b|\b(he|she|they)\s+(said|says|added|adds|told)\s*[,.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounAttribution();

    [GeneratedRegex(@"[""“‘][^""”’]*[""”’]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPart();

    [GeneratedRegex(@"\b(said|says|say|told|tells|added|adds|asked|wrote|writes|warned|explained|insisted|argued|stated|declared|according|announced|described|called|quoted|commented|noted|stressed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();
}
