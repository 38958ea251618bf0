using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Splits a paragraph into sentences without a model: a full stop, question or exclamation mark (with any
/// closing quotes or brackets) ends a sentence when whitespace and a capital, digit or opening mark follow,
/// except after titles (Mr., Gen.), initials (John F. Kennedy), initialisms (U.S.) that a usual sentence
/// opener does not follow, and a closing quotation that runs on into its attribution ("end.” Kerry said.").
/// </summary>
/// <example><c>Split("Mr. Kerry met U.N. staff. They agreed.")</c> → <c>"Mr. Kerry met U.N. staff."</c>, <c>"They agreed."</c></example>
public static class SentenceSplitter
{
    private const string Terminals = ".!?…";
    private const string Closers = "”’\"')]»";
    private const string Openers = "“‘\"'([«";

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "asked", "warned", "wrote", "insisted", "explained", "stated", "noted",
        "replied", "continued", "declared", "announced", "argued", "claimed", "recalled", "concluded",
    };

    /// <summary>Sentence spans of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, trimmed of whitespace.</summary>
    public static List<TextSpan> Split(string text, int start, int end)
    {
        var spans = new List<TextSpan>();
        var sentenceStart = SkipSpace(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            if (!Terminals.Contains(text[i]))
            {
                i++;
                continue;
            }

            var afterMarks = i;
            while (afterMarks < end && Terminals.Contains(text[afterMarks]))
            {
                afterMarks++;
            }

            var afterClosers = afterMarks;
            while (afterClosers < end && Closers.Contains(text[afterClosers]))
            {
                afterClosers++;
            }

            if (afterClosers < end && char.IsWhiteSpace(text[afterClosers])
                && IsBoundary(text, sentenceStart, i, afterMarks, afterClosers, end))
            {
                AddTrimmed(text, sentenceStart, afterClosers, spans);
                sentenceStart = SkipSpace(text, afterClosers, end);
            }

            i = Math.Max(afterClosers, i + 1);
        }

        AddTrimmed(text, sentenceStart, end, spans);
        return spans;
    }

    private static bool IsBoundary(string text, int sentenceStart, int mark, int afterMarks, int afterClosers, int end)
    {
        var next = SkipSpace(text, afterClosers, end);
        if (next >= end)
        {
            return true;
        }

        var nextChar = text[next];
        if (!char.IsUpper(nextChar) && !char.IsDigit(nextChar) && !Openers.Contains(nextChar))
        {
            return false;
        }

        var nextWord = WordAt(text, next, end);
        if (afterClosers > afterMarks && IsAttribution(text, next, end))
        {
            return false;
        }

        var marks = text.AsSpan(mark, afterMarks - mark);
        if (marks is "…" or "...")
        {
            // "[...]" marks words left out of a quotation, which goes on.
            return nextWord != "I" && !text.AsSpan(afterMarks, afterClosers - afterMarks).Contains(']');
        }

        if (marks is not "." || afterClosers > afterMarks)
        {
            return true;
        }

        var word = WordBefore(text, sentenceStart, mark);
        // "John F. Kennedy", "A. A. Milne": an initial goes on to the name; "the funerals of Malcolm X. Besides Dee, ...": a
        // capital before a word that opens sentences ends one.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return nextWord.Length > 1 && Abbreviations.IsSentenceStarter(nextWord);
        }

        if (IsInitialism(word))
        {
            return Abbreviations.IsSentenceStarter(nextWord);
        }

        if (Abbreviations.IsLeading(word))
        {
            return false;
        }

        // "... designed by Tiffany & Co. Denver took the kickoff": a firm's suffix is not followed by another name inside a
        // sentence, but "in Co. Durham" (the Irish and Durham counties) is no firm.
        if (Abbreviations.IsCompanySuffix(word) && char.IsUpper(nextChar) && !IsCountyAbbreviation(text, sentenceStart, mark - word.Length, word))
        {
            return true;
        }

        if (Abbreviations.IsTrailing(word))
        {
            return !char.IsDigit(nextChar) && Abbreviations.IsSentenceStarter(nextWord);
        }

        return true;
    }

    /// <summary>"Kerry said." or "said Kerry," after a closing quote: the quotation's own sentence goes on.</summary>
    private static bool IsAttribution(string text, int next, int end)
    {
        var position = next;
        for (var words = 0; words < 5 && position < end; words++)
        {
            var word = WordAt(text, position, end);
            if (word.Length == 0)
            {
                return false;
            }

            position += word.Length;
            if (SpeechVerbs.Contains(word))
            {
                return position >= end || text[position] is '.' or ',' or ';' || words == 0;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            position = SkipSpace(text, position, end);
        }

        return false;
    }

    private static string WordAt(string text, int position, int end)
    {
        var wordEnd = position;
        while (wordEnd < end && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-'))
        {
            wordEnd++;
        }

        return text[position..wordEnd];
    }

    /// <summary>"Co." after a word written small or at the sentence's start: "in Co. Antrim", not "Tiffany &amp; Co.".</summary>
    private static bool IsCountyAbbreviation(string text, int sentenceStart, int wordStart, string word)
    {
        if (word != "Co")
        {
            return false;
        }

        var before = wordStart;
        while (before > sentenceStart && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        var previous = WordBefore(text, sentenceStart, before);
        return previous.Length == 0 || char.IsLower(previous[0]);
    }

    private static string WordBefore(string text, int sentenceStart, int mark)
    {
        var wordStart = mark;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !Openers.Contains(text[wordStart - 1]))
        {
            wordStart--;
        }

        return text[wordStart..mark];
    }

    /// <summary>Single letters joined by dots, the last dot excluded: "U.S", "a.m", "D.C".</summary>
    private static bool IsInitialism(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static int SkipSpace(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
