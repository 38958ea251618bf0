namespace QuizTui.Core.Questions;

/// <summary>Names to draw distractors from when an article has too few of the same kind (see Resources/Questions/SOURCES.md).</summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shipped = new(() => new Gazetteer());

    private Gazetteer()
    {
        Countries = Load("countries.txt");
        Cities = Load("cities.txt");
        Regions = Load("regions.txt");
        WorldRegions = Load("world-regions.txt").Select(Bare).ToHashSet(StringComparer.OrdinalIgnoreCase);
        OrganisationsByKind = Load("organizations.txt").Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).Where(f => f.Length == 2)
            .GroupBy(f => f[0], f => f[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g], StringComparer.Ordinal);
        ListedOrganisations = [.. OrganisationsByKind.SelectMany(g => g.Value.Select(name => (Plain(name), g.Key)))];
        KindOfListed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in ListedOrganisations)
        {
            KindOfListed.TryAdd(name, kind);
        }

        NewsOutlets = Load("news-outlets.txt");
        var ordinary = Load("names.generated.txt").Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).Where(f => f.Length == 2).ToList();
        FemaleNames = [.. ordinary.Where(f => f[0] == "given-female").Select(f => f[1])];
        MaleNames = [.. ordinary.Where(f => f[0] == "given-male").Select(f => f[1])];
        _female = new HashSet<string>(FemaleNames, StringComparer.Ordinal);
        _male = new HashSet<string>(MaleNames, StringComparer.Ordinal);
        Surnames = [.. ordinary.Where(f => f[0] == "surname").Select(f => f[1])];
        Famous = Load("famous-people.generated.txt").Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t')).Where(f => f.Length == 2)
            .GroupBy(f => f[0], f => f[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g], StringComparer.Ordinal);
    }

    public static Gazetteer Default => Shipped.Value;

    public IReadOnlyList<string> Countries { get; }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>Continents and regions spanning several countries, without "the": they may contain the answer, so they are never a wrong place.</summary>
    public IReadOnlySet<string> WorldRegions { get; }

    /// <summary>The listed organisations of a kind of organizations.txt ("airline", "council"), or none.</summary>
    public IReadOnlyList<string> OrganisationsOf(string kind) => OrganisationsByKind.TryGetValue(kind, out var names) ? names : [];

    /// <summary>
    /// The kind organizations.txt lists a name under, matched without "the" or a closing "'s" ("Standard &amp; Poor" is
    /// Standard &amp; Poor's), or by its first words ("Microsoft Corp", "Nissan Motor") or, for a word the tagger knows only
    /// as a name, by a listed name's last ("Disney"; not "Bank"); null if none.
    /// </summary>
    public string? OrganisationKind(string name) => OrganisationKind(name, exact: false);

    /// <summary>The kind organizations.txt lists a name under, matched only whole (without "the" or a closing "'s").</summary>
    public string? ListedOrganisationKind(string name) => OrganisationKind(name, exact: true);

    private string? OrganisationKind(string name, bool exact)
    {
        var bare = Plain(name);
        if (KindOfListed.TryGetValue(bare, out var listedKind) || exact)
        {
            return listedKind;
        }

        foreach (var (listed, kind) in ListedOrganisations)
        {
            if (bare.StartsWith(listed + " ", StringComparison.Ordinal)
                || (!bare.Contains(' ', StringComparison.Ordinal) && bare.Length >= 4 && listed.EndsWith(" " + bare, StringComparison.Ordinal)
                    && Grammar.TagLexicon.Default.Class(bare) is "NNP" or "?"))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A name without "the" or a closing "'s", as organizations.txt is matched.</summary>
    private static string Plain(string name)
    {
        var bare = Bare(name);
        return bare.EndsWith("'s", StringComparison.Ordinal) ? bare[..^2] : bare.TrimEnd('\'');
    }

    private Dictionary<string, IReadOnlyList<string>> OrganisationsByKind { get; }

    /// <summary>Each listed organisation as matched (<see cref="Plain"/>), with its kind, in the file's order.</summary>
    private List<(string Name, string Kind)> ListedOrganisations { get; }

    /// <summary>The kind of each listed organisation by its matched name; the first listing wins.</summary>
    private Dictionary<string, string> KindOfListed { get; }

    /// <summary>News agencies, broadcasters' news services and newspapers (news-outlets.txt).</summary>
    public IReadOnlyList<string> NewsOutlets { get; }

    /// <summary>Common female given names, most frequent first (names.generated.txt).</summary>
    public IReadOnlyList<string> FemaleNames { get; }

    /// <summary>Common male given names, most frequent first.</summary>
    public IReadOnlyList<string> MaleNames { get; }

    /// <summary>
    /// True when <paramref name="given"/> is a woman's given name and no man's, false for a man's and no woman's, null
    /// when the lists do not tell ("Jordan", "Kim", a surname).
    /// </summary>
    public bool? IsFemaleName(string given) =>
        _female.Contains(given) ? (_male.Contains(given) ? null : true) : _male.Contains(given) ? false : null;

    private readonly HashSet<string> _female;

    private readonly HashSet<string> _male;

    /// <summary>Common surnames, most frequent first.</summary>
    public IReadOnlyList<string> Surnames { get; }

    /// <summary>
    /// WordNet's famous people of a field (famous-people.generated.txt): sportspeople, or performers and writers. Only a
    /// performer an arts story names as one is offered these as wrong answers; everyone else gets ordinary names the
    /// distractor finder makes from <see cref="FemaleNames"/>, <see cref="MaleNames"/> and <see cref="Surnames"/>.
    /// </summary>
    public IReadOnlyList<string> PeopleFor(ArticleField field) =>
        field is ArticleField.Sport or ArticleField.Entertainment && Famous.TryGetValue(field.ToString().ToLowerInvariant(), out var people) ? people : [];

    private Dictionary<string, IReadOnlyList<string>> Famous { get; }

    /// <summary>The list a place belongs to (countries, cities or regions), matched without "the"; null if none.</summary>
    public IReadOnlyList<string>? PlaceClass(string place)
    {
        var bare = Bare(place);
        return new[] { Countries, Cities, Regions }.FirstOrDefault(list => list.Any(p => Bare(p).Equals(bare, StringComparison.OrdinalIgnoreCase)));
    }

    public static string Bare(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private static List<string> Load(string name)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream($"QuizTui.Core.Resources.Questions.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } trimmed)
            {
                names.Add(trimmed);
            }
        }

        return names;
    }
}
