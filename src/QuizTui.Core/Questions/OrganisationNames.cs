using QuizTui.Core.Entities.Gazetteers;
using Names = QuizTui.Core.Entities.Gazetteers.Gazetteer;

namespace QuizTui.Core.Questions;

/// <summary>Tests on names the recogniser calls organisations.</summary>
internal static class OrganisationNames
{
    /// <summary>
    /// The short names and nicknames of parties, one body each: "the Tories" are the Conservatives, "Lib Dems" the Liberal
    /// Democrats. No shared word tells these apart from two bodies, so they are listed.
    /// </summary>
    private static readonly string[][] Nicknames =
    [
        ["Conservatives", "Conservative", "Conservative Party", "Tories", "Tory", "Tory Party"],
        ["Liberal Democrats", "Liberal Democrat", "Liberal Democrat Party", "Lib Dems", "Lib Dem"],
        ["Labour", "Labour Party", "New Labour"],
        ["SNP", "Scottish National Party", "Scottish Nationalists"],
        ["Republicans", "Republican Party", "GOP"],
        ["Democrats", "Democratic Party"],
        ["UKIP", "UK Independence Party"],
        ["Plaid Cymru", "Plaid"],
    ];

    /// <summary>Whether two names are one party's ("Tories" and "the Conservatives").</summary>
    public static bool SameParty(string a, string b)
    {
        var x = Gazetteer.Bare(a.Trim());
        var y = Gazetteer.Bare(b.Trim());
        return Nicknames.Any(names => names.Contains(x, StringComparer.OrdinalIgnoreCase) && names.Contains(y, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True for a name that is only an organisation's head word, cut from its name: "Federation" from "the Greek Federation
    /// (SEGAS)", "Committee", "Bank", "Council". Such a name is no answer and no wrong choice. A newspaper is its head word
    /// ("The Times").
    /// </summary>
    public static bool IsBareHeadWord(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name is not ("Times" or "Post" or "Journal" or "Telegraph" or "Herald" or "Guardian" or "Observer" or "Express" or "Mail" or "Mirror" or "Independent" or "Sun" or "Star")
        && Names.Default.Lookup(Names.Key(name)).HasFlag(GazetteerKind.OrgSuffix)
        && !Names.Default.Lookup(Names.Key(name)).HasFlag(GazetteerKind.Organization);

    /// <summary>
    /// True for a one-word name that is also an ordinary English word and that the gazetteer does not list as an
    /// organisation ("Young", "Almost", "Breakfast", but also "Orange"): too doubtful to offer as a wrong choice, where a
    /// listed organisation can stand instead.
    /// </summary>
    public static bool IsCommonWord(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && !name.All(c => char.IsUpper(c) || !char.IsLetter(c))
        && PromptChecks.IsDictionaryWord(name)
        && !Names.Default.Lookup(Names.Key(name)).HasFlag(GazetteerKind.Organization);

    /// <summary>
    /// True for a law, treaty or document the recogniser took for an organisation: "First Amendment", "Patriot Act", "Kyoto
    /// Protocol", "Good Friday Agreement", or "the Bill" alone. It does nothing, so it is no answer to "who" and no wrong
    /// choice for one.
    /// </summary>
    public static bool IsDocument(string name) =>
        name[(name.LastIndexOf(' ') + 1)..] is "Amendment" or "Act" or "Bill" or "Treaty" or "Protocol" or "Accord" or "Accords" or "Agreement"
            or "Declaration" or "Directive" or "Charter" or "Constitution" or "Convention" or "Manifesto" or "Resolution" or "Doctrine";

    /// <summary>
    /// True for a title the recogniser took for an organisation: "Portrait of Omai", "Creation of Celebrity", "Passion of
    /// the Christ". Its head is an ordinary noun that no body's name ends in ("Bank of England", "University of
    /// Strathclyde", "House of Lords" have one) and the gazetteer knows neither it nor the whole name.
    /// </summary>
    public static bool IsTitle(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length >= 3 && words[0] is "the" or "The" ? words[1] : words[0];
        return words.Length >= 3 && words.Contains("of") && Array.IndexOf(words, "of") == Array.IndexOf(words, head) + 1
            && PromptChecks.IsDictionaryWord(head) && Names.Default.Lookup(Names.Key(head)) == GazetteerKind.None
            && head is not ("Duchy" or "Academy" or "Society" or "Friends" or "Order" or "Guild" or "League" or "Club" or "Fund" or "Trust")
            && !Names.Default.Lookup(Names.Key(name)).HasFlag(GazetteerKind.Organization);
    }

    /// <summary>
    /// True for a news organisation: a broadcaster's news service, an agency or a paper ("BBC News", "Reuters", "The
    /// Times", "Sky Sports News"), told by its words; not a sports body ("UK Sport") nor a body of journalists
    /// ("Hollywood Foreign Press Association"). Its wrong choices are other news organisations, not the World Bank.
    /// </summary>
    public static bool IsNewsOutlet(string name) =>
        PromptChecks.Words(name).Any(w => w is "BBC" or "News" or "Radio" or "TV" or "Television" or "Times" or "Post" or "Guardian" or "Telegraph"
            or "Independent" or "Mail" or "Mirror" or "Observer" or "Reuters" or "Press" or "Sky" or "ITV" or "CNN" or "Channel" or "Magazine"
            or "Journal" or "Herald" or "Express" or "Tribune" or "Gazette" or "Newsweek" or "Variety" or "Bloomberg")
        && !PromptChecks.Words(name).Any(w => w is "Association" or "Federation" or "Union" or "Council" or "Commission" or "Committee" or "Institute"
            or "Society" or "Foundation" or "Club" or "Complaints" or "Standards");

    /// <summary>
    /// True for an acronym the article also writes in the plural ("The Edinburgh MSP" beside "MSPs are advised"): a word for
    /// a kind of member or body (MSP, MEP, NGO), not one organisation's name.
    /// </summary>
    public static bool IsCountNoun(string name, string articleText) =>
        name.Length is >= 2 and <= 6 && name.All(char.IsUpper)
        && System.Text.RegularExpressions.Regex.IsMatch(articleText, $@"\b{name}s\b");

    /// <summary>
    /// True for a product named after its maker: a listed company's name and then a model's ("Motorola Startac", "Sony
    /// Walkman", "Microsoft Outlook"), not a company's own name ("Sony Pictures", "Microsoft Corp", "Sony Ericsson"). It is
    /// no answer to "who" and no wrong choice for one. A broadcaster's names are its channels and services ("BBC Sport").
    /// </summary>
    public static bool IsProduct(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Gazetteer.Default.ListedOrganisationKind(words[0]) is not { } kind || !OrganisationKinds.Companies.Contains(kind)
            || kind == "media" || Gazetteer.Default.ListedOrganisationKind(name) is not null)
        {
            return false;
        }

        var model = string.Join(' ', words.Skip(1));
        return OrganisationKinds.Of(model, "", ArticleField.General, Gazetteer.Default) is null
            && !words.Skip(1).Any(w => Names.Default.Lookup(Names.Key(w)).HasFlag(GazetteerKind.OrgSuffix));
    }

    /// <summary>
    /// Whether the recogniser's gazetteer lists the name as a body or a suffix makes it one: after a name ("Sony Pictures"),
    /// or before "of" ("Court of Appeal"); a bare "Institute" is a name cut short.
    /// </summary>
    public static bool IsListedOrSuffixed(string name)
    {
        var words = name.Split(' ');
        return Names.Default.Lookup(Names.Key(name)).HasFlag(GazetteerKind.Organization)
            || words.Where((w, i) => (i > 0 || (words.Length > 2 && words[1] == "of")) && Names.Default.Lookup(Names.Key(w)).HasFlag(GazetteerKind.OrgSuffix)).Any();
    }

    /// <summary>True for a name ending in an acronym's plural ("SRX SUVs", "Labour MPs"): things or people of a kind, no body.</summary>
    public static bool IsPluralNoun(string name) =>
        name[(name.LastIndexOf(' ') + 1)..] is { Length: >= 3 } last && last[^1] == 's' && last[..^1].All(char.IsUpper);
}
