namespace QuizTui.Core.Questions;

/// <summary>
/// What kind of body an organisation is, so that its wrong choices are bodies of the same kind: airlines for British
/// Airways, companies for Parmalat, councils for Scottish Borders Council, not the African Union. The kinds are those of
/// organizations.txt. A listed name has its list's kind; otherwise the words of the name tell it ("... Airways", "...
/// Council", "... plc"), and then what the article calls it ("the Italian food group Parmalat", "shares in Turkcell").
/// A body of no known kind gets no wrong choices from the lists: a wrong kind is no plausible wrong answer.
/// </summary>
internal static class OrganisationKinds
{
    /// <summary>Kinds that are companies: a company of no more precise kind gets wrong choices from all of them.</summary>
    public static readonly string[] Companies = ["tech", "bank", "airline", "car", "aerospace", "energy", "retail", "food", "media", "betting"];

    public const string Company = "company";

    private static readonly (string Kind, string[] Words)[] NameWords =
    [
        ("airline", ["Airways", "Airlines"]),
        ("bank", ["Bank", "Banking", "Securities", "Capital", "Investments", "Insurance", "Assurance", "Sachs", "Lynch"]),
        ("car", ["Motor", "Motors", "Automotive", "Cars"]),
        ("energy", ["Oil", "Petroleum", "Energy", "Gas"]),
        ("media", ["Studios", "Studio", "Pictures", "Films", "Records", "Music", "Entertainment", "Productions", "Broadcasting"]),
        ("tech", ["Software", "Systems", "Networks", "Technologies", "Technology", "Telecom", "Telecommunications", "Computer",
            "Computers", "Electronics", "Interactive", "Games", "Mobile", "Wireless", "Semiconductor", "Microsystems"]),
        (Company, ["Inc", "plc", "Plc", "PLC", "Corp", "Corporation", "Ltd", "Limited", "Group", "Holdings", "Co", "Company",
            "Industries", "AG", "SA", "NV", "GmbH"]),
        ("party", ["Party", "Democrats", "Democrat", "Dems", "Conservatives", "Tories", "Labour", "Republicans"]),
        ("university", ["University", "College"]),
        ("arts", ["Gallery", "Museum", "Theatre", "Opera", "Orchestra", "Ballet"]),
        ("charity", ["Charity", "Trust", "Foundation"]),
        ("sport-body", ["Federation", "Federations", "Olympic"]),
        ("club", ["FC", "AFC", "RFC", "Rovers", "Wanderers", "Albion", "Harriers", "Hotspur", "Athletic"]),
        ("public-body", ["Ministry", "Department", "Office", "Agency", "Authority", "Commission", "Commissioner", "Police",
            "Constabulary", "Executive", "Inspectorate", "Regulator", "Service", "Directorate"]),
    ];

    /// <summary>Nouns an article calls a company by, with the kind each tells ("airline" an airline, "firm" any company).</summary>
    private static readonly Dictionary<string, string> FirmNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["airline"] = "airline", ["carrier"] = "airline", ["bank"] = "bank", ["insurer"] = "bank", ["lender"] = "bank",
        ["carmaker"] = "car", ["automaker"] = "car", ["planemaker"] = "aerospace", ["brewer"] = "food", ["chipmaker"] = "tech",
        ["retailer"] = "retail", ["supermarket"] = "retail", ["chain"] = "retail", ["studio"] = "media", ["label"] = "media",
        ["broadcaster"] = "media", ["bookmaker"] = "betting", ["bookmakers"] = "betting", ["bookies"] = "betting", ["firm"] = Company, ["company"] = Company, ["group"] = Company,
        ["maker"] = Company, ["manufacturer"] = Company, ["giant"] = Company, ["brand"] = Company, ["operator"] = Company,
        ["supplier"] = Company, ["publisher"] = Company, ["conglomerate"] = Company, ["multinational"] = Company,
    };

    /// <summary>Words before a firm noun that tell the company's kind ("software firm", "Italian food group", "aircraft maker").</summary>
    private static readonly Dictionary<string, string> TradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["software"] = "tech", ["internet"] = "tech", ["net"] = "tech", ["online"] = "tech", ["web"] = "tech", ["computer"] = "tech",
        ["computing"] = "tech", ["chip"] = "tech", ["phone"] = "tech", ["mobile"] = "tech", ["telecoms"] = "tech", ["telecom"] = "tech",
        ["technology"] = "tech", ["tech"] = "tech", ["games"] = "tech", ["gaming"] = "tech", ["electronics"] = "tech", ["search"] = "tech",
        ["broadband"] = "tech", ["networking"] = "tech", ["security"] = "tech", ["virus"] = "tech", ["antivirus"] = "tech",
        ["food"] = "food", ["drinks"] = "food", ["drink"] = "food", ["dairy"] = "food", ["beer"] = "food", ["brewing"] = "food", ["confectionery"] = "food", ["oil"] = "energy", ["energy"] = "energy", ["gas"] = "energy",
        ["car"] = "car", ["motor"] = "car", ["aircraft"] = "aerospace", ["plane"] = "aerospace", ["aerospace"] = "aerospace",
        ["defence"] = "aerospace", ["media"] = "media", ["entertainment"] = "media", ["music"] = "media", ["film"] = "media",
        ["record"] = "media", ["financial"] = "bank", ["investment"] = "bank", ["insurance"] = "bank", ["banking"] = "bank",
        ["clothing"] = "retail", ["fashion"] = "retail",
    };

    /// <summary>
    /// The kind of <paramref name="name"/>: a kind of organizations.txt, <see cref="Company"/> for a company of no more
    /// precise kind, or null when neither the lists, the name nor the article tell it.
    /// </summary>
    public static string? Of(string name, string articleText, ArticleField field, Gazetteer gazetteer)
    {
        if (gazetteer.OrganisationKind(name) is { } listed)
        {
            return listed;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && (words[0] == "Bank" && words[1] == "of" || words.Contains("Bank") && words.Any(w => w is "Central" or "Reserve")))
        {
            return "central-bank";
        }

        if (words.Length == 2 && words[1] == "Department")
        {
            return "us-department";
        }

        // "UN Security Council", "the European Commission": a body of nations, whatever its head word.
        if (words.Any(w => w is "United" or "Nations" or "World" or "European" or "International" or "UN" or "EU")
            && words.Any(w => w is "Nations" or "Organisation" or "Organization" or "Union" or "Fund" or "Court" or "Agency" or "Commission" or "Council" or "Bank"))
        {
            return "international";
        }

        if (words.Contains("Council"))
        {
            return Foreign(words[0]) || words[^1] != "Council" && words.Contains("of") ? null
                : words[^1] == "Council" && words.Length >= 3 && words[^2] is "City" or "County" or "Borough" or "District" or "Town" ? "council" : "public-body";
        }

        // "Russian Ministry of Foreign Affairs": another country's body of government, for which no list offers choices but
        // the American departments for an American one ("U.S. Environmental Protection Agency").
        if (Foreign(words[0]) && words.Any(NameWords.First(k => k.Kind == "public-body").Words.Contains))
        {
            return words[0] is "US" or "U.S." or "American" ? "us-department" : ForeignBody;
        }

        foreach (var (kind, kindWords) in NameWords)
        {
            if (words.Any(kindWords.Contains) && (kind is not ("club" or "sport-body") || field == ArticleField.Sport) && (kind != "public-body" || !Foreign(words[0])))
            {
                return kind == Company ? CompanyKind(name, articleText) : kind;
            }
        }

        if (field == ArticleField.Sport && words.Length >= 2 && words[^1] is "United" or "City" or "Town" or "County" or "Rangers")
        {
            return "club";
        }

        return CalledInArticle(name, articleText);
    }

    /// <summary>
    /// Whether bodies of kinds <paramref name="kind"/> and <paramref name="other"/> may stand for each other as wrong
    /// choices: the same kind, two companies ("Nissan" beside "Microsoft" in a story about both), or two bodies of
    /// government ("the United Nations" beside "the US State Department"). A party and the Telephone Preference Service are not.
    /// </summary>
    public static bool Comparable(string kind, string other) =>
        kind == other || (IsCompany(kind) && IsCompany(other)) || (Government.Contains(kind) && Government.Contains(other));

    private static readonly string[] Government = ["international", "public-body", "us-department", "council", "central-bank", ForeignBody];

    private const string ForeignBody = "foreign-body";

    public static bool IsCompany(string kind) => kind == Company || Companies.Contains(kind);

    /// <summary>The wrong choices for a kind: its list, or all the companies' lists for a company of no precise kind.</summary>
    public static IEnumerable<string> Choices(string kind, Gazetteer gazetteer) =>
        kind == Company ? Companies.SelectMany(gazetteer.OrganisationsOf) : gazetteer.OrganisationsOf(kind);

    /// <summary>A company the name alone tells ("LNM Holdings"): of a precise kind when the article calls it one.</summary>
    private static string CompanyKind(string name, string articleText) => CalledInArticle(name, articleText) is { } called && called != Company ? called : Company;

    /// <summary>
    /// The kind the article gives the name by a firm noun right before it ("the Italian dairy firm Parmalat", "mobile phone
    /// maker Nokia") or in an apposition right after it ("Turkcell, the mobile operator,"), or by its shares ("shares in
    /// Turkcell", "Turkcell's shares"). A technology word before the noun makes it a technology company.
    /// </summary>
    private static string? CalledInArticle(string name, string articleText)
    {
        string? found = null;
        for (var at = articleText.IndexOf(name, StringComparison.Ordinal); at >= 0; at = articleText.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (at > 0 && char.IsLetterOrDigit(articleText[at - 1]) || end < articleText.Length && char.IsLetter(articleText[end]))
            {
                continue;
            }

            var before = Words(articleText[Math.Max(0, at - 60)..at]).TakeLast(4).ToList();
            var after = Words(articleText[end..Math.Min(articleText.Length, end + 60)]).Take(6).ToList();
            var kind = FirmNounKind(before, before.Count - 1)
                ?? (articleText[end..].TrimStart().StartsWith(',') && after.Count > 1 && after[0] is "the" or "a" or "an"
                    ? Enumerable.Range(1, after.Count - 1).Select(i => FirmNounKind(after, i)).FirstOrDefault(k => k != null)
                    : null)
                ?? (before.Count >= 2 && before[^2] == "shares" && before[^1] is "in" or "of" || after.Count >= 2 && after[0] == "s" && after[1] == "shares"
                    || after.Count >= 1 && after[0] == "shares" ? Company : null);
            if (kind != null && (found == null || found == Company))
            {
                found = kind;
            }
        }

        return found;
    }

    /// <summary>
    /// True for a name's first word that places the body abroad ("Ugandan Media Council", "Indian Home Ministry"): the
    /// listed public bodies are British, and no plausible wrong answer for another country's.
    /// </summary>
    private static bool Foreign(string word) =>
        word is not ("British" or "UK" or "English" or "Scottish" or "Welsh" or "Irish" or "Northern" or "National" or "Royal")
        && (Entities.Gazetteers.Gazetteer.Default.TryGetDemonym(word, out _)
            || Entities.Gazetteers.Gazetteer.Default.Lookup(Entities.Gazetteers.Gazetteer.Key(word)).HasFlag(Entities.Gazetteers.GazetteerKind.Country));

    private static string? FirmNounKind(List<string> words, int index)
    {
        if (index < 0 || !FirmNouns.TryGetValue(words[index], out var kind))
        {
            return null;
        }

        return kind == Company && words.Take(index).TakeLast(2).Reverse().Select(w => TradeWords.GetValueOrDefault(w)).FirstOrDefault(k => k != null) is { } trade
            ? trade : kind;
    }

    private static IEnumerable<string> Words(string text) => PromptChecks.Words(text).Select(w => w.ToLowerInvariant());
}
