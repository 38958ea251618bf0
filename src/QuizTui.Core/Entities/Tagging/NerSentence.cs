using QuizTui.Core.Entities.Gazetteers;

namespace QuizTui.Core.Entities.Tagging;

/// <summary>One sentence's tokens with what the features need computed once: lower case, shapes, list membership.</summary>
internal sealed class NerSentence
{
    private static readonly (GazetteerKind Kind, string Name)[] Kinds =
    [
        (GazetteerKind.Country, "country"), (GazetteerKind.City, "city"), (GazetteerKind.Place, "place"),
        (GazetteerKind.Region, "region"), (GazetteerKind.Demonym, "demonym"), (GazetteerKind.GivenName, "given"),
        (GazetteerKind.Title, "title"), (GazetteerKind.OrgSuffix, "orgsuffix"), (GazetteerKind.Organization, "org"),
    ];

    /// <summary>"country:U", "city:B", ...: the list markers by kind and position (U, B, I, L).</summary>
    private static readonly string[][] Markers = Kinds.Select(k => "UBIL".Select(p => $"{k.Name}:{p}").ToArray()).ToArray();

    public NerSentence(IReadOnlyList<string> words, Gazetteer gazetteer)
    {
        Words = words;
        var n = words.Count;
        Lower = new string[n];
        Shapes = new string[n];
        ShortShapes = new string[n];
        Lists = new List<string>?[n];
        var upper = 0;
        var letters = 0;
        for (var i = 0; i < n; i++)
        {
            Lower[i] = words[i].ToLowerInvariant();
            (Shapes[i], ShortShapes[i]) = Shape(words[i]);
            foreach (var c in words[i])
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }
            }
        }

        AllCaps = letters > 8 && upper * 10 >= letters * 9;
        MarkLists(gazetteer);
    }

    public IReadOnlyList<string> Words { get; }

    public string[] Lower { get; }

    public string[] Shapes { get; }

    public string[] ShortShapes { get; }

    /// <summary>Per token: "list:position" markers of the longest matches covering it (null when none).</summary>
    public List<string>?[] Lists { get; }

    /// <summary>A headline set in capitals, where case says nothing.</summary>
    public bool AllCaps { get; }

    public int Count => Words.Count;

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private void MarkLists(Gazetteer gazetteer)
    {
        var n = Words.Count;
        var covered = new int[Kinds.Length];
        var found = new int[Kinds.Length];
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < n; i++)
        {
            var used = 0;
            Array.Clear(found);
            for (var length = 1; length <= Gazetteer.MaxPhraseTokens && i + length <= n; length++)
            {
                var word = Words[i + length - 1];
                if (used + word.Length + 1 > buffer.Length)
                {
                    break;
                }

                if (length > 1)
                {
                    buffer[used++] = ' ';
                }

                word.CopyTo(buffer[used..]);
                used += word.Length;
                var phrase = buffer[..used];
                var kinds = gazetteer.Lookup(phrase);
                for (var k = 0; k < Kinds.Length; k++)
                {
                    if ((kinds & Kinds[k].Kind) != 0)
                    {
                        found[k] = length;
                    }
                }

                if (!gazetteer.IsPrefix(phrase))
                {
                    break;
                }
            }

            for (var k = 0; k < Kinds.Length; k++)
            {
                // Names start with a capital; only titles and roles ("envoy") may be lower case.
                if (found[k] == 0 || i + found[k] <= covered[k] || (Kinds[k].Kind != GazetteerKind.Title && !IsCapitalized(Words[i])))
                {
                    continue;
                }

                covered[k] = i + found[k];
                for (var j = i; j < i + found[k]; j++)
                {
                    var position = found[k] == 1 ? 0 : j == i ? 1 : j == i + found[k] - 1 ? 3 : 2;
                    (Lists[j] ??= []).Add(Markers[k][position]);
                }
            }
        }
    }

    private static (string Shape, string Short) Shape(string word)
    {
        Span<char> full = stackalloc char[Math.Min(word.Length, 12)];
        Span<char> brief = stackalloc char[12];
        var b = 0;
        for (var i = 0; i < full.Length; i++)
        {
            var c = word[i];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            full[i] = s;
            if (b == 0 || brief[b - 1] != s)
            {
                brief[b++] = s;
            }
        }

        return (new string(full), new string(brief[..b]));
    }
}
