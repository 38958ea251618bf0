using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.Core.Entities;
using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Entities.Linking;
using Names = QuizTui.Core.Entities.Gazetteers.Gazetteer;

namespace QuizTui.Core.Questions;

/// <summary>
/// Wrong answers of the answer's kind: people for a person, places of the same granularity for a place
/// (country for country, city for city), nearby dates of the same precision, nearby numbers. Drawn
/// first from the article, then from the gazetteers; never the answer, an alias of it, or of each other.
/// </summary>
internal static class Distractors
{
    /// <param name="prompt">The question: a name it contains is no choice ("Who has agreed to merge with Gazprom?" never offers Gazprom).</param>
    /// <param name="evidence">The sentence the question comes from: other sentences tell whether a name may answer it too.</param>
    public static IReadOnlyList<string> For(AnswerKey key, ArticleContext context, Gazetteer gazetteer, Random random, string prompt = "", int count = 3, Text.TextSpan? evidence = null)
    {
        (IEnumerable<string> FromArticle, IEnumerable<string> Fallback) sources = key.Kind switch
        {
            AnswerKind.Person when context.Field == ArticleField.General && !NamedLikeAPerson(key, context) => Organisations(key, context, gazetteer, random),
            // Beyond the article's own people, ordinary names shaped like the answer's: a famous name from another age
            // ("Jean-Paul Sartre" beside a Norwegian student, "Yogi Berra" beside a sprinter) gives the answer away. Only
            // a performer the arts story calls one ("actor Tom Hanks") is offered famous names, among which ordinary ones
            // would give a star away.
            AnswerKind.Person => (People(context, key.Value), context.Field == ArticleField.Entertainment && Performer(key, context)
                ? Shuffled(gazetteer.PeopleFor(context.Field), random)
                : OrdinaryPeople(key.Choice, context.Article.Text, gazetteer, random)),
            AnswerKind.Organization => Organisations(key, context, gazetteer, random),
            AnswerKind.Place => Places(key, context, gazetteer, random),
            AnswerKind.Date => (Dates(key, context), TimeText.Nearby(key.Value).Select(v => TimeText.Format(v)!).ToList()),
            _ => (Numbers(key, context), NearbyNumbers(key)),
        };
        var (fromArticle, fallback) = sources;

        var chosen = new List<string>();
        IEnumerable<string> taken = [key.Choice, key.Display, key.Value, .. key.Accept];
        if (key.Kind is AnswerKind.Person or AnswerKind.Organization or AnswerKind.Place)
        {
            taken = taken.Concat(context.FormsOf(key.Value));
        }

        var answerForms = taken.ToList();
        var asked = key.Kind is AnswerKind.Person or AnswerKind.Organization or AnswerKind.Place ? ContentStems(prompt) : [];
        var female = key.Kind == AnswerKind.Person ? AnswerIsFemale(prompt) : null;
        // With the answer's sex known, the article's names of that sex come first, then its names that do not tell, then the
        // gazetteer's in the same order; a name of the other sex never.
        IEnumerable<string> pool = fromArticle.Concat(fallback);
        if (female is { } known)
        {
            IEnumerable<string> BySex(IEnumerable<string> names)
            {
                var listed = names.Select(n => (Name: n, Female: gazetteer.IsFemaleName(n.Split(' ')[0]))).ToList();
                return listed.Where(n => n.Female == known).Concat(listed.Where(n => n.Female is null)).Select(n => n.Name);
            }

            // The gazetteer's names may run on (ordinary names are made up one by one): a few dozen are plenty for three choices.
            pool = BySex(fromArticle).Concat(BySex(fallback.Take(60)));
        }

        foreach (var candidate in pool)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (answerForms.Any(a => Aliases(a, candidate, key.Kind) || Bracketed(context.Article.Text, a, candidate))
                || chosen.Any(c => Aliases(c, candidate, key.Kind) || Bracketed(context.Article.Text, c, candidate))
                || (key.Kind is not (AnswerKind.Date or AnswerKind.Number) && (InPrompt(prompt, candidate) || context.FormsOf(candidate).Any(form => InPrompt(prompt, form))))
                || MayAlsoBeTrue(asked, candidate, answerForms, context, evidence))
            {
                continue;
            }

            chosen.Add(candidate);
        }

        return chosen;
    }

    /// <summary>Whether the article gives the answer a performer's or an author's role: "actor Tom Hanks", "director Ron Howard".</summary>
    private static bool Performer(AnswerKey key, ArticleContext context) =>
        context.Mentions.Any(m => m.Entity == key.Value && m.Role is { } role && role.Split(' ').Any(w => PerformerNouns.Contains(w.ToLowerInvariant())));

    private static readonly HashSet<string> PerformerNouns = new(StringComparer.Ordinal)
    {
        "actor", "actress", "star", "director", "film-maker", "filmmaker", "singer", "musician", "rapper", "comedian", "presenter",
        "author", "writer", "novelist", "playwright", "composer", "songwriter", "writer-director", "guitarist", "drummer", "frontman",
    };

    /// <summary>
    /// "Who says she is eager to compete?": a "she" or "he" with no name before it in the prompt is the answer, and so is the
    /// holder of a role that says its sex ("Who was favourite male movie star?"); a wrong choice of the other sex (a man's
    /// given name there) would give the answer away. Null when the prompt does not tell.
    /// </summary>
    private static bool? AnswerIsFemale(string prompt)
    {
        var words = prompt.TrimEnd('?').Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "Who faces competition from ... in the best actor category?": an award for actors or actresses says the sex of
        // whoever is up for it.
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i - 1] is "best" or "supporting" or "Best" or "Supporting")
            {
                if (words[i] is "actress" or "Actress")
                {
                    return true;
                }

                if (words[i] is "actor" or "Actor")
                {
                    return false;
                }
            }
        }

        // "Who was favourite male movie star?", "Who was named best actress?": a role that says its holder's sex.
        if ((words.Length > 2 && words[1] is "is" or "was" or "won" or "became" or "named") || (words.Length > 3 && words[2] == "named"))
        {
            if (words.Any(w => w is "female" or "actress" or "actresses" or "woman" or "women's" or "sportswoman" or "heroine"))
            {
                return true;
            }

            if (words.Any(w => w is "male" or "actor" or "man" or "men's" or "sportsman"))
            {
                return false;
            }
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) || words[i].StartsWith('“'))
            {
                return null;
            }

            switch (words[i])
            {
                case "she" or "her" or "herself":
                    return true;
                case "he" or "his" or "him" or "himself":
                    return false;
            }
        }

        return null;
    }

    /// <summary>
    /// "the Office for National Statistics (ONS)", "the Court of Arbitration for Sport (CAS)": one name in brackets after the
    /// other, or after it and up to three more words, is the same body's.
    /// </summary>
    private static bool Bracketed(string text, string a, string b) =>
        a.Length > 1 && b.Length > 1 && (text.Contains('(' + b + ')', StringComparison.Ordinal) || text.Contains('(' + a + ')', StringComparison.Ordinal))
        && (Regex.IsMatch(text, Regex.Escape(a) + @"(?: [\w&'-]+){0,3} \(" + Regex.Escape(b) + @"\)") || Regex.IsMatch(text, Regex.Escape(b) + @"(?: [\w&'-]+){0,3} \(" + Regex.Escape(a) + @"\)"));

    /// <summary>
    /// "Where did the pair dramatically miss another test?" → Athens: Chicago is no wrong answer when the article says the
    /// pair were "missing a series of routine drugs tests in Tel Aviv, Chicago and Athens". A name from the article is left
    /// out when a sentence other than the question's names it with the answer and holds most of the question's content
    /// words (at least two, six in ten), or names it without the answer and holds them all (at least three).
    /// </summary>
    /// <remarks>
    /// "Thanou's coach Christos Tzekos was also suspended by the IAAF": after "also" one content word is enough, and Thanou,
    /// "suspended by the IAAF" in another sentence, is no wrong answer to "Who was suspended by the IAAF?".
    /// </remarks>
    private static bool MayAlsoBeTrue(HashSet<string> asked, string candidate, IReadOnlyList<string> answerForms, ArticleContext context, Text.TextSpan? evidence)
    {
        var also = evidence is { } said && PromptChecks.Words(context.Article.Text[said.Start..said.End]).Contains("also");
        if (asked.Count < (also ? 1 : 2))
        {
            return false;
        }

        return context.Mentions.Where(m => m.Entity == candidate)
            .Select(m => context.Article.Sentences.FirstOrDefault(x => x.Span.Start <= m.Span.Start && m.Span.End <= x.Span.End))
            .OfType<Parsing.Sentence>()
            .Where(x => evidence is not { } e || !x.Span.Overlaps(e))
            .Distinct()
            .Any(x =>
            {
                var shared = ContentStems(x.Text).Count(asked.Contains);
                var withAnswer = answerForms.Any(a => a.Length > 2 && InPrompt(x.Text, a));
                return withAnswer ? shared >= Math.Max(2, Math.Ceiling(asked.Count * 0.6)) : shared == asked.Count && (shared >= 3 || also);
            });
    }

    /// <summary>Tags of words that carry no content: a word that can be one ("the", "with", "last") is left out.</summary>
    private static readonly HashSet<string> FunctionTags = new(["DT", "PDT", "IN", "CC", "PRP", "PRP$", "TO", "MD", "WDT", "WP", "WP$", "WRB", "EX", "RB", "RBR", "RBS", "CD", "RP"], StringComparer.Ordinal);

    /// <summary>The stems of a text's lower-case content words, but for the auxiliaries ("missing tests" → miss, test).</summary>
    private static HashSet<string> ContentStems(string text) =>
        PromptChecks.Words(text)
            .Where(w => char.IsLower(w[0]) && w.Length > 2 && !Auxiliaries.Contains(w) && Grammar.TagLexicon.Default.Class(w) is var tags
                && !tags.TrimStart('~').Split('|').Any(FunctionTags.Contains))
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "been", "being", "has", "have", "had", "having", "did", "does", "can", "could", "will", "would",
        "may", "might", "must", "shall", "should", "who", "where", "when", "which", "what", "said", "says", "say", "told", "tells",
        "added", "adds", "according",
    };

    private static string Stem(string word)
    {
        foreach (var ending in (string[])["ing", "ed", "es", "s"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3)
            {
                var stem = word[..^ending.Length];
                return stem.Length > 3 && stem[^1] == stem[^2] ? stem[..^1] : stem;
            }
        }

        return word;
    }

    /// <summary>True when the prompt holds the name as whole words ("Gazprom" is not in "Gazpromneft").</summary>
    private static bool InPrompt(string prompt, string name)
    {
        var words = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        for (var at = prompt.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = prompt.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(prompt[at - 1])) && (end == prompt.Length || !char.IsLetterOrDigit(prompt[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two names that may denote the same thing: equal without "the", or sharing a distinctive word.</summary>
    public static bool Aliases(string a, string b, AnswerKind kind)
    {
        var x = Gazetteer.Bare(a.Trim());
        var y = Gazetteer.Bare(b.Trim());
        // "TimeWarner" and "Time Warner", "Mercedes Benz" and "Mercedes-Benz": spaces and hyphens aside, one name.
        if (x.Equals(y, StringComparison.OrdinalIgnoreCase) || Compact(x).Equals(Compact(y), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (kind is AnswerKind.Date or AnswerKind.Number)
        {
            return false;
        }

        var wordsX = Significant(x);
        return Significant(y).Any(wordsX.Contains) || Abbreviates(x, y) || Abbreviates(y, x) || NameForms.Shortens(x, y) || NameForms.Shortens(y, x)
            || OrganisationNames.SameParty(x, y);
    }

    private static string Compact(string name) => string.Concat(name.Where(c => c is not (' ' or '-')));

    /// <summary>"SNP Holyrood" and "Scottish National Party": a word of one name is the other's initials.</summary>
    /// <remarks>An acronym inside the name gives all its letters: "UK Athletics" is "UKA".</remarks>
    private static bool Abbreviates(string name, string other)
    {
        var words = PromptChecks.Words(other).Where(w => char.IsUpper(w[0]) && w is not ("The" or "Of" or "And" or "For")).ToList();
        var initials = string.Concat(words.Select(w => w[0]));
        var spelled = string.Concat(words.Select(w => w.All(char.IsUpper) ? w : w[..1]));
        return PromptChecks.Words(name).Any(w => (initials.Length >= 2 && w == initials) || (spelled.Length >= 2 && w == spelled));
    }

    // "FA" and "Northern Irish FA": an acronym of two letters is distinctive too, unless it is a country's ("UK Sport" and
    // "UK Athletics" are two bodies). A one-word name that is a common plural counts as its singular: "Conservatives" is
    // the "Conservative Party" ("Williams" stays a surname).
    private static HashSet<string> Significant(string name) =>
        PromptChecks.Words(name).Where(w => (w.Length > 2 || (w.Length == 2 && w.All(char.IsUpper) && !Names.Default.Lookup(Names.Key(w)).HasFlag(GazetteerKind.Country)))
            && !w.Equals("the", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("of", StringComparison.OrdinalIgnoreCase) && !w.Equals("and", StringComparison.OrdinalIgnoreCase) && !GenericHeads.Contains(w))
            .Select(w => w.ToLowerInvariant())
            .Select(w => !name.Contains(' ', StringComparison.Ordinal) && w.Length > 5 && w[^1] == 's' && w[^2] != 's' && Grammar.TagLexicon.Default.Class(w).Split('|').Contains("NNS") ? w[..^1] : w)
            .ToHashSet();

    /// <summary>
    /// Head words that say what kind of body a name is, not which: "the Commerce Department" and "the Justice Department",
    /// "the Bank of England" and "the Bank of Japan" are two bodies.
    /// </summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "department", "ministry", "agency", "office", "council", "commission", "committee", "authority", "service", "bank",
        "party", "association", "federation", "union", "institute", "university", "college", "society", "foundation",
        "organisation", "organization", "board", "court", "fund", "league", "group", "corporation", "company",
    };

    /// <remarks>A name that carries its acronym in brackets is offered without it: "Athletics Federation (SEGAS)" → "Athletics Federation".</remarks>
    private static List<string> Entities(ArticleContext context, MentionType type, string except) =>
        [.. context.Mentions.Where(m => m.Type == type && m.Entity != except && !m.Entity.Any(char.IsDigit))
            .GroupBy(m => m.Entity, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.Key.EndsWith(')') && g.Key.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? g.Key[..open] : g.Key)];

    /// <summary>
    /// Organisations from the article, then from the gazetteer; for a news organisation only news organisations ("Who did
    /// Mr Baume tell ...?" → BBC News: Reuters, Sky News, not the African Union).
    /// </summary>
    private static (List<string>, List<string>) Organisations(AnswerKey key, ArticleContext context, Gazetteer gazetteer, Random random)
    {
        var news = OrganisationNames.IsNewsOutlet(key.Value);
        var doubtful = TypedTwoWays(context, MentionType.Organization);
        doubtful.UnionWith(PlacesOfPlaces(context));
        doubtful.UnionWith(ListedWithPlaces(context));
        doubtful.UnionWith(ProductsOfFirms(context));

        // "CES" beside "the Consumer Electronics Show": the initials of an event, a prize or a law are no body.
        var others = context.Mentions.Where(m => m.Type == MentionType.Other && m.Entity.Split(' ') is { Length: > 1 } words
                && NameHeads.Default.TypeOf(words, m.Entity) == MentionType.Other)
            .Select(m => m.Entity).Distinct().ToList();
        doubtful.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Organization && m.Entity.Length is >= 2 and <= 6 && m.Entity.All(char.IsUpper)
                && others.Any(o => Abbreviates(m.Entity, o)))
            .Select(m => m.Entity));

        // "Newcastle" beside the Royal Academy of Dance: outside sport, where clubs bear their towns' names, a known place is
        // a place the recogniser mistyped; "SRX SUVs" are vehicles.
        if (context.Field != ArticleField.Sport)
        {
            doubtful.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Organization
                && (KnownPlace(m.Entity) || OrganisationNames.IsPluralNoun(m.Entity))).Select(m => m.Entity));
        }

        // "Motorcycle Diaries", "Kings And Queen" beside Warner Bros: in a story about the arts a "body" that no list or
        // suffix makes one is most often a work, as it is for the answers (CandidateFinder.WorkAsDoer).
        if (context.Field == ArticleField.Entertainment)
        {
            doubtful.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Organization && !OrganisationNames.IsListedOrSuffixed(m.Entity)).Select(m => m.Entity));
        }

        // "Microsoft" beside the "BBC News" its expert told: the outlet that reports a story is no rival of a known kind of
        // firm outside the media.
        var kind = news ? null : OrganisationKinds.Of(key.Value, context.Article.Text, context.Field, gazetteer);
        var reporters = kind is not null && kind != "media";

        // "Who is asking the watchdog to stop the calls?" → the Lib Dems: the article's other parties, never its Telephone
        // Preference Service, a body of another known kind. Outside companies, whose rivals the article names whatever the
        // lists know of them, a body of no known kind comes after the list's bodies of the answer's kind: the Muslim
        // Association of Britain is no party.
        var strict = kind is not null && !OrganisationKinds.IsCompany(kind);
        var article = Entities(context, MentionType.Organization, key.Value).Where(o => !doubtful.Contains(o) && !OrganisationNames.IsBareHeadWord(o) && !OrganisationNames.IsCommonWord(o) && !OrganisationNames.IsDocument(o) && !OrganisationNames.IsTitle(o)
                && !OrganisationNames.IsProduct(o) && !OrganisationNames.IsCountNoun(o, context.Article.Text) && (news || reporters ? news == OrganisationNames.IsNewsOutlet(o) : true))
            .Select(o => (Name: o, Kind: kind is null ? null : OrganisationKinds.Of(o, context.Article.Text, context.Field, gazetteer)))
            .Where(o => o.Kind is null || kind is null || OrganisationKinds.Comparable(kind, o.Kind))
            .ToList();
        IEnumerable<string> listed = news ? gazetteer.NewsOutlets : kind is not null ? OrganisationKinds.Choices(kind, gazetteer) : [];
        return ([.. article.Where(o => !strict || o.Kind is not null).Select(o => o.Name)],
            [.. Shuffled([.. listed], random), .. article.Where(o => strict && o.Kind is null).Select(o => o.Name)]);
    }

    /// <summary>
    /// Whether an answer the recogniser calls a person is named like one: a name of two or more words without a body's
    /// suffix ("Nissan Motor"), or one word that is a given name ("Glenn") or that the article gives a role or a courtesy
    /// title ("Sir Digby"). "Yahoo" and "Rosneft" are not, and in a news story they are bodies: their wrong choices are
    /// other organisations ("Google", "eBay"), not people ("Owen", "Moore").
    /// </summary>
    private static bool NamedLikeAPerson(AnswerKey key, ArticleContext context)
    {
        var words = key.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            return PersonNames.LooksLikePerson(key.Value) || !words.Skip(1).Any(w => Names.Default.Lookup(Names.Key(w)).HasFlag(GazetteerKind.OrgSuffix));
        }

        var text = context.Article.Text;
        return Names.Default.Lookup(Names.Key(key.Value)).HasFlag(GazetteerKind.GivenName)
            || context.Mentions.Any(m => m.Type == MentionType.Person && m.Entity == key.Value && m.Role is not null)
            || context.FormsOf(key.Value).Any(form => Honorifics.Any(title => text.Contains(title + " " + form, StringComparison.Ordinal)));
    }

    /// <summary>The word before <paramref name="start"/> past one space, or "" when none stands there.</summary>
    private static string PreviousWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return "";
        }

        var first = start - 1;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return text[first..(start - 1)];
    }

    /// <summary>The word after <paramref name="end"/> past one space, or "" when none follows.</summary>
    private static string NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return "";
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[(end + 1)..stop];
    }

    /// <summary>Other people of the article whose names look like people's (a given name, or a role the text gives them): never a film or a faith the recogniser mistook for a person.</summary>
    /// <summary>
    /// Names the recogniser types as a person at one mention and as something else at another, and no more often as
    /// <paramref name="wanted"/> than otherwise ("Royal Prerogative" once each way; "Peugeot" a firm but once).
    /// </summary>
    private static HashSet<string> TypedTwoWays(ArticleContext context, MentionType wanted) =>
        context.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization or MentionType.Place)
            .GroupBy(m => m.Entity, StringComparer.Ordinal)
            .Where(g => g.Any(m => m.Type == MentionType.Person) && g.Any(m => m.Type != MentionType.Person)
                && g.Count(m => m.Type == wanted) <= g.Count(m => m.Type != wanted))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A city or a country, or another place the gazetteer knows that is no acronym and, if it also names a body, one word
    /// ("Newcastle"; "IRA" and "House of Commons" stay bodies).
    /// </summary>
    private static bool KnownPlace(string name)
    {
        var kind = Names.Default.Lookup(Names.Key(name));
        return (kind & (GazetteerKind.City | GazetteerKind.Country)) != 0
            || (kind.HasFlag(GazetteerKind.Place) && !name.All(c => char.IsUpper(c) || !char.IsLetter(c))
                && (!kind.HasFlag(GazetteerKind.Organization) || !name.Contains(' ', StringComparison.Ordinal)));
    }

    /// <summary>
    /// "Born in Luton, Bedfordshire, on 5 April 1920": a name only ever written right after a place and its comma is where
    /// that place is, whatever the recogniser called it; no organisation to offer as a wrong choice.
    /// </summary>
    private static IEnumerable<string> PlacesOfPlaces(ArticleContext context)
    {
        var text = context.Article.Text;
        var places = context.Mentions.Where(m => m.Type == MentionType.Place).ToList();
        return context.Mentions.Where(m => m.Type == MentionType.Organization).GroupBy(m => m.Entity, StringComparer.Ordinal)
            .Where(g => g.All(m => places.Any(p => p.Span.End + 2 == m.Span.Start && text.AsSpan(p.Span.End, 2).SequenceEqual(", "))))
            .Select(g => g.Key);
    }

    /// <summary>
    /// "Sony's new PSP", "the Nintendo DS", "its first handheld console, the PSP": a name a firm of the article owns, that
    /// stands beside a noun for a made thing, or that ends a product's name ("DS" of "Nintendo DS") is a product; no
    /// organisation to offer as a wrong choice.
    /// </summary>
    private static HashSet<string> ProductsOfFirms(ArticleContext context)
    {
        var text = context.Article.Text;
        var bodies = context.Mentions.Where(m => m.Type == MentionType.Organization).Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in context.Mentions.Where(m => m.Type == MentionType.Organization))
        {
            var before = text[Math.Max(0, mention.Span.Start - 60)..mention.Span.Start].Replace('’', '\'');
            // "Sony's new PSP": the owner's "'s", perhaps with an adjective between.
            var owner = OwnersAdjective.Replace(before, "");
            if (bodies.Any(b => b != mention.Text && (owner.EndsWith(b + "'s ", StringComparison.Ordinal) || before.EndsWith("the " + b + " ", StringComparison.Ordinal)))
                || ProductNounBefore.IsMatch(before)
                || bodies.Any(b => b.EndsWith(" " + mention.Text, StringComparison.Ordinal) && OrganisationNames.IsProduct(b)))
            {
                products.Add(mention.Entity);
            }
        }

        return products;
    }

    private static readonly Regex OwnersAdjective = new(@"(?<='s )(new|latest|first|own|rival) $", RegexOptions.Compiled);

    private static readonly Regex ProductNounBefore = new(
        @"\b(console|consoles|phone|handset|device|gadget|player|machine|game|software|browser|program|programme|service|network|chip|processor|car|model|format),? the $",
        RegexOptions.Compiled);

    /// <summary>
    /// "Mines across Nottinghamshire, Derbyshire, Leicestershire, Yorkshire, the West Midlands, Northumberland and Durham":
    /// a name in a list of three or more that holds a place is a place too, whatever the recogniser (trained on county
    /// cricket results) called it, unless a list or a suffix makes it a body; and so is a compass point before one ("The
    /// South Yorkshire company"). No organisation to offer as a wrong choice.
    /// </summary>
    private static HashSet<string> ListedWithPlaces(ArticleContext context)
    {
        var text = context.Article.Text;
        var names = context.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization or MentionType.Place)
            .OrderBy(m => m.Span.Start).ToList();
        var places = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<Mention>();
        foreach (var name in names)
        {
            if (run.Count > 0 && !ListSeparator(text, run[^1].Span.End, name.Span.Start))
            {
                TakePlaces(run, places);
                run.Clear();
            }

            run.Add(name);
        }

        TakePlaces(run, places);
        var known = context.Mentions.Where(m => m.Type == MentionType.Place).Select(m => m.Entity).Concat(places).ToHashSet(StringComparer.Ordinal);
        places.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Organization && m.Entity.Split(' ') is [var point, .. var rest] && rest.Length > 0
                && MentionTyper.CompassWords.Contains(point)
                && (known.Contains(string.Join(' ', rest)) || KnownPlace(string.Join(' ', rest))))
            .Select(m => m.Entity));
        return places;

        static void TakePlaces(List<Mention> run, HashSet<string> places)
        {
            if (run.Count >= 3 && run.Any(m => m.Type == MentionType.Place))
            {
                places.UnionWith(run.Where(m => m.Type == MentionType.Organization && !OrganisationNames.IsListedOrSuffixed(m.Entity)).Select(m => m.Entity));
            }
        }
    }

    /// <summary>Whether only a list's comma or "and" (", and", "or", then perhaps "the") stands between two names.</summary>
    private static bool ListSeparator(string text, int end, int start)
    {
        if (start <= end || start - end > ", and the ".Length)
        {
            return false;
        }

        var between = text[end..start];
        return between is ", " or " and " or ", and " or " or " or ", or " or ", the " or " and the " or ", and the ";
    }

    private static List<string> People(ArticleContext context, string except)
    {
        // A name only ever in parentheses is a title or a translation: "In The Chorus (Les Choristes)". A name after "the"
        // is a thing's: "including the Mac Mini".
        var text = context.Article.Text;
        var things = context.Mentions.Where(m => m.Type == MentionType.Person && context.AfterThe(m.Span))
            .Select(m => m.Entity).ToHashSet(StringComparer.Ordinal);

        // "Lib Dem leader Charles Kennedy": a name only ever before a role word and a name modifies the role; it is a party's,
        // not a person's.
        things.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Person).GroupBy(m => m.Entity, StringComparer.Ordinal)
            .Where(g => g.All(m => NextWord(text, m.Span.End) is { Length: > 0 } next && char.IsLower(next[0]) && Names.Default.Titles.Contains(next)
                && NextWord(text, m.Span.End + 1 + next.Length) is { Length: > 0 } name && char.IsUpper(name[0])))
            .Select(g => g.Key));
        // "George W" cut from "President George W Bush": a name never ends on an initial.
        // "the rarely used Royal Prerogative", "the Royal Prerogative": a name the recogniser also types otherwise is too
        // doubtful a person to offer.
        things.UnionWith(TypedTwoWays(context, MentionType.Person));
        // "a partner for Tods Murray which has a client" beside "my association with Tods Murray": a name without a given
        // name that the recogniser once types a body is too doubtful a person, however often it says person.
        var bodies = context.Mentions.Where(m => m.Type is MentionType.Organization or MentionType.Place).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        things.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Person && bodies.Contains(m.Text)
                && !Names.Default.Lookup(Names.Key(m.Entity.Split(' ')[0])).HasFlag(GazetteerKind.GivenName))
            .Select(m => m.Entity));

        // "took the role of Don Corleone", "their wicked uncle Count Olaf, played by Jim Carrey": a part someone plays is no
        // wrong answer beside the people of the story.
        things.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Person && IsPart(text, m.Span)).Select(m => m.Entity));

        // "offerings such as Napoleon Dynamite", "hits such as Ray": a name given as an instance of things, not of people
        // ("playwrights such as Martin Lynch"), is one of those things; not a possessor ("works such as Philip Roth's").
        things.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Person && InstanceOfThings(text, m.Span)).Select(m => m.Entity));
        // "a film on the last hours of Jesus Christ's life": a figure of worship beside the people of a news story gives the
        // answer away.
        things.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Person && SacredFigures.Contains(m.Entity)).Select(m => m.Entity));

        // "Imelda Staunton for Vera Drake", "Jamie Foxx for Ray": a name right after a person's and "for" is the work they
        // are up for, not someone else.
        var persons = context.Mentions.Where(m => m.Type == MentionType.Person).ToList();
        // So is one after "her performance in", "his role in", "starred in".
        things.UnionWith(persons.Where(m => (m.Span.Start > 5 && text.AsSpan(m.Span.Start - 5, 5).SequenceEqual(" for ")
                && persons.Any(p => p.Span.End == m.Span.Start - 5))
                || WorkCues.Any(cue => text.AsSpan(0, m.Span.Start).EndsWith(cue, StringComparison.Ordinal)))
            .Select(m => m.Entity));

        // "the Kennedy Center", "Lincoln College": a name ending in a word for an institution is a building's or a body's,
        // named after a person.
        things.UnionWith(context.Mentions.Where(m => m.Type == MentionType.Person && m.Entity.Contains(' ') && InstitutionHeads.Contains(m.Entity[(m.Entity.LastIndexOf(' ') + 1)..]))
            .Select(m => m.Entity));
        var people = context.Mentions.Where(m => m.Type == MentionType.Person && PersonNames.LooksLikePerson(m) && !things.Contains(m.Entity)
                && !(m.Entity.Length > 2 && m.Entity[^2] == ' ' && char.IsUpper(m.Entity[^1]))
                && !(m.Span.Start > 0 && text[m.Span.Start - 1] == '(' && m.Span.End < text.Length && text[m.Span.End] == ')'))
            .Select(m => m.Entity).ToHashSet(StringComparer.Ordinal);
        return [.. Entities(context, MentionType.Person, except).Where(people.Contains)];
    }

    /// <summary>
    /// Whether the name at <paramref name="span"/> is a part played: after "the role of", "his role as", "playing", "plays"
    /// (not as a possessor: "who plays Cheadle's wife"), or before "played by".
    /// </summary>
    private static bool IsPart(string text, Text.TextSpan span)
    {
        var before = text[Math.Max(0, span.Start - 12)..span.Start];
        var after = text[span.End..Math.Min(text.Length, span.End + 12)];
        return (PartCues.Any(cue => before.EndsWith(cue, StringComparison.Ordinal)) && !after.StartsWith('\''))
            || after.StartsWith(", played by", StringComparison.Ordinal) || after.StartsWith(" played by", StringComparison.Ordinal) || after.StartsWith(" (played by", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the name at <paramref name="span"/> follows "such as" after a lower-case noun that is no word for people
    /// ("offerings such as Napoleon Dynamite"; not "playwrights such as Martin Lynch"), and owns nothing ("works such as
    /// Philip Roth's").
    /// </summary>
    private static bool InstanceOfThings(string text, Text.TextSpan span)
    {
        if (span.Start < 10 || !text.AsSpan(0, span.Start).EndsWith(" such as ", StringComparison.Ordinal) || text.AsSpan(span.End).StartsWith("'", StringComparison.Ordinal))
        {
            return false;
        }

        var noun = PreviousWord(text, span.Start - " such as".Length);
        var singular = noun.EndsWith('s') ? noun[..^1] : noun;
        return noun.Length > 2 && char.IsLower(noun[0]) && !Names.Default.Titles.Contains(noun) && !Names.Default.Titles.Contains(singular)
            && noun is not ("people" or "names" or "figures" or "stars" or "celebrities" or "men" or "women");
    }

    private static readonly string[] WorkCues = ["performance in ", "performances in ", "role in ", "roles in ", "appearance in ", "starring in ", "starred in ", "stars in ", "star in "];

    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "University", "College", "School", "Gallery", "Museum", "Institute", "Foundation", "Hospital",
        "Stadium", "Theatre", "Theater", "Library", "Academy", "Trust", "Prize", "Award", "Awards", "Trophy", "Cup",
    };

    private static readonly HashSet<string> SacredFigures = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jesus", "Jesus Christ", "Christ", "God", "Allah", "Muhammad", "Prophet Muhammad", "Mohammed", "Prophet Mohammed",
        "Buddha", "Gautama Buddha", "Moses", "Abraham", "Virgin Mary", "Mary Magdalene", "Krishna", "Vishnu", "Shiva",
    };

    private static readonly string[] PartCues = ["role of ", "role as ", "roles of ", "playing ", "plays ", "portraying ", "portrays ", "character "];

    /// <summary>
    /// Places of the answer's granularity: a country for a country, a city for a city, a region for a region,
    /// a town for a town, a named site for a site; the article's first, then the gazetteer's list of that kind.
    /// </summary>
    private static (List<string>, List<string>) Places(AnswerKey key, ArticleContext context, Gazetteer gazetteer, Random random)
    {
        var kind = PlaceKind(key.Choice) is var k && k != GazetteerKind.None ? k : PlaceKind(key.Value);
        // A region spanning several countries may contain the answer ("the Golan Heights" is in the Middle East): not certainly wrong.
        var wide = gazetteer.WorldRegions.Contains(Gazetteer.Bare(key.Value));

        // "Where did BMW sell nearly 95,000 cars last year? Asia": a continent's wrong choices are the other continents,
        // which cannot contain it, not the disputed regions listed for regions.
        if (Continents.Contains(Gazetteer.Bare(key.Value)))
        {
            return ([.. Entities(context, MentionType.Place, key.Value).Where(p => Continents.Contains(Gazetteer.Bare(p)))],
                Shuffled([.. Continents.Where(c => !c.Equals(Gazetteer.Bare(key.Value), StringComparison.OrdinalIgnoreCase))], random));
        }

        // "Where have researchers been looking at wave heights? the Atlantic": other seas, not Chechnya.
        if (IsSea(key.Value))
        {
            return ([.. Entities(context, MentionType.Place, key.Value).Where(IsSea)],
                Shuffled([.. Seas.Where(sea => !SeaKey(sea).Equals(SeaKey(key.Value), StringComparison.OrdinalIgnoreCase))], random));
        }

        var article = Entities(context, MentionType.Place, key.Value).Where(p => PlaceKind(p) == kind && (wide || !gazetteer.WorldRegions.Contains(Gazetteer.Bare(p))))
            .Select(p => gazetteer.Countries.Concat(gazetteer.Cities).Concat(gazetteer.Regions)
                .FirstOrDefault(g => Gazetteer.Bare(g).Equals(Gazetteer.Bare(p), StringComparison.OrdinalIgnoreCase)) ?? p)
            .ToList();
        IReadOnlyList<string> fallback = kind switch
        {
            GazetteerKind.Country => gazetteer.Countries,
            GazetteerKind.City => gazetteer.Cities,
            GazetteerKind.Region => gazetteer.Regions,
            _ => [],
        };
        return (article, Shuffled(fallback, random));
    }

    /// <summary>The continents, none inside another (world-regions.txt lists them with the regions that overlap them).</summary>
    private static readonly string[] Continents = ["Africa", "Asia", "Europe", "North America", "South America", "Oceania"];

    /// <summary>Oceans and seas: the wrong choices for one are others, never a country or a region on land.</summary>
    private static readonly string[] Seas =
    [
        "the Atlantic", "the Pacific", "the Indian Ocean", "the Arctic Ocean", "the Southern Ocean", "the Mediterranean", "the North Sea",
        "the Baltic", "the Red Sea", "the Black Sea", "the Irish Sea", "the Caspian Sea", "the South China Sea",
        "the Gulf of Mexico", "the English Channel", "the Arabian Sea", "the Adriatic",
    ];

    /// <summary>
    /// "the Atlantic Ocean", "Atlantic" and "the Atlantic" are one sea, as are "the Baltic Sea" and "the Baltic"; "the North
    /// Sea" is never "the North".
    /// </summary>
    private static string SeaKey(string name)
    {
        var bare = Gazetteer.Bare(name.Trim());
        return bare.EndsWith(" Ocean", StringComparison.Ordinal) ? bare[..^6]
            : bare.EndsWith(" Sea", StringComparison.Ordinal) && bare[..^4] is "Baltic" or "Mediterranean" or "Adriatic" or "Aegean" ? bare[..^4]
            : bare;
    }

    private static bool IsSea(string name) => Seas.Any(sea => SeaKey(sea).Equals(SeaKey(name), StringComparison.OrdinalIgnoreCase));

    /// <summary>The finest list a place belongs to: country, city, region, town (Place), or None for a site.</summary>
    private static GazetteerKind PlaceKind(string place)
    {
        var found = Names.Default.Lookup(Names.Key(Gazetteer.Bare(place)));
        GazetteerKind[] order = [GazetteerKind.Country, GazetteerKind.City, GazetteerKind.Region, GazetteerKind.Place];
        var kind = order.FirstOrDefault(o => found.HasFlag(o));
        return kind != GazetteerKind.None ? kind : Gazetteer.Default.PlaceClass(place) switch
        {
            var list when list == Gazetteer.Default.Countries => GazetteerKind.Country,
            var list when list == Gazetteer.Default.Cities => GazetteerKind.City,
            var list when list == Gazetteer.Default.Regions => GazetteerKind.Region,
            _ => GazetteerKind.None,
        };
    }

    /// <summary>Other dates of the article at the answer's precision, nearest first.</summary>
    private static List<string> Dates(AnswerKey key, ArticleContext context)
    {
        var granularity = TimeText.Granularity(key.Value);
        if (granularity == 0)
        {
            return [];
        }

        var answer = Ordinal(key.Value[..granularity]);
        if (double.IsNaN(answer))
        {
            return [];
        }

        return [.. context.Extraction.Times.Where(t => TimeText.Granularity(t.Value) >= granularity && t.Value[..granularity] != key.Value[..granularity])
            .Select(t => t.Value[..granularity]).Distinct(StringComparer.Ordinal)
            .Where(v => Math.Abs(Ordinal(v) - answer) <= (granularity switch { 2 => 3, 3 => 5, 4 => 15, 7 => 24, _ => 120 }) && TimeText.Format(v) is not null)
            .OrderBy(v => Math.Abs(Ordinal(v) - answer))
            .Select(v => TimeText.Format(v)!)];
    }

    /// <summary>A date value as a number of its own unit (centuries, decades, years, months or days) for measuring nearness.</summary>
    private static double Ordinal(string value)
    {
        if (value.Length < 4)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var period) ? period : double.NaN;
        }

        // Underspecified or odd values ("XXXX-03", "2013-SU") are never near anything.
        if (!int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.Length >= 7 ? value[5..7] : "1", NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.Length >= 10 ? value[8..10] : "1", NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return double.NaN;
        }

        return value.Length switch
        {
            4 => year,
            7 => (year * 12) + month,
            _ => (year * 365.25) + (month * 30.5) + day,
        };
    }

    private static List<string> Numbers(AnswerKey key, ArticleContext context)
    {
        var value = decimal.Parse(key.Value, CultureInfo.InvariantCulture);
        return [.. context.Extraction.Quantities
            .Where(q => q.Value != value && q.Value >= 2 && q.Value / value is > 0.2m and < 5m && q.Value is < 1900 or > 2100)
            .Select(q => Number(key, q.Value))];
    }

    private static List<string> NearbyNumbers(AnswerKey key)
    {
        var value = decimal.Parse(key.Value, CultureInfo.InvariantCulture);
        decimal[] candidates = value <= 12 && value == Math.Floor(value)
            ? [value + 1, value - 1, value + 2, value * 2, value + 3]
            : [Round(value * 0.5m), Round(value * 1.5m), Round(value * 2m), Round(value * 0.7m), Round(value * 3m)];
        return [.. candidates.Where(c => c > 0 && c != value).Select(c => Number(key, c))];
    }

    private static decimal Round(decimal value)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10((double)value)) - 1));
        return Math.Round(value / magnitude) * magnitude;
    }

    private static string Number(AnswerKey key, decimal value)
    {
        var figures = AnswerForms.Figures(value, key.Display);
        return key.Prefix.Length > 0 ? $"{key.Prefix} {figures}" : figures;
    }

    /// <summary>The courtesy titles of <see cref="NameForms.Honorifics"/> and a professor's.</summary>
    private static readonly HashSet<string> Honorifics = new([.. NameForms.Honorifics, "Professor", "Prof"], StringComparer.Ordinal);

    /// <summary>
    /// Wrong people for a story whose own names run short (but for a performer in an arts story): ordinary names shaped like the
    /// answer ("Simon Wheatley" → "Kevin Jenkins"; "Falconer" → "Wilson"; "Lord Falconer" → "Lord Wilson"; a woman's given
    /// name gets women's, a man's men's, another either), never with a surname the article uses. An analyst quoted on a
    /// stadium's costs is matched by people who could have said it, not by heads of government.
    /// </summary>
    /// <remarks>Made as they are taken: an article with people enough of its own draws none.</remarks>
    internal static IEnumerable<string> OrdinaryPeople(string answer, string text, Gazetteer gazetteer, Random random)
    {
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = words.Length > 1 && Honorifics.Contains(words[0].TrimEnd('.')) ? words[0] : null;

        // The commonest names only (the first 150 of each sex): a rarer one would stand out beside the answer.
        var female = gazetteer.FemaleNames.Contains(words[0]);
        var male = !female && gazetteer.MaleNames.Contains(words[0]);
        foreach (var surname in Shuffled(gazetteer.Surnames, random))
        {
            if (InPrompt(text, surname))
            {
                continue;
            }

            // "James James": a given name that is also the surname is taken again; so is "Jesus", which reads as a joke
            // to an English reader ("Jesus White").
            string given;
            do
            {
                var pick = random.Next(female || male ? 150 : 300);
                given = female || (!male && pick < 150) ? gazetteer.FemaleNames[pick % 150] : gazetteer.MaleNames[pick % 150];
            }
            while (given == surname || SacredFigures.Contains(given));

            yield return title is not null ? $"{title} {surname}" : words.Length == 1 ? surname : $"{given} {surname}";
        }
    }

    private static List<string> Shuffled(IReadOnlyList<string> names, Random random)
    {
        var copy = names.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }
}
