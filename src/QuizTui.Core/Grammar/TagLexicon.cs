using System.IO.Compression;

namespace QuizTui.Core.Grammar;

/// <summary>
/// The Penn tags each known word can take, its ambiguity class ("states" → NNS|VBZ, "led" → VB|VBD|VBN,
/// "absorbs" → VBZ): Brill's WSJ/Brown lexicon, completed from WordNet's lemmas and regular English
/// inflection. The tagger uses the class as a feature, so a word it never saw in training still arrives
/// with the tags it could have, and a seen one carries what other text did with it. Immutable and
/// thread-safe; <see cref="Default"/> loads the shipped lexicon once.
/// </summary>
public sealed class TagLexicon
{
    private static readonly Lazy<TagLexicon> Shipped = new(Load);

    private readonly Dictionary<string, string> _classes;

    public TagLexicon(IEnumerable<KeyValuePair<string, string>> classes)
    {
        // Classes repeat (a few thousand distinct over 100,000+ words): share one string each.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        _classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, tags) in classes)
        {
            if (!shared.TryGetValue(tags, out var one))
            {
                shared[tags] = one = tags;
            }

            _classes[word] = one;
        }

        Distinct = [.. shared.Keys];
    }

    /// <summary>The shipped lexicon.</summary>
    public static TagLexicon Default => Shipped.Value;

    /// <summary>A lexicon that knows no word (every class is "?").</summary>
    public static TagLexicon Empty { get; } = new([]);

    public int Count => _classes.Count;

    /// <summary>The distinct classes ("NNS|VBZ", "VBD|VBN", ...).</summary>
    public IReadOnlyList<string> Distinct { get; }

    /// <summary>
    /// The class of <paramref name="word"/> as written, else of its lower case marked with "~" (a capitalised
    /// word known only in lower case may well be a name), else "?".
    /// </summary>
    public string Class(string word)
    {
        if (_classes.TryGetValue(word, out var tags))
        {
            return tags;
        }

        var lower = word.ToLowerInvariant();
        return lower != word && _classes.TryGetValue(lower, out tags) ? "~" + tags : "?";
    }

    /// <summary>Reads a gzip'd text of lines "word TAB TAG|TAG...".</summary>
    public static TagLexicon Read(Stream gzip)
    {
        using var reader = new StreamReader(new GZipStream(gzip, CompressionMode.Decompress));
        var classes = new List<KeyValuePair<string, string>>(200_000);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                classes.Add(new(line[..tab], line[(tab + 1)..]));
            }
        }

        return new TagLexicon(classes);
    }

    private static TagLexicon Load()
    {
        using var stream = typeof(TagLexicon).Assembly.GetManifestResourceStream("QuizTui.Core.Resources.Grammar.tag-lexicon.txt.gz")
            ?? throw new InvalidOperationException("The tag lexicon tag-lexicon.txt.gz is not embedded.");
        return Read(stream);
    }
}
