using System.Collections.Frozen;

namespace QuizTui.Core.Entities.Gazetteers;

/// <summary>
/// The words that say what a name names whatever the tagger guessed (name-heads.txt: "Mosque" ends a
/// place's name, "Gazette" a newspaper's, "Cup" an event's) and the religions with their adjectives and
/// followers (religions.txt: "Muslims" → Islam). Kept apart from <see cref="Gazetteer"/>, whose lists
/// are features of the trained tagger. Loaded once from the embedded data files.
/// </summary>
internal sealed class NameHeads
{
    private static readonly Lazy<NameHeads> Shared = new(Load);

    private readonly FrozenDictionary<string, MentionType> _last;
    private readonly FrozenDictionary<string, MentionType> _first;
    private readonly FrozenDictionary<string, MentionType> _alone;
    private readonly FrozenSet<string> _surnames;

    private NameHeads(
        Dictionary<string, MentionType> last,
        Dictionary<string, MentionType> first,
        Dictionary<string, MentionType> alone,
        HashSet<string> surnames,
        Dictionary<string, string> religions)
    {
        _surnames = surnames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _last = last.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _first = first.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _alone = alone.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Religions = religions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static NameHeads Default => Shared.Value;

    /// <summary>Religion, its adjective or its followers ("Islamic", "Muslims") → the religion ("Islam").</summary>
    public FrozenDictionary<string, string> Religions { get; }

    /// <summary>The type a name's head word gives it (<paramref name="words"/> are the name's tokens, <paramref name="text"/> the name as written), or null.</summary>
    public MentionType? TypeOf(IReadOnlyList<string> words, string text)
    {
        if (words.Count == 1)
        {
            return _alone.TryGetValue(text, out var alone) ? alone : null;
        }

        // "Isle of Sheppey", "Gulf of Mexico", "Bay of Biscay": land and water named for what they belong to are places.
        if (words.Count >= 3 && words[1] == "of" && PlacesBeforeOf.Contains(words[0]))
        {
            return MentionType.Place;
        }

        // The last word heads an English name ("Grand Mosque"); a leading head ("Hotel Adlon") only when
        // no "of" follows, since "Church of Scientology" and "Palace of Westminster" name what comes after.
        if (IsCapitalized(words[^1]) && _last.TryGetValue(words[^1], out var last))
        {
            return last;
        }

        return IsCapitalized(words[0]) && words[1] != "of" && _first.TryGetValue(words[0], out var first) ? first : null;
    }

    private static readonly HashSet<string> PlacesBeforeOf = new(StringComparer.Ordinal)
    {
        "Isle", "Isles", "Island", "Islands", "Gulf", "Bay", "Sea", "Lake", "Mount", "Cape", "Strait", "Straits", "Vale", "Forest", "Firth",
    };

    /// <summary>Whether the head word is also a common surname ("Temple", "Day"), so a person's full name may end with it.</summary>
    public bool IsSurname(string head) => _surnames.Contains(head);

    private static bool IsCapitalized(string word) => char.IsUpper(word[0]);

    private static NameHeads Load()
    {
        var last = new Dictionary<string, MentionType>(StringComparer.OrdinalIgnoreCase);
        var first = new Dictionary<string, MentionType>(StringComparer.OrdinalIgnoreCase);
        var alone = new Dictionary<string, MentionType>(StringComparer.OrdinalIgnoreCase);
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ResourceText.Lines("name-heads.txt"))
        {
            var columns = line.Split('\t');
            var type = columns[1].Trim() switch
            {
                "place" => MentionType.Place,
                "organization" => MentionType.Organization,
                "other" => MentionType.Other,
                var unknown => throw new InvalidOperationException($"name-heads.txt: unknown type '{unknown}' for {columns[0]}."),
            };
            foreach (var position in columns[2].Split(',', StringSplitOptions.TrimEntries))
            {
                var table = position switch
                {
                    "last" => last,
                    "first" => first,
                    "alone" => alone,
                    _ => throw new InvalidOperationException($"name-heads.txt: unknown position '{position}' for {columns[0]}."),
                };
                table[columns[0].Trim()] = type;
            }

            if (columns.Length > 3 && columns[3].Trim() == "surname")
            {
                surnames.Add(columns[0].Trim());
            }
        }

        var religions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, religion) in ResourceText.Pairs("religions.txt"))
        {
            religions[word] = religion;
        }

        return new NameHeads(last, first, alone, surnames, religions);
    }
}
