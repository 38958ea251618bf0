namespace QuizTui.Tui.Input;

/// <summary>
/// The Esc key told from the start of an escape sequence without Terminal.Gui's 50 ms wait. A terminal writes a
/// key's whole sequence at once, so a read that ends in ESC with nothing following within <see cref="GraceMs"/> is
/// the Esc key; it is handed on as the kitty keyboard protocol's unambiguous Esc (CSI 27 u), which Terminal.Gui's
/// parser always understands and reports at once.
/// </summary>
internal static class LoneEscape
{
    /// <summary>How long a trailing ESC waits for the rest of a sequence (terminals and ssh send it in one piece).</summary>
    public const int GraceMs = 5;

    /// <summary>The kitty keyboard protocol's Esc key.</summary>
    public const string EscKey = "\u001b[27u";

    /// <summary>True when the input read so far ends in an ESC that may be the Esc key.</summary>
    public static bool EndsWithEscape(List<char> read) => read.Count > 0 && read[^1] == '\u001b';

    /// <summary>Replaces the trailing ESC of <paramref name="read"/> (see <see cref="EndsWithEscape"/>) by the Esc key.</summary>
    public static void MarkAsEscKey(List<char> read)
    {
        read.RemoveAt(read.Count - 1);
        read.AddRange(EscKey);
    }
}
