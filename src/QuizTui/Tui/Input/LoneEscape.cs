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

    private const string PasteStart = "\u001b[200~";
    private const string PasteEnd = "\u001b[201~";

    /// <summary>True when the input read so far ends in an ESC that may be the Esc key.</summary>
    public static bool EndsWithEscape(List<char> read) => read.Count > 0 && read[^1] == '\u001b';

    /// <summary>
    /// Whether a bracketed paste is still open after <paramref name="read"/>, given whether one was open before it:
    /// an ESC inside pasted text (the start of its end marker, split off by a slow read) is never the Esc key.
    /// </summary>
    public static bool InPaste(bool before, List<char> read)
    {
        var text = new string([.. read]);
        var start = text.LastIndexOf(PasteStart, StringComparison.Ordinal);
        var end = text.LastIndexOf(PasteEnd, StringComparison.Ordinal);
        return start == end ? before : start > end;
    }

    /// <summary>Replaces the trailing ESC of <paramref name="read"/> (see <see cref="EndsWithEscape"/>) by the Esc key.</summary>
    public static void MarkAsEscKey(List<char> read)
    {
        read.RemoveAt(read.Count - 1);
        read.AddRange(EscKey);
    }
}
