using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>A candidate paragraph: one or more wrapped lines, trimmed, with its word count.</summary>
internal readonly record struct TextUnit(TextSpan Span, string Text, int Words)
{
    public char Last => Text[^1];

    /// <summary>Ends like a sentence: a full stop, question or exclamation mark, possibly inside closing quotes or brackets.</summary>
    public bool EndsLikeSentence => Text.TrimEnd('”', '’', '"', '\'', ')', ']', '»') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…';

    /// <summary>A full body paragraph rather than a headline, label or widget.</summary>
    public bool IsProse => Words >= 12 && EndsLikeSentence;

    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar || (inWord && c is '\'' or '’' or '-' or '.' or ',');
        }

        return words;
    }
}
