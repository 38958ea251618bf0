using System.Collections.Frozen;
using QuizTui.Core.Text;

namespace QuizTui.Core.Entities.Gazetteers;

/// <summary>
/// The name lists (countries, cities, places, regions, demonyms, given names, titles, organisation
/// suffixes and well-known organisations) as one case-insensitive phrase table over tokens, with the
/// demonym → country and acronym → expansion maps. Loaded once from the embedded data files.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxPhraseTokens = 6;

    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private readonly FrozenDictionary<string, GazetteerKind> _phrases;
    private readonly FrozenSet<string> _prefixes;
    private readonly FrozenDictionary<string, GazetteerKind>.AlternateLookup<ReadOnlySpan<char>> _phrasesBySpan;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixesBySpan;

    private Gazetteer(
        Dictionary<string, GazetteerKind> phrases,
        Dictionary<string, string> demonyms,
        Dictionary<string, string> countryAliases,
        Dictionary<string, string> acronyms,
        HashSet<string> titles)
    {
        Titles = titles.ToFrozenSet(StringComparer.Ordinal);
        _phrases = phrases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _prefixes = phrases.Keys
            .SelectMany(p => p.Select((c, i) => (c, i)).Where(x => x.c == ' ').Select(x => p[..x.i]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _phrasesBySpan = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixesBySpan = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        CountryAliases = countryAliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Acronyms = acronyms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Gazetteer Default => Shared.Value;

    /// <summary>Demonym ("Syrian", "Syrians") → country ("Syria"), or "" for a people without one ("Arab").</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>Country name or alias ("U.S.", "Britain") → canonical country name.</summary>
    public FrozenDictionary<string, string> CountryAliases { get; }

    /// <summary>Titles and roles exactly as listed: "Father" is a title, "father" is not.</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Well-known acronym ("NATO") → expansion.</summary>
    public FrozenDictionary<string, string> Acronyms { get; }

    /// <summary>The lists the phrase (tokens joined by single spaces) belongs to.</summary>
    public GazetteerKind Lookup(string phrase) =>
        _phrases.TryGetValue(phrase, out var kind) ? kind : GazetteerKind.None;

    /// <summary>The lists the phrase (tokens joined by single spaces) belongs to.</summary>
    public GazetteerKind Lookup(ReadOnlySpan<char> phrase) =>
        _phrasesBySpan.TryGetValue(phrase, out var kind) ? kind : GazetteerKind.None;

    /// <summary>Whether some longer phrase starts with <paramref name="phrase"/> and a space (so a scan should go on).</summary>
    public bool IsPrefix(string phrase) => _prefixes.Contains(phrase);

    /// <summary>Whether some longer phrase starts with <paramref name="phrase"/> and a space (so a scan should go on).</summary>
    public bool IsPrefix(ReadOnlySpan<char> phrase) => _prefixesBySpan.Contains(phrase);

    /// <summary>The demonym's country when <paramref name="text"/> is a known demonym.</summary>
    public bool TryGetDemonym(string text, out string country) => Demonyms.TryGetValue(text, out country!);

    /// <summary>Tokens joined by single spaces: the key form of phrases in the table.</summary>
    public static string Key(string text) => string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Text));

    private static Gazetteer Load()
    {
        var phrases = new Dictionary<string, GazetteerKind>(StringComparer.OrdinalIgnoreCase);
        void Add(string phrase, GazetteerKind kind)
        {
            var key = Key(phrase);
            if (key.Length > 0 && key.Count(c => c == ' ') < MaxPhraseTokens)
            {
                phrases[key] = phrases.GetValueOrDefault(key) | kind;
            }
        }

        var countryAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in new[] { "countries.txt", "countries.generated.txt" })
        {
            foreach (var (name, aliases) in ResourceText.Pairs(file))
            {
                countryAliases.TryAdd(name, name);
                Add(name, GazetteerKind.Country);
                foreach (var alias in aliases.Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    countryAliases.TryAdd(alias, name);
                    Add(alias, GazetteerKind.Country);
                }
            }
        }

        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in new[] { "demonyms.txt", "demonyms.generated.txt" })
        {
            foreach (var (demonym, country) in ResourceText.Pairs(file))
            {
                var canonical = countryAliases.GetValueOrDefault(country, country);
                demonyms.TryAdd(demonym, canonical);
                Add(demonym, GazetteerKind.Demonym);
                if (!demonym.EndsWith('s') && !demonym.EndsWith("ese", StringComparison.Ordinal) && !demonym.EndsWith("sh", StringComparison.Ordinal) && !demonym.EndsWith("ch", StringComparison.Ordinal))
                {
                    demonyms.TryAdd(demonym + "s", canonical);
                    Add(demonym + "s", GazetteerKind.Demonym);
                }
            }
        }

        AddAll("capitals.generated.txt", GazetteerKind.City);
        AddAll("cities.txt", GazetteerKind.City);
        AddAll("places.generated.txt", GazetteerKind.Place);
        AddAll("regions.txt", GazetteerKind.Region);
        AddAll("given-names.txt", GazetteerKind.GivenName);
        AddAll("given-names.generated.txt", GazetteerKind.GivenName);
        AddAll("titles.txt", GazetteerKind.Title);
        // Roles, beside the titles: WordNet's nouns for people ("quarterback", "zoologist"), for the role finder only (they
        // are not a gazetteer kind, which the name tagger's features were trained with); capitalised too, as a title
        // before a name is ("Associate Administrator Robert Seamans"), unless that is a given name ("Guy", "Earl").
        var titles = ResourceText.Lines("titles.txt").Select(l => Key(l.Trim())).ToHashSet(StringComparer.Ordinal);
        foreach (var noun in ResourceText.Lines("person-nouns.generated.txt").Select(l => Key(l.Trim())))
        {
            titles.Add(noun);
            var capitalised = string.Join(' ', noun.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            if (!phrases.GetValueOrDefault(capitalised).HasFlag(GazetteerKind.GivenName))
            {
                titles.Add(capitalised);
            }
        }

        AddAll("org-suffixes.txt", GazetteerKind.OrgSuffix);

        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, acronym) in ResourceText.Pairs("organisations.txt"))
        {
            Add(name, GazetteerKind.Organization);
            if (acronym.Length > 0)
            {
                Add(acronym, GazetteerKind.Organization);
                acronyms.TryAdd(acronym, name);
            }
        }

        // The firms and bodies the questions draw wrong choices from are organisations too: those whose form cannot be a
        // person's or a place's ("Mercedes-Benz", "DaimlerChrysler", "Cadbury Schweppes"), written with a space for a
        // hyphen as well ("Mercedes Benz"); one-word names that are also surnames or towns ("Ford", "Boots") and the
        // sports clubs named after their towns are left to the tagger.
        foreach (var (kind, listed) in ResourceText.Pairs("Questions/organizations.txt"))
        {
            var name = listed.StartsWith("the ", StringComparison.Ordinal) ? listed[4..] : listed;
            if (kind == "club" || !(name.Contains(' ', StringComparison.Ordinal) || name.Contains('-', StringComparison.Ordinal) || name.Skip(1).Any(char.IsUpper) && name.Any(char.IsLower)))
            {
                continue;
            }

            Add(name, GazetteerKind.Organization);
            if (name.Contains('-', StringComparison.Ordinal))
            {
                Add(name.Replace('-', ' '), GazetteerKind.Organization);
            }
        }

        return new Gazetteer(phrases, demonyms, countryAliases, acronyms, titles);

        void AddAll(string file, GazetteerKind kind)
        {
            foreach (var line in ResourceText.Lines(file))
            {
                Add(line.Trim(), kind);
            }
        }
    }
}
