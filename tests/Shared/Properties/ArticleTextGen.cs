using System.Text;
using CsCheck;

namespace QuizTui.Testing.Properties;

/// <summary>
/// Random article-like text: runs of real words from the seed articles broken into lines and paragraphs,
/// mixed with what users paste by accident (control characters, ANSI escapes, HTML, odd Unicode, lone
/// surrogates, very long unpunctuated lines, heaps of numbers and dates).
/// </summary>
public static class ArticleTextGen
{
    private static readonly Lazy<string[]> Words = new(() =>
        Locations.SeedArticles().SelectMany(f => File.ReadAllText(f).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToArray());

    private static readonly string[] Noise =
    [
        "\u001b[31m", "\u001b[0m", "\u001b]0;title\u0007", "\u001b[2J\u001b[H", "\u0000", "\u0007", "\b", "\u007f", "\u0085", "\u009b31m",
        "\r", "\r\n", "\t", "\f", "\v", "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\ufeff", "\ufffd",
        "\ud83d\ude00", "\ud83c\uddfa\ud83c\uddf8", "\ud800", "\udc00", "e\u0301", "\u0645\u0631\u062d\u0628\u0627", "\u65e5\u672c", "\u00a0",
        "<div class=\"x\">", "</p>", "<br/>", "&amp;", "&#8220;", "<script>alert(1)</script>", "<!-- x -->", "<a href='http://x.y/z'>",
        "# ", "## ", "---\n", "![img](a.png)", "* ", "> ", "```", "|a|b|",
        "May 7, 2013", "Tuesday night (May 7)", "2013-05-07", "1996", "last June", "every year", "12:30 p.m.", "the 1990s",
        "1,000,000", "3.5%", "$4bn", "70,000", "107 or more", "four", "1–0", "No. 10", "0.000001", "99999999999999999999999",
        "...", "…", "“", "”", "\"", "'", "’", "–", "—", "(", ")", "[", "]", "?!", ";", ":", "U.S.", "Mr.", "e.g.", "St.",
        "MOSCOW, Russia – ", "Source: Wikinews, Saturday, September 12, 2015", "By John Smith", "Add a comment", "Sort by",
        "Kerry said.", "he said", "said Lavrov", "Download the Rappler App!", "Photo: AFP",
    ];

    /// <summary>A word run of 1-40 seed words, ending with a full stop half the time.</summary>
    public static Gen<string> Fragment { get; } =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 40], Gen.Bool, (at, length, stop) =>
        {
            var words = Words.Value;
            var start = at % words.Length;
            var text = string.Join(' ', words.Skip(start).Take(length));
            return stop ? text.TrimEnd('.', ',') + "." : text;
        });

    public static Gen<string> Piece { get; } = Gen.Frequency<string>(
        (12, Fragment),
        (2, Gen.OneOf("\n", "\n\n", "\n\n", " ", "\n\n\n  \n")),
        (5, Gen.OneOf<string>(Noise)),
        (1, Gen.Select(Gen.OneOf("word ", "ab", "1 ", "x", ". "), Gen.Int[100, 3000], (s, n) => new StringBuilder().Insert(0, s, n).ToString())),
        (1, Gen.String[Gen.Char[(char)0, (char)0x2FF], 1, 20]),
        (1, Gen.String[Gen.Char, 1, 10]));

    /// <summary>An article-like text of up to about <paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Text(int maxPieces = 60) =>
        Gen.Select(Fragment, Piece.Array[0, maxPieces], (title, pieces) =>
        {
            var sb = new StringBuilder(title).Append("\n\n");
            foreach (var piece in pieces)
            {
                sb.Append(piece);
                if (piece.Length > 0 && char.IsLetterOrDigit(piece[^1]))
                {
                    sb.Append(' ');
                }
            }

            return sb.ToString();
        });
}
