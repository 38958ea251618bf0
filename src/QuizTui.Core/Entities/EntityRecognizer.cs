using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Entities.Linking;
using QuizTui.Core.Entities.Tagging;
using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Core.Entities;

/// <summary>
/// Finds the people, places, organisations and nationalities of an article: the shipped statistical
/// tagger marks names in every kept region, then the mentions are typed (a demonym is a nationality
/// linked to its country), linked (surnames and spelling variants to one person, acronyms to their
/// expansion) and given the roles the text states. Built once; thread-safe.
/// </summary>
/// <example>
/// <c>EntityRecognizer.Default.Recognize("U.S. Secretary of State John Kerry met Syrian officials. Kerry said ...", ...)</c>
/// → <c>John Kerry</c> (person, role "U.S. Secretary of State"), <c>Syrian</c> (nationality, entity "Syria"),
/// <c>Kerry</c> (person, entity "John Kerry").
/// </example>
public sealed partial class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> Shared = new(() => new EntityRecognizer(NerTagger.Default));

    private readonly NerTagger _tagger;

    internal EntityRecognizer(NerTagger tagger) => _tagger = tagger;

    /// <summary>The recognizer with the shipped model and lists (loaded on first use).</summary>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>The mentions in the article's title, byline, standfirst, caption, dateline and body, in text order.</summary>
    public IReadOnlyList<Mention> Recognize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var regions = ArticleRegions.Of(article);
        return Recognize(article.Text, regions, regions.Select(r => Tokenizer.Tokenize(article.Text, r.Span.Start, r.Span.End)).ToList(), article.Dateline);
    }

    /// <summary>The mentions in the given regions of <paramref name="text"/> (each a sentence or a line), all treated as body text.</summary>
    public IReadOnlyList<Mention> Recognize(string text, IReadOnlyList<TextSpan> regions) =>
        Recognize(text, regions.Select(r => (r, true)).ToList(), regions.Select(r => Tokenizer.Tokenize(text, r.Start, r.End)).ToList(), null);

    /// <summary>The mentions in regions already tokenized (<paramref name="tokens"/>[i] are the tokens of <paramref name="regions"/>[i]).</summary>
    internal List<Mention> Recognize(string text, IReadOnlyList<(TextSpan Span, bool InBody)> regions, IReadOnlyList<List<Token>> tokens, Dateline? dateline)
    {
        var gazetteer = _tagger.Gazetteer;
        var memory = new DocumentMemory();
        var candidates = new List<Candidate>();
        var tagged = new List<(TextRegion Region, List<(int Start, int End, string Type)> Spans, TextSpan Span)>();
        for (var r = 0; r < regions.Count; r++)
        {
            var (span, inBody) = regions[r];
            var regionTokens = tokens[r];
            if (regionTokens.Count == 0)
            {
                continue;
            }

            var labels = _tagger.Tag(regionTokens.ConvertAll(t => t.Text), memory);
            var spans = CompaniesNamedAfterTheirNoun(JoinNicknames(JoinParticles(BilouLabels.Spans(labels), regionTokens, gazetteer), regionTokens, gazetteer), regionTokens);
            spans = JoinAmpersands(JoinRegnalNumbers(SplitRepeatedHeads(spans, regionTokens), regionTokens, gazetteer), regionTokens);
            spans = SplitAtHonorifics(ExtendToNamedHead(JoinAndBeforeHead(spans, regionTokens, gazetteer), regionTokens), regionTokens);
            tagged.Add((new TextRegion(span, regionTokens, inBody), ExtendOrganisations(ExtendDoubleBarrelled(spans, regionTokens), regionTokens, gazetteer), span));
        }

        var people = tagged.SelectMany(t => t.Spans.Where(x => x.Type == "PER").Select(x => Words(t.Region.Tokens, x.Start, x.End))).ToHashSet(StringComparer.Ordinal);
        var modifiers = Modifiers(tagged.Select(t => (t.Spans, t.Region.Tokens)));
        foreach (var (region, spans, span) in tagged)
        {
            foreach (var (first, last, type) in SplitTitledPeople(SplitLeadingOrganisations(WithoutModifierPeople(spans, region.Tokens, modifiers), region.Tokens, gazetteer, people), region.Tokens, gazetteer))
            {
                if (MentionTyper.Create(region, first, last, type, gazetteer, text) is { } candidate)
                {
                    candidates.Add(candidate);
                }
            }

            if (dateline is not null && span.Overlaps(dateline.Span))
            {
                candidates.AddRange(MentionTyper.DatelinePlaces(region, dateline, candidates, text));
            }
        }

        // "The Internet Raymond Chan": a work's title takes in the article and words before the tagged name, which the
        // tagger may have named apart; the title holds them.
        candidates = WithoutContained(candidates);
        WorkTitles.Agree(candidates, gazetteer);
        Vehicles.Agree(candidates);
        candidates = OfMerger.Merge(candidates, gazetteer, text);
        PeopleLinker.Link(candidates, gazetteer, text);
        OtherLinker.Link(candidates, gazetteer);
        RoleFinder.Assign(candidates, gazetteer, text);
        return candidates.OrderBy(c => c.Span.Start).Select(c => c.ToMention()).ToList();
    }

    /// <summary>Nouns for firms: a name set after one is a firm's, whatever the tagger guessed.</summary>
    private static readonly HashSet<string> FirmNouns = new(
        ["company", "firm", "maker", "manufacturer", "retailer", "carrier", "airline", "brand", "label", "chain", "supplier", "operator", "publisher", "broadcaster", "developer", "bank", "insurer", "group", "giant", "market leader",
         "agency", "studio", "distributor", "consortium", "conglomerate", "publishing house"],
        StringComparer.Ordinal);

    /// <summary>
    /// "energy drink company, Red Bull, who will be supplying ...", "software maker Sybari Software", "market leader Diageo",
    /// "literary agency Curtis Brown":
    /// a name right after a noun for a firm (and its comma) names that firm, though the tagger may call it a person.
    /// </summary>
    private static List<(int Start, int End, string Type)> CompaniesNamedAfterTheirNoun(List<(int Start, int End, string Type)> spans, List<Token> tokens)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            var before = start > 0 && tokens[start - 1].Text == "," ? start - 2 : start - 1;
            if (type == "PER" && before >= 0 && (FirmNouns.Contains(tokens[before].Text) || before > 0 && FirmNouns.Contains(tokens[before - 1].Text + " " + tokens[before].Text)))
            {
                spans[i] = (start, end, "ORG");
            }
            else if (type == "PER" && end + 2 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text == "which" && start > 0 && tokens[start - 1].Text is "for" or "with" or "in")
            {
                // "include Susan Fletcher for Eve Green, which won the first novel prize": a name after a preposition that
                // "which" takes up is a work's or a thing's, not a person's.
                spans[i] = (start, end, "MISC");
            }
        }

        return spans;
    }

    /// <summary>
    /// Words the story uses alone as a name of no person, place or body ("his first Olympic titles") more often than it
    /// ends a person's name with them.
    /// </summary>
    private static HashSet<string> Modifiers(IEnumerable<(List<(int Start, int End, string Type)> Spans, IReadOnlyList<Token> Tokens)> regions)
    {
        var alone = new Dictionary<string, int>(StringComparer.Ordinal);
        var surname = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (spans, tokens) in regions)
        {
            foreach (var (start, end, type) in spans)
            {
                var counts = type == "PER" ? surname : type == "MISC" && end - start == 1 ? alone : null;
                if (counts is not null)
                {
                    counts[tokens[end - 1].Text] = counts.GetValueOrDefault(tokens[end - 1].Text) + 1;
                }
            }
        }

        return alone.Where(a => a.Value > surname.GetValueOrDefault(a.Key)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// "Double Olympic champion Hicham El Guerrouj": the tagger may take the words before a role for a person's name. A
    /// person whose last word the story uses mostly as a one-word name of another kind ("his first Olympic titles") is
    /// that word in a phrase, not a surname: one word, one sense in a story.
    /// </summary>
    private static List<(int Start, int End, string Type)> WithoutModifierPeople(List<(int Start, int End, string Type)> spans, IReadOnlyList<Token> tokens, HashSet<string> modifiers) =>
        spans.Where(x => x.Type != "PER" || !modifiers.Contains(tokens[x.End - 1].Text)).ToList();

    /// <summary>The candidates in text order, less any that lies inside a longer one.</summary>
    private static List<Candidate> WithoutContained(List<Candidate> candidates)
    {
        var kept = new List<Candidate>(candidates.Count);
        var end = -1;
        foreach (var c in candidates.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length))
        {
            if (c.Span.End <= end)
            {
                continue;
            }

            kept.Add(c);
            end = c.Span.End;
        }

        return kept;
    }

    /// <summary>
    /// "Lothar de Maizière": the tagger may cut a name at its lower-case particle and type the two halves apart
    /// ("Lothar" an organisation, "Maizière" a person). A person, a given name or a one-word name, then a particle and
    /// a tagged person, side by side, are one person.
    /// </summary>
    private static List<(int Start, int End, string Type)> JoinParticles(List<(int Start, int End, string Type)> spans, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = spans.Count - 2; i >= 0; i--)
        {
            var (start, end, type) = spans[i];
            var next = spans[i + 1];
            // The particle (the token at the first span's end) stands alone ("de" outside both) or opens the person ("de Maizière").
            var beside = next.Start == end + 1 || (next.Start == end && next.End - next.Start > 1);
            // "Nick Van den Brul of BNP Paribas": after a person ending in a capitalised particle, the word beyond a second
            // particle ends that person, whatever the tagger called it; an "of" after it opens the body the person is from.
            var surname = type == "PER" && next.Type != "PER" && next.Start == end + 1 && end - start >= 2
                && NameParticles.All.Contains(tokens[end - 1].Text.ToLowerInvariant()) && char.IsUpper(tokens[end - 1].Text[0])
                && NameParticles.All.Contains(tokens[end].Text)
                && (next.End - next.Start == 1 || (next.End - next.Start >= 3 && tokens[next.Start + 1].Text == "of"));
            if (surname && next.End - next.Start >= 3)
            {
                spans[i] = (start, next.Start + 1, "PER");
                spans[i + 1] = (next.Start + 2, next.End, next.Type);
                continue;
            }

            // "striker Ruud van Nistelrooy": two single words around "van", "von", "bin" or "ibn" are one person's name, whatever
            // the tagger called each ("de", "da" and "del" join places' and bodies' names too: "Rio de Janeiro").
            var personsParticle = end - start == 1 && next.End - next.Start == 1 && next.Start == end + 1 && tokens[end].Text is "van" or "von" or "bin" or "ibn";
            if ((next.Type == "PER" || surname || personsParticle) && beside && NameParticles.All.Contains(tokens[end].Text)
                && (type == "PER" || end - start == 1 || (gazetteer.Lookup(tokens[start].Text) & GazetteerKind.GivenName) != 0))
            {
                spans[i] = (start, next.End, "PER");
                spans.RemoveAt(i + 1);
            }
        }

        return spans;
    }

    /// <summary>
    /// "Ahmed 'Mido' Hossam", "Earvin "Magic" Johnson": a nickname in quotation marks between a given name and a surname
    /// is inside one person's name, though the tagger, seeing the marks, may cut it in two and call the surname a body;
    /// "(Roger) Federer": a given name in brackets before a surname is an aside in that person's name, which the
    /// surname alone then stands for.
    /// </summary>
    private static List<(int Start, int End, string Type)> JoinNicknames(List<(int Start, int End, string Type)> spans, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var open = 1; open + 3 < tokens.Count; open++)
        {
            var close = open + 2 < tokens.Count && IsClosing(tokens[open].Text, tokens[open + 2].Text) ? open + 2
                : open + 3 < tokens.Count && IsClosing(tokens[open].Text, tokens[open + 3].Text) && IsNameWord(tokens[open + 2].Text) ? open + 3 : -1;
            if (close < 0 || close + 1 >= tokens.Count || !IsNameWord(tokens[open + 1].Text) || !IsNameWord(tokens[close + 1].Text))
            {
                continue;
            }

            var given = open - 1;
            var person = spans.FindIndex(x => x.Type == "PER" && x.Start <= given && x.End > given);
            if (tokens[open].Text == "(")
            {
                // The bracketed word is a given name; the surname after it is the person.
                if (close != open + 2 || (gazetteer.Lookup(tokens[open + 1].Text) & GazetteerKind.GivenName) == 0)
                {
                    continue;
                }

                spans.RemoveAll(x => x.Start < close + 2 && x.End > open);
                spans.Add((close + 1, close + 2, "PER"));
            }
            else
            {
                if (!IsNameWord(tokens[given].Text) || (person < 0 && (gazetteer.Lookup(tokens[given].Text) & GazetteerKind.GivenName) == 0))
                {
                    continue;
                }

                var start = person >= 0 ? spans[person].Start : given;
                var end = spans.Where(x => x.Start <= close + 1 && x.End > close + 1).Select(x => x.End).DefaultIfEmpty(close + 2).Max();
                spans.RemoveAll(x => x.Start < end && x.End > start);
                spans.Add((start, end, "PER"));
            }

            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            open = close;
        }

        return spans;

        static bool IsClosing(string open, string close) => (open, close) is ("'", "'") or ("‘", "’") or ("\"", "\"") or ("“", "”") or ("(", ")");
    }

    /// <summary>
    /// "Scottish &amp; Newcastle", "Ernst &amp; Young": capitalised words on both sides of an ampersand name one firm, though the
    /// tagger may name the sides apart (a people's adjective and a city) or only one of them.
    /// </summary>
    private static List<(int Start, int End, string Type)> JoinAmpersands(List<(int Start, int End, string Type)> spans, List<Token> tokens)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (start, end, _) = spans[i];
            if (end + 1 < tokens.Count && tokens[end].Text == "&" && IsNameWord(tokens[end + 1].Text))
            {
                var joined = i + 1 < spans.Count && spans[i + 1].Start == end + 1 ? spans[i + 1].End : end + 2;
                if (i + 1 < spans.Count && spans[i + 1].Start == end + 1)
                {
                    spans.RemoveAt(i + 1);
                }

                spans[i] = (start, joined, "ORG");
            }
            else if (start > 1 && tokens[start - 1].Text == "&" && IsNameWord(tokens[start - 2].Text) && (i == 0 || spans[i - 1].End < start - 1))
            {
                spans[i] = (start - 2, end, "ORG");
            }
        }

        return spans;
    }

    /// <summary>
    /// "the Greek Track and Field Federation", "the Foreign and Commonwealth Office": a public body's name whose last word
    /// heads such names may open with capitalised words joined by "and", which the tagger names apart or not at all. Not
    /// when the words before "and" are a known country, city or body of their own, a person, or themselves end in such a
    /// head ("the Labour Party and Liberal Democrat Party").
    /// </summary>
    private static List<(int Start, int End, string Type)> JoinAndBeforeHead(List<(int Start, int End, string Type)> spans, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (start, end, type) = spans[i];
            if (start < 3 || type == "PER" || tokens[start - 1].Text != "and" || !IsNameWord(tokens[start].Text))
            {
                continue;
            }

            // Only a public body's head: a firm's "Systems" ("Apple Computer and Cisco Systems"), a club's "City" ("Tottenham
            // and Stoke City") or a paper's "Mail" ("the Sun and Daily Mail") joins no such pair.
            var right = tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList();
            if (!BodyHeads.Contains(right[^1]) || right.Contains("of"))
            {
                continue;
            }

            // The capitalised run before "and", within the names the tagger found there.
            var first = start - 1;
            while (first > 1 && first > start - 5 && IsNameWord(tokens[first - 1].Text))
            {
                first--;
            }

            var left = tokens.Skip(first).Take(start - 1 - first).Select(t => t.Text).ToList();
            var before = i > 0 ? spans.FindLastIndex(i - 1, x => x.End > first) : -1;
            if (left.Count == 0 || (before >= 0 && (spans[before].Type == "PER" || spans[before].Start < first))
                || (gazetteer.Lookup(string.Join(' ', left)) & (GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Organization)) != 0
                || BodyHeads.Contains(left[^1]) || NameHeads.Default.TypeOf(left, string.Join(' ', left)) is not null)
            {
                continue;
            }

            if (before >= 0)
            {
                spans.RemoveRange(before, i - before);
                i = before;
            }

            spans[i] = (first, end, "ORG");
        }

        return spans;
    }

    /// <summary>
    /// "the Duchy of Lancaster and Duchy of Cornwall", "the University of Leeds and University of York": a name that
    /// starts again with its first word after "and" is two names.
    /// </summary>
    private static List<(int Start, int End, string Type)> SplitRepeatedHeads(List<(int Start, int End, string Type)> spans, List<Token> tokens)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (start, end, type) = spans[i];
            var and = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(k => tokens[k].Text == "and" && tokens[k + 1].Text == tokens[start].Text, -1);
            if (and > start + 1)
            {
                spans[i] = (start, and, type);
                spans.Insert(i + 1, (and + 1, end, type));
            }
        }

        return spans;
    }

    /// <summary>
    /// "King Edward III", "Pope John Paul II", "Henry VIII": a monarch's or pope's number is part of the name, which the
    /// tagger may end before it or name apart ("III" an organisation). "I" only after one name or a royal title ("Charles
    /// I", "King Charles I"), where it is no pronoun.
    /// </summary>
    private static List<(int Start, int End, string Type)> JoinRegnalNumbers(List<(int Start, int End, string Type)> spans, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            // "Elizabeth II opened the bridge": a given name and a number are a monarch, whatever the tagger guessed.
            if (type != "PER" && end - start == 2 && tokens[end - 1].Text != "I" && RegnalNumber().IsMatch(tokens[end - 1].Text)
                && (gazetteer.Lookup(tokens[start].Text) & GazetteerKind.GivenName) != 0)
            {
                spans[i] = (start, end, "PER");
                continue;
            }

            if (type != "PER" || end >= tokens.Count || !RegnalNumber().IsMatch(tokens[end].Text)
                || (tokens[end].Text == "I" && end - start > 1 && tokens[start].Text is not ("King" or "Queen" or "Pope" or "Tsar" or "Emperor" or "Prince" or "Princess" or "Duke")))
            {
                continue;
            }

            if (i + 1 < spans.Count && spans[i + 1].Start == end)
            {
                if (spans[i + 1].End != end + 1)
                {
                    continue;
                }

                spans.RemoveAt(i + 1);
            }

            spans[i] = (start, end + 1, type);
        }

        return spans;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX|XXI{1,3})$")]
    private static partial System.Text.RegularExpressions.Regex RegnalNumber();

    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "Party", "Union", "Council", "Association", "Committee", "Commission", "Ministry", "Department", "Agency", "Authority",
        "Institute", "Foundation", "Federation", "Confederation", "League", "Organisation", "Organization", "Office", "Bureau",
        "Service", "Society", "Board", "Court", "Assembly", "Alliance", "Movement", "Front", "Trust", "Tribunal",
    };

    /// <summary>
    /// "outside Charing Cross Police Station": the tagger may name a few words inside a run of capitalised ones ("Cross
    /// Police" a person). A name followed by capitalised words outside any name, up to a word that heads names of one
    /// kind ("Station" a place's), is that whole run, back to its first capitalised word, and of the head's kind.
    /// </summary>
    private static List<(int Start, int End, string Type)> ExtendToNamedHead(List<(int Start, int End, string Type)> spans, List<Token> tokens)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end, _) = spans[i];
            var next = i + 1 < spans.Count ? spans[i + 1].Start : tokens.Count;
            var last = end;
            while (last < next && IsCapitalised(tokens[last].Text))
            {
                last++;
            }

            // Not into the name before, nor over the sentence's first word, capitalised whatever it is.
            var floor = Math.Max(1, i > 0 ? spans[i - 1].End : 0);
            var first = start;
            while (first > floor && IsCapitalised(tokens[first - 1].Text))
            {
                first--;
            }

            if (last == end)
            {
                continue;
            }

            var words = tokens.Skip(first).Take(last - first).Select(t => t.Text).ToList();
            if (NameHeads.Default.TypeOf(words, string.Join(' ', words)) is { } kind && kind is MentionType.Place or MentionType.Organization)
            {
                spans[i] = (first, last, kind == MentionType.Place ? "LOC" : "ORG");
            }
        }

        return spans;

        static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
    }

    /// <summary>
    /// "Archbishop of Canterbury Dr Rowan Williams": the tagger may run a place or an organisation into the person
    /// named after it. A courtesy title inside a name, followed by a capitalised word, starts a person there.
    /// </summary>
    private static List<(int Start, int End, string Type)> SplitAtHonorifics(List<(int Start, int End, string Type)> spans, List<Token> tokens)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (start, end, type) = spans[i];
            for (var k = end - 2; k > start; k--)
            {
                if (NameForms.Honorifics.Contains(tokens[k].Text) && char.IsUpper(tokens[k + 1].Text[0]))
                {
                    spans[i] = (start, k, type);
                    spans.Insert(i + 1, (k, end, "PER"));
                    break;
                }
            }
        }

        return spans;
    }

    /// <summary>
    /// "Cardinal Cormac Murphy-O'Connor": the tagger, which has not seen the word, may stop a person before a
    /// double-barrelled surname. A word of capitalised parts joined by hyphens or an apostrophe ("Murphy-O'Connor",
    /// "Bowes-Lyon", "O'Connor"), right after a tagged person and outside any name, ends that person.
    /// </summary>
    private static List<(int Start, int End, string Type)> ExtendDoubleBarrelled(List<(int Start, int End, string Type)> spans, List<Token> tokens)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            if (type == "PER" && end < tokens.Count && (i + 1 == spans.Count || spans[i + 1].Start > end) && IsCompoundSurname(tokens[end].Text))
            {
                spans[i] = (start, end + 1, type);
            }
        }

        return spans;
    }

    /// <summary>
    /// "The Legal Affairs Committee (JURI)": the tagger may name only the head word of an organisation. Capitalised
    /// words right before a tagged organisation that starts with a word such names end in ("Committee", "Party",
    /// "Bank") belong to its name, back to the article or the sentence's start; and a people's adjective named apart
    /// before a body ending in such a word is part of it ("the Greek Athletics Federation").
    /// </summary>
    private static List<(int Start, int End, string Type)> ExtendOrganisations(List<(int Start, int End, string Type)> spans, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            if (type != "ORG" || (gazetteer.Lookup(tokens[start].Text) & GazetteerKind.OrgSuffix) == 0)
            {
                continue;
            }

            var floor = i > 0 ? spans[i - 1].End : 0;
            var first = start;
            while (first > floor && tokens[first - 1].Text is var word && word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
                && word is not ("The" or "A" or "An" or "This" or "That" or "Its" or "Their" or "His" or "Her" or "Our"))
            {
                first--;
            }

            spans[i] = (first, end, type);
        }

        // "the Greek Athletics Federation (Segas)": a people's adjective the tagger named apart, right before a body whose
        // name ends in such a word, is part of the body's name.
        for (var i = spans.Count - 1; i > 0; i--)
        {
            var (start, end, type) = spans[i];
            if (type == "ORG" && spans[i - 1] is { Type: "MISC" } before && before.End == start && before.End - before.Start == 1
                && (gazetteer.Lookup(tokens[before.Start].Text) & GazetteerKind.Demonym) != 0 && (gazetteer.Lookup(tokens[end - 1].Text) & GazetteerKind.OrgSuffix) != 0)
            {
                spans[i - 1] = (before.Start, end, type);
                spans.RemoveAt(i);
            }
        }

        return spans;
    }

    /// <summary>A capitalised word of letters only, as names are made of ("Mido", "Newcastle").</summary>
    private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.All(char.IsLetter);

    private static bool IsCompoundSurname(string word)
    {
        var parts = word.Split('-', '\'', '’');
        return parts.Length > 1 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]) && p.Skip(1).All(char.IsLower)) && parts[^1].Length > 1;
    }

    private static string Words(IReadOnlyList<Token> tokens, int start, int end) => string.Join(' ', Enumerable.Range(start, end - start).Select(k => tokens[k].Text));

    /// <summary>
    /// "Refugee Council Chief Executive Maeve Sherlock", "Shadow Education Secretary Tim Collins": a span the tagger ran
    /// across a title to a given name and a surname holds a person after the title; the body before it stays an
    /// organisation where the tagger called the whole one, and the title is the role the role finder reads.
    /// </summary>
    private static List<(int Start, int End, string Type)> SplitTitledPeople(List<(int Start, int End, string Type)> spans, IReadOnlyList<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (start, end, type) = spans[i];
            if (type is not ("PER" or "ORG") || end - start < 4)
            {
                continue;
            }

            // The name after the title: a given name first, or just two words, neither a body's suffix ("Maeve Sherlock").
            var title = Enumerable.Range(start + 1, end - start - 3).LastOrDefault(k => IsTitle(tokens[k].Text)
                && ((gazetteer.Lookup(tokens[k + 1].Text) & GazetteerKind.GivenName) != 0 || (end - k == 3 && (gazetteer.Lookup(tokens[k + 2].Text) & GazetteerKind.OrgSuffix) == 0)), -1);
            if (title < 0 || !Enumerable.Range(title + 1, end - title - 1).All(k => char.IsUpper(tokens[k].Text[0]) && tokens[k].Text.All(char.IsLetter) && !IsTitle(tokens[k].Text)))
            {
                continue;
            }

            var titleStart = title;
            while (titleStart > start && IsTitle(tokens[titleStart - 1].Text))
            {
                titleStart--;
            }

            spans[i] = (title + 1, end, "PER");
            if (type == "ORG" && titleStart > start)
            {
                spans.Insert(i, (start, titleStart, "ORG"));
            }
        }

        return spans;

        bool IsTitle(string word) => (gazetteer.Lookup(word) & GazetteerKind.Title) != 0 || gazetteer.Titles.Contains(word);
    }

    /// <summary>
    /// "told the BBC Michael Howard has always been in favour": where a "that" is left out, the tagger runs the
    /// organisation told into the name after it. An acronym the gazetteer knows as an organisation, then a given name
    /// (or a title) and more of a name that the article names as a person elsewhere, are an organisation and a person
    /// ("BBC Sport" and "ITV Tyne Tees" stay whole).
    /// </summary>
    private static List<(int Start, int End, string Type)> SplitLeadingOrganisations(List<(int Start, int End, string Type)> spans, IReadOnlyList<Token> tokens, Gazetteer gazetteer, HashSet<string> people)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (start, end, _) = spans[i];
            var first = tokens[start].Text;
            if (end - start < 3 || first.Length is < 2 or > 5 || !first.All(char.IsUpper)
                || (gazetteer.Lookup(first) & GazetteerKind.Organization) == 0)
            {
                continue;
            }

            var next = tokens[start + 1].Text;
            if ((gazetteer.Lookup(next) & (GazetteerKind.GivenName | GazetteerKind.Title)) != 0 && char.IsUpper(tokens[start + 2].Text[0])
                && people.Contains(Words(tokens, start + 1, end)))
            {
                spans[i] = (start + 1, end, "PER");
                spans.Insert(i, (start, start + 1, "ORG"));
            }
        }

        return spans;
    }
}
