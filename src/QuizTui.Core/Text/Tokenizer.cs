using System.Globalization;

namespace QuizTui.Core.Text;

/// <summary>
/// Splits text into words and punctuation with their offsets, in the Penn Treebank manner used by
/// CoNLL-2003: "U.S." and "70,000" and "al-Assad" stay whole, "Assad's" becomes "Assad" + "'s".
/// </summary>
/// <example><c>Tokenizer.Tokenize("Kerry's 70,000.")</c> → <c>Kerry</c>, <c>'s</c>, <c>70,000</c>, <c>.</c></example>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            var tokenEnd = IsWordChar(c) ? ScanWord(text, i, end) : ScanSymbol(text, i, end);
            AddWithClitic(text, i, tokenEnd, tokens);
            i = tokenEnd;
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    private static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (IsWordChar(c))
            {
                j++;
                continue;
            }

            // Inner joiners: al-Assad, 70,000, 3.5, U.S., O'Brien, AT&T, 9/11.
            if (j + 1 < end && IsWordChar(text[j + 1]) && c is '-' or '.' or '\'' or '’' or '&' or '/' or ',' or ':')
            {
                if (c is ',' or ':' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])))
                {
                    break;
                }

                if (c is '/' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])))
                {
                    break;
                }

                j++;
                continue;
            }

            // Trailing period of an abbreviation made of single letters: U.S. / U.N. / D.C.
            if (c == '.' && (IsInitialism(text, i, j) || IsNameInitial(text, i, j, end)))
            {
                j++;
            }

            break;
        }

        return j;
    }

    private static bool IsInitialism(string text, int start, int dot)
    {
        // "U.S" followed by "." → single letters separated by dots.
        var span = text.AsSpan(start, dot - start);
        if (span.Length < 3)
        {
            return false;
        }

        for (var k = 0; k < span.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(span[k]) : span[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"P. Simmons", "John F. Kennedy": one capital and a full stop before a capitalised word is an initial, not a sentence end.</summary>
    private static bool IsNameInitial(string text, int start, int dot, int end) =>
        dot - start == 1 && char.IsUpper(text[start]) && dot + 2 < end && text[dot + 1] == ' ' && char.IsUpper(text[dot + 2]);

    private static int ScanSymbol(string text, int i, int end)
    {
        var c = text[i];
        var j = i + 1;
        // Runs of the same mark ("...", "--", "!!") stay one token.
        while (j < end && text[j] == c && c is '.' or '-' or '!' or '?' or '=' or '*')
        {
            j++;
        }

        // "'s" after a space-separated word in tokenized input: "Syria 's".
        if (c is '\'' or '’' && j < end && char.IsLetter(text[j]) && (j + 1 == end || !char.IsLetterOrDigit(text[j + 1])))
        {
            return j + 1;
        }

        return j;
    }

    private static void AddWithClitic(string text, int start, int end, List<Token> tokens)
    {
        var length = end - start;
        if (length > 2 && text[end - 2] is '\'' or '’' && text[end - 1] is 's' or 'S')
        {
            tokens.Add(new Token(text[start..(end - 2)], new TextSpan(start, end - 2)));
            tokens.Add(new Token(text[(end - 2)..end], new TextSpan(end - 2, end)));
            return;
        }

        if (length > 3 && text[end - 3] == 'n' && text[end - 2] is '\'' or '’' && text[end - 1] == 't')
        {
            tokens.Add(new Token(text[start..(end - 3)], new TextSpan(start, end - 3)));
            tokens.Add(new Token(text[(end - 3)..end], new TextSpan(end - 3, end)));
            return;
        }

        tokens.Add(new Token(text[start..end], new TextSpan(start, end)));
    }
}
