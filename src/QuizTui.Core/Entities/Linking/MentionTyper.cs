using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Turns a tagged span into a typed candidate: titles trimmed off names, demonyms made nationalities, religions
/// other names, a name typed by its head word ("Grand Mosque" a place), works and awards kept from people, pronouns dropped.
/// </summary>
internal static class MentionTyper
{
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Even", "Only", "Also", "Still", "Yet", "But", "And", "So", "Perhaps", "Never", "Just", "Now", "Then", "Meanwhile",
        "However", "Indeed", "Already", "Both", "Neither", "Either", "Unlike", "Like", "Despite", "While", "Although", "Though",
        "If", "When", "After", "Before", "Since", "As", "Because", "Where", "Asked", "Including", "Thanks", "Today", "Yesterday",
    };

    private static readonly HashSet<string> RoyalTitles = new(["Prince", "Princess", "King", "Queen", "Pope", "Emperor", "Empress", "Sheikh", "Sultan"], StringComparer.Ordinal);

    /// <summary>Points of the compass and their like that open a place's name ("North Yorks", "Greater London").</summary>
    public static readonly IReadOnlySet<string> CompassWords = new HashSet<string>(
        ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater"], StringComparer.Ordinal);

    private static readonly HashSet<string> FunctionWords = new(
        ["On", "In", "At", "Of", "To", "For", "By", "With", "From", "Into", "Up", "Out", "Off", "Over", "The", "A", "An", "And", "Or", "But", "Not", "No"],
        StringComparer.Ordinal);

    /// <summary>
    /// Acronyms of trades, things and offices written in capitals like a body's initials, and the names of technologies and
    /// standards news writes like a firm's ("RFID tags", "Voip calls", "via Bluetooth"): none names a body.
    /// </summary>
    private static readonly HashSet<string> CommonAcronyms = new(
        ["PR", "IT", "HR", "TV", "PC", "PCs", "CD", "CDs", "DVD", "DVDs", "GDP", "VAT", "IPO", "AGM", "SMS", "ID", "DJ", "VIP", "ATM", "PDA", "MBA", "CEO", "CFO", "GP", "GPs", "MP3", "HIV", "AIDS", "CCTV", "SUV", "SUVs", "PIN",
            "RFID", "VoIP", "Voip", "VOIP", "Wimax", "WiMax", "WiMAX", "Wi-Fi", "Wifi", "WiFi", "Bluetooth", "GPS", "GSM", "3G", "4G", "HDTV", "USB", "DSL", "ADSL", "LCD", "MMS", "WAP", "LAN", "P2P", "MP4", "HTML", "URL", "ISP", "ISPs", "PDAs", "DRM", "RSS", "QC", "QCs", "KC"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> NumberWords = new(["Hundred", "Thousand", "Million", "Billion", "Trillion", "Dozen"], StringComparer.Ordinal);

    private static readonly HashSet<string> Pronouns = new(
        ["I", "me", "he", "him", "she", "her", "it", "we", "us", "they", "them", "you", "his", "hers", "its", "our", "their", "your", "who", "whom"],
        StringComparer.OrdinalIgnoreCase);

    // Lower-case words that may stand inside a name ("Bank of England", "Charles de Gaulle"), besides
    // those with a capital further on ("al-Assad").
    private static readonly HashSet<string> Connectors = new(
        ["of", "the", "and", "&", "for", "on", "de", "del", "della", "dello", "di", "da", "du", "des", "la", "le", "van", "von", "der", "den", "al", "bin", "ibn", "y", "'s", "-"],
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> in lower case as a whole word ("movie" in "legal movie sites").</summary>
    public static bool WrittenInLowerCase(string text, string word)
    {
        var lower = word.ToLowerInvariant();
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    public static Candidate? Create(TextRegion region, int first, int last, string type, Gazetteer gazetteer, string text)
    {
        var tokens = region.Tokens;
        // A name stops at an ordinary lower-case word ("the West of worsening" → "West").
        for (var i = first + 1; i < last; i++)
        {
            var word = tokens[i].Text;
            if (char.IsLower(word[0]) && !Connectors.Contains(word) && !word.Any(char.IsUpper))
            {
                last = i;
                break;
            }
        }

        // "DHL-owner Deutsche Post", "Google-owned YouTube": a word ending in a lower-case noun or participle after a
        // hyphen describes the name that follows; it is no part of it.
        if (last - first > 1 && tokens[first].Text.LastIndexOf('-') is > 0 and var dash && tokens[first].Text[(dash + 1)..] is { Length: >= 3 } tail && tail.All(char.IsLower)
            && char.IsUpper(tokens[first + 1].Text[0]))
        {
            first++;
        }

        // "Distributor Sony Pictures said": a noun for a person or a firm, capitalised only because it opens the sentence,
        // describes the listed body that follows ("Refugee Council" keeps its first word).
        if (type == "ORG" && last - first > 1 && (first == 0 || tokens[first - 1].Text is "." or "!" or "?" or "\"" or "“")
            && gazetteer.Titles.Contains(tokens[first].Text.ToLowerInvariant())
            && (gazetteer.Lookup(text[tokens[first + 1].Span.Start..tokens[last - 1].Span.End]) & GazetteerKind.Organization) != 0)
        {
            first++;
        }

        // "Telco BT stepped in": a word the lexicon knows only as a common noun, capitalised only because it opens the sentence,
        // describes the body whose initials follow.
        if (type == "ORG" && last - first == 2 && (first == 0 || tokens[first - 1].Text is "\"" or "“") && TagLexicon.Default.Class(tokens[first].Text) == "~NN"
            && tokens[first].Text.Skip(1).All(char.IsLower) && tokens[first + 1].Text is { Length: >= 2 and <= 6 } initials && initials.All(char.IsUpper))
        {
            first++;
        }

        // "Movie piracy cost the industry £3.7bn": one word capitalised only because it opens the sentence, before a lower-case
        // word, is no name when the article writes it in lower case elsewhere ("legal movie sites").
        if (last - first == 1 && (first == 0 || tokens[first - 1].Text is "\"" or "“") && first + 1 < tokens.Count && char.IsLower(tokens[first + 1].Text[0])
            && tokens[first].Text is [var initial, .. var rest] && char.IsUpper(initial) && rest.All(char.IsLower)
            && WrittenInLowerCase(text, tokens[first].Text))
        {
            return null;
        }

        // "told the BBC.": the tagger may take in the full stop after a name; a name ends with a letter, digit or bracket.
        while (last - first > 1 && (Connectors.Contains(tokens[last - 1].Text) || (!tokens[last - 1].Text.Any(char.IsLetterOrDigit) && tokens[last - 1].Text is not (")" or "]"))))
        {
            last--;
        }

        // "Tory MP Boris Johnson", "Labour Chancellor Gordon Brown": a party or a people before a title is the role's too.
        var affiliation = first;
        while (type == "PER" && affiliation < last - 2 && IsAffiliation(tokens[affiliation].Text, gazetteer))
        {
            affiliation++;
        }

        if (affiliation > first && (gazetteer.Lookup(tokens[affiliation].Text) & GazetteerKind.Title) != 0)
        {
            first = affiliation;
        }

        // CoNLL leaves titles outside names; a title the tagger let in ("President Putin") is the role's, not the name's.
        var titled = false;
        // "Prince Edward", "Queen Rania", "Pope Benedict": a royal's or a pope's title before one given name is part of the
        // name they are known by.
        while (type == "PER" && last - first > 1 && (gazetteer.Lookup(tokens[first].Text) & GazetteerKind.Title) != 0
            && !(last - first == 2 && RoyalTitles.Contains(tokens[first].Text) && (gazetteer.Lookup(tokens[first + 1].Text) & GazetteerKind.GivenName) != 0))
        {
            first++;
            titled = true;
        }

        // The tagger, trained on CoNLL, leaves the title out: "Prince [Edward]", "Crown Prince [Frederik]".
        if (type == "PER" && last - first == 1 && first > 0 && RoyalTitles.Contains(tokens[first - 1].Text) && (gazetteer.Lookup(tokens[first].Text) & GazetteerKind.GivenName) != 0)
        {
            first--;
        }

        // "Lord Currie", "Baroness Scotland": a peer is known by the title and one name, a person's whatever the tagger called
        // the name ("Lord Butler" a place), unless the name is an office ("Lord Chancellor", "Lord Mayor").
        if (last - first == 1 && first > 0 && IsPeerage(tokens[first - 1].Text) && (type == "PER" || IsPeersName(tokens[first].Text, gazetteer)))
        {
            first--;
            type = "PER";
        }
        else if (type is not "PER" && last - first == 2 && IsPeerage(tokens[first].Text) && IsPeersName(tokens[first + 1].Text, gazetteer))
        {
            type = "PER";
        }

        if (type == "PER" && last - first == 2 && first > 0 && RoyalTitles.Contains(tokens[first].Text) && tokens[first - 1].Text == "Crown")
        {
            first--;
        }

        // "Even Denzel (Washington), he's getting $20m a movie": a sentence adverb or conjunction, capitalised where it opens
        // the sentence, is no part of a person's name.
        while (type == "PER" && last - first > 1 && SentenceOpeners.Contains(tokens[first].Text))
        {
            first++;
        }

        // "Tory Treasurer", "Labour Chancellor": a party or a people and a title, with no given name, is a role, not a person.
        if (type == "PER" && last - first > 1 && ((gazetteer.Lookup(tokens[last - 1].Text) & GazetteerKind.Title) != 0 || gazetteer.Titles.Contains(tokens[last - 1].Text.ToLowerInvariant()))
            && Enumerable.Range(first, last - first - 1).All(k => IsAffiliation(tokens[k].Text, gazetteer)))
        {
            return null;
        }

        if (titled && tokens[first].Text is "'s" or "’s")
        {
            return null; // "Prime Minister's Questions" names no person.
        }

        // A name starts with a letter or digit, never with the "'s" or "of" left after a cut.
        while (first < last && (Connectors.Contains(tokens[first].Text) || !char.IsLetterOrDigit(tokens[first].Text[0])))
        {
            first++;
        }

        if (first == last)
        {
            return null;
        }

        var words = text[tokens[first].Span.Start..tokens[last - 1].Span.End];
        // "Get On's target": a preposition or a determiner alone, left by a cut, names nothing.
        if (last - first == 1 && FunctionWords.Contains(words))
        {
            return null;
        }

        // "a PR person", "IT staff", "a TV show": an acronym for a trade or a thing names no body.
        if (last - first == 1 && CommonAcronyms.Contains(words))
        {
            return null;
        }

        // "us" is a pronoun, "US" a country.
        if (last - first == 1 && Pronouns.Contains(words) && !(words.Length > 1 && words.All(char.IsUpper)))
        {
            return null;
        }

        // "Ex-Labour minister", "pro-Kremlin", "anti-EU": a prefixed name alone describes, it names no one.
        if (last - first == 1 && words.IndexOf('-') is > 0 and var hyphen && words[..hyphen].ToLowerInvariant() is "ex" or "pro" or "anti" or "non" or "post" or "pre")
        {
            return null;
        }

        // "slow a PC's performance": an acronym after "a" or "an" that ends its noun phrase is a common noun, no body's name
        // ("a BBC report" goes on to its noun and keeps the name).
        if (last - first == 1 && words.Length is > 1 and < 6 && words.All(char.IsUpper) && first > 0 && tokens[first - 1].Text.ToLowerInvariant() is "a" or "an"
            && (last == tokens.Count || tokens[last].Text is "'s" or "’s" || !char.IsLetterOrDigit(tokens[last].Text[0])))
        {
            return null;
        }

        // "Million Dollar Baby": a number word names no person, nor does an amount ("3.35m Euros") or a currency ("Euros");
        // "Law Lords", "Male MPs": a title in the plural names a group, no person.
        if (type == "PER" && (Enumerable.Range(first, last - first).Any(k => NumberWords.Contains(tokens[k].Text)) || char.IsDigit(tokens[first].Text[0])
            || tokens[last - 1].Text.ToLowerInvariant() is "euros" or "euro" or "dollars" or "pounds" or "yen" or "yuan" or "rupees" or "roubles" or "rubles"))
        {
            type = "MISC";
        }
        else if (type == "PER" && last - first > 1 && tokens[last - 1].Text is [.., 's'] plural && (gazetteer.Lookup(plural[..^1]) & GazetteerKind.Title) != 0)
        {
            type = "MISC";
        }

        // "their nine-month-old child, Gloria", "his daughter Chelsea": a given name right after a word for a person, or after it
        // and a comma, is a person's, whatever the tagger called it.
        if (type is not "PER" && last - first == 1 && (gazetteer.Lookup(words) & GazetteerKind.GivenName) != 0
            && (first > 0 && IsPersonNoun(tokens[first - 1].Text, gazetteer) || first > 1 && tokens[first - 1].Text == "," && IsPersonNoun(tokens[first - 2].Text, gazetteer)))
        {
            type = "PER";
        }

        // "Motor Neurone disease", "the Zafi virus": a name before a word for an illness or a malicious program names it, no person.
        if (type == "PER" && last < tokens.Count && tokens[last].Text is "disease" or "diseases" or "syndrome" or "virus" or "worm")
        {
            type = "MISC";
        }

        // "MPs", "MSPs", "MBEs": initials with a plural "s" name a group, no person; a title's plural ("MPs") names no one.
        if (type == "PER" && last - first == 1 && words is [_, _, .., 's'] && words[..^1].All(char.IsUpper))
        {
            if ((gazetteer.Lookup(words[..^1]) & GazetteerKind.Title) != 0)
            {
                return null;
            }

            type = "MISC";
        }

        // "his exclusion from the Pharaohs", "the Wallabies": one plural name after "the" is a team's or a band's, a group
        // and no person.
        if (type == "PER" && last - first == 1 && first > 0 && tokens[first - 1].Text is "the" or "The" && words is [_, _, _, .., not 's', 's']
            && words.Skip(1).All(char.IsLower))
        {
            type = "ORG";
        }

        // "TimeWarner", "DaimlerChrysler", "PepsiCo": one word with a capital inside, after more than a surname's prefix
        // ("McCartney", "MacArthur", "DiCaprio", "LeBron"), is a firm's name run together, no person's.
        if (type == "PER" && last - first == 1 && IsRunTogether(words))
        {
            type = "ORG";
        }

        // "Amnesty International" tagged a person: a name the gazetteer lists as an organisation is one, whatever the tagger guessed;
        // "Woodhill, Milton Keynes": a name of two words or more it lists as a town is a place ("Prince Edward" is a prince).
        if (type == "PER" && (gazetteer.Lookup(words) & GazetteerKind.Organization) != 0)
        {
            type = "ORG";
        }
        else if (type == "PER" && last - first > 1 && (gazetteer.Lookup(tokens[first].Text) & GazetteerKind.Title) == 0 && (gazetteer.Lookup(words) & (GazetteerKind.City | GazetteerKind.Place | GazetteerKind.Country | GazetteerKind.Region)) != 0)
        {
            type = "LOC";
        }
        else if (type == "PER" && last - first > 1 && CompassWords.Contains(tokens[first].Text))
        {
            type = "LOC"; // "Richmond, North Yorks", "East Lothian": no person's name opens with a point of the compass.
        }

        var mentionType = type switch
        {
            "PER" => MentionType.Person,
            "LOC" => MentionType.Place,
            "ORG" => MentionType.Organization,
            _ => MentionType.Other,
        };
        var settled = true;
        var isWork = false;
        if (gazetteer.TryGetDemonym(words, out _))
        {
            mentionType = MentionType.Nationality;
        }
        else if (NameHeads.Default.Religions.ContainsKey(words))
        {
            mentionType = MentionType.Other; // "Muslims", "Islamic": a religion's, never a person or a place.
        }
        else if (WorkTitles.Match(region, ref first, last, mentionType, gazetteer))
        {
            mentionType = MentionType.Other;
            isWork = true;
            words = text[tokens[first].Span.Start..tokens[last - 1].Span.End];
        }
        else if (HeadType(tokens, first, last, mentionType, words, gazetteer) is { } headType)
        {
            mentionType = headType;
        }
        else
        {
            settled = false;
            if (mentionType == MentionType.Other && IsAcronymCompound(tokens[first].Text, gazetteer))
            {
                // "UN-Arab League": a name built on an organisation's acronym is an organisation.
                mentionType = MentionType.Organization;
            }
        }

        return new Candidate(region, first, last, mentionType) { Text = words, Settled = settled, IsWork = isWork };
    }

    private static bool IsRunTogether(string word)
    {
        var inner = word.Length > 1 && char.IsUpper(word[0]) ? word.AsSpan(1).IndexOfAnyInRange('A', 'Z') + 1 : 0;
        return inner >= 3 && word.Take(inner).Skip(1).All(char.IsLower) && word[..inner] is not ("Mac" or "Fitz" or "Van" or "Von" or "Del" or "Della")
            && word.Skip(inner + 1).Any(char.IsLower);
    }

    private static bool IsPersonNoun(string word, Gazetteer gazetteer) =>
        word.Length > 2 && word.All(char.IsLower) && gazetteer.Titles.Contains(word);

    /// <summary>A peer's title, written before the one name the peer is known by: "Lord", "Baroness".</summary>
    public static bool IsPeerage(string word) => word is "Lord" or "Baroness" or "Baron" or "Viscount" or "Viscountess";

    private static bool IsPeersName(string word, Gazetteer gazetteer) =>
        word is [var capital, .. var lower] && char.IsUpper(capital) && lower.All(char.IsLower)
        && (gazetteer.Lookup(word) & GazetteerKind.Title) == 0;

    /// <summary>A body or a people a role may be of: "Tory", "Labour", "US", "French".</summary>
    public static bool IsAffiliation(string word, Gazetteer gazetteer) =>
        (gazetteer.Lookup(word) & (GazetteerKind.Organization | GazetteerKind.Demonym)) != 0 || NameHeads.Default.TypeOf([word], word) == MentionType.Organization;

    /// <summary>
    /// The type the name's head word gives ("Grand Mosque" a place, "Saudi Gazette" an organisation, "Athens
    /// Olympics" other), unless the name is a person's, a given name and a head that is also a surname
    /// ("Shirley Temple", "Thomas Haden Church"; but "Jesse Owens Awards"), or an
    /// organisation of a faith or a people ("Catholic Church", "Russian Orthodox Church").
    /// </summary>
    private static MentionType? HeadType(IReadOnlyList<Token> tokens, int first, int last, MentionType tagged, string words, Gazetteer gazetteer)
    {
        var names = new string[last - first];
        for (var i = first; i < last; i++)
        {
            names[i - first] = tokens[i].Text;
        }

        if (NameHeads.Default.TypeOf(names, words) is not { } type || type == tagged)
        {
            return null;
        }

        if (tagged == MentionType.Person && (gazetteer.Lookup(names[0]) & GazetteerKind.GivenName) != 0 && NameHeads.Default.IsSurname(names[^1]))
        {
            return null;
        }

        if (tagged == MentionType.Organization && type == MentionType.Place &&
            names.Any(n => NameHeads.Default.Religions.ContainsKey(n) || gazetteer.TryGetDemonym(n, out _)))
        {
            return null;
        }

        return type;
    }

    private static bool IsAcronymCompound(string word, Gazetteer gazetteer) =>
        word.Contains('-', StringComparison.Ordinal) && gazetteer.Acronyms.ContainsKey(word[..word.IndexOf('-', StringComparison.Ordinal)]);

    /// <summary>The dateline's place ("MOSCOW" of "MOSCOW, Russia") when the tagger missed it: the words before the first comma.</summary>
    public static IEnumerable<Candidate> DatelinePlaces(TextRegion region, Dateline dateline, IReadOnlyList<Candidate> found, string text)
    {
        var tokens = region.Tokens;
        var start = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var inside = i < tokens.Count && dateline.Span.Contains(tokens[i].Span) && tokens[i].Text.Any(char.IsLetter);
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                var candidate = new Candidate(region, start, i, MentionType.Place) { Text = text[tokens[start].Span.Start..tokens[i - 1].Span.End] };
                if (!found.Any(f => f.Span.Overlaps(candidate.Span)))
                {
                    yield return candidate;
                }

                yield break;
            }
        }
    }
}
