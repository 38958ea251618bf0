using System.Text;

namespace QuizTui.Cli;

/// <summary>Keeps escape sequences and other control characters in articles away from the terminal.</summary>
internal static class TerminalText
{
    /// <summary>The text with C0/C1 controls (except newline and tab) and ANSI escape sequences removed.</summary>
    public static string Clean(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001B')
            {
                i = SkipEscape(text, i);
                continue;
            }

            if (!IsUnsafe(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsUnsafe(char c) => c is not ('\n' or '\t') && (char.IsControl(c) || c is '\u2028' or '\u2029');

    private static int SkipEscape(string text, int i)
    {
        // CSI: ESC [ params final(0x40-0x7E); OSC: ESC ] ... BEL or ESC \; otherwise ESC + one char.
        if (i + 1 >= text.Length)
        {
            return i;
        }

        var kind = text[i + 1];
        var j = i + 2;
        if (kind == '[')
        {
            while (j < text.Length && text[j] is < '@' or > '~')
            {
                j++;
            }

            return j;
        }

        if (kind == ']')
        {
            while (j < text.Length && text[j] != '\u0007' && !(text[j] == '\u001B' && j + 1 < text.Length && text[j + 1] == '\\'))
            {
                j++;
            }

            return j < text.Length && text[j] == '\u001B' ? j + 1 : j;
        }

        return i + 1;
    }
}
