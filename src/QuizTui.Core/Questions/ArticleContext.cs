using QuizTui.Core.Entities;
using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Core.Questions;

/// <summary>One article's extraction indexed for question building.</summary>
internal sealed class ArticleContext
{
    public ArticleContext(Extraction extraction)
    {
        Extraction = extraction;
        Article = extraction.Article;
        ContentHash = StableId.Hash(Article.Text);
        Mentions = [.. extraction.Mentions.OrderBy(m => m.Span.Start)];
        MentionCounts = Mentions.GroupBy(m => m.Entity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public Extraction Extraction { get; }

    public Article Article { get; }

    public string ContentHash { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyDictionary<string, int> MentionCounts { get; }

    /// <summary>
    /// Words the article writes with a capital inside its sentences and never in lower case ("Tory" in "a Tory attempt"):
    /// proper words, kept capitalised when a question moves them from the start of a sentence.
    /// </summary>
    public bool IsProperWord(string word) => (properWords ??= ProperWords()).Contains(word);

    private HashSet<string>? properWords;

    private HashSet<string> ProperWords()
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in Article.Sentences)
        {
            var words = PromptChecks.Words(sentence.Text).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (char.IsLower(words[i][0]))
                {
                    lower.Add(words[i]);
                }
                else if (i > 0 && char.IsUpper(words[i][0]))
                {
                    capitalised.Add(words[i]);
                }
            }
        }

        capitalised.RemoveWhere(lower.Contains);
        return capitalised;
    }

    /// <summary>What the article is about, by its words (<see cref="ArticleFields"/>).</summary>
    public ArticleField Field => articleField ??= ArticleFields.Of(Article.Text);

    private ArticleField? articleField;

    public IEnumerable<Mention> Within(TextSpan span) =>
        Mentions.Where(m => m.Span.Start >= span.Start && m.Span.End <= span.End);

    /// <summary>Whether "the" stands right before the span ("the Mac Mini", "The Corkman"): a thing's or a description, not a name.</summary>
    public bool AfterThe(TextSpan span) =>
        span.Start >= 4 && Article.Text.AsSpan(span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>All mentions of the entity, as written.</summary>
    public IEnumerable<string> FormsOf(string entity) =>
        Mentions.Where(m => m.Entity == entity).Select(m => m.Text).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The person the story is about up to <paramref name="offset"/>: the only one mentioned before it, or one mentioned at
    /// least twice and at least twice as often as anyone else; null when no one stands out so.
    /// </summary>
    public string? MainPersonBefore(int offset)
    {
        var counts = Mentions.Where(m => m.Type == MentionType.Person && m.Span.End <= offset)
            .GroupBy(m => m.Entity, StringComparer.Ordinal).Select(g => (Entity: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).Take(2).ToList();
        return counts switch
        {
            [var only] => only.Entity,
            [var first, var second] when first.Count >= 2 && first.Count >= 2 * second.Count => first.Entity,
            _ => null,
        };
    }

    /// <summary>The nearest person mentioned before <paramref name="offset"/> within the two previous sentences.</summary>
    /// <param name="pronoun">"he", "her" ...: a person of the other sex, by courtesy title or a given name only that sex
    /// has in the census lists ("Her career" after "Michael Jones"), is passed over.</param>
    public Mention? PersonBefore(int offset, string? pronoun = null)
    {
        var limit = Article.Sentences.LastOrDefault(s => s.Span.End <= offset) is { } previous
            ? Article.Sentences.TakeWhile(s => s != previous).LastOrDefault()?.Span.Start ?? previous.Span.Start
            : 0;
        var lower = pronoun?.ToLowerInvariant();
        bool? male = lower is null ? null : Masculine.Contains(lower) ? true : Feminine.Contains(lower) ? false : null;
        var person = Mentions.LastOrDefault(m => m.Type == MentionType.Person && m.Span.End <= offset && m.Span.Start >= limit && !PersonNames.HasCountry(m.Entity)
            && !(male is { } he && IsOfSex(m, male: !he)));

        // "One of his fellow pupils at intelligence school was Vladimir Putin. At KGB headquarters, he was posted ...": a
        // pronoun of the same sex before the name, with no one named before it in its sentence, is someone named earlier,
        // the one the story is about; so is the later pronoun.
        return person is not null && male is { } sex && SpokenOfBefore(person, sex ? Masculine : Feminine)
            && PersonBefore(person.Span.Start, pronoun) is { } earlier && earlier.Entity != person.Entity
            ? earlier
            : person;
    }

    /// <summary>Whether a pronoun of <paramref name="sex"/> opens the person's sentence before any name of a person.</summary>
    private bool SpokenOfBefore(Mention person, HashSet<string> sex)
    {
        var sentence = Article.Sentences.FirstOrDefault(s => s.Span.Start <= person.Span.Start && person.Span.End <= s.Span.End);
        if (sentence is null)
        {
            return false;
        }

        var firstName = Mentions.Where(m => m.Type == MentionType.Person && m.Span.Start >= sentence.Span.Start).Min(m => m.Span.Start);
        return Tokenizer.Tokenize(Article.Text, sentence.Span.Start, firstName).Any(t => sex.Contains(t.Text.ToLowerInvariant()));
    }

    /// <summary>Whether the person is known to be of the other sex than the pronoun: "Victor Conte" for "her".</summary>
    public bool OfOtherSex(Mention person, string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => IsOfSex(person, male: false),
        "she" or "her" or "hers" or "herself" => IsOfSex(person, male: true),
        _ => false,
    };

    /// <summary>The mention's courtesy title says the sex ("Mrs Howard" is a woman, whoever she is linked to); else a given name only that sex has.</summary>
    private bool IsOfSex(Mention person, bool male)
    {
        var first = person.Text.Split(' ')[0];
        var before = Article.Text.AsSpan(0, person.Span.Start).TrimEnd();
        var title = first is "Mr" or "Mrs" or "Ms" or "Miss" ? first : before[(before.LastIndexOfAny(' ', '\n') + 1)..].TrimEnd('.').ToString();
        if (Entities.Linking.NameForms.TitleIsFemale(title) is { } female)
        {
            return female != male;
        }

        // The given name that opens a full name, or a person known by a given name alone ("Gloria").
        var space = person.Entity.IndexOf(' ', StringComparison.Ordinal);
        return Gazetteer.Default.IsFemaleName(space > 0 ? person.Entity[..space] : person.Entity) == !male;
    }

    /// <summary>
    /// Whether a pronoun of the other sex than <paramref name="pronoun"/> stands between <paramref name="person"/> and
    /// <paramref name="offset"/>: "There was a setback for Jade Johnson as she suffered ... as he beat Stefan Holm": the
    /// "he" is most likely someone else.
    /// </summary>
    public bool OtherSexBetween(Mention person, int offset, string pronoun)
    {
        HashSet<string> other = pronoun.ToLowerInvariant() switch
        {
            "he" or "him" or "his" or "himself" => Feminine,
            "she" or "her" or "hers" or "herself" => Masculine,
            _ => [],
        };
        return other.Count > 0 && Tokenizer.Tokenize(Article.Text, person.Span.End, offset).Any(t => other.Contains(t.Text.ToLowerInvariant()));
    }

    private static readonly HashSet<string> Masculine = new(["he", "him", "his", "himself"], StringComparer.Ordinal);

    private static readonly HashSet<string> Feminine = new(["she", "her", "hers", "herself"], StringComparer.Ordinal);

    /// <summary>
    /// The mention that heads the phrase of <paramref name="tokens"/>: it ends where the phrase ends, and
    /// only titles, determiners and adjectives stand before it ("US Secretary of State John Kerry").
    /// </summary>
    public Mention? Head(TaggedSentence s, IReadOnlyList<int> tokens, params MentionType[] types)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var end = s.Tokens[tokens[^1]].Span.End;
        var start = s.Tokens[tokens[0]].Span.Start;
        var mention = Mentions.FirstOrDefault(m => m.Span.End == end && m.Span.Start >= start && types.Contains(m.Type));
        if (mention is null)
        {
            return null;
        }

        foreach (var k in tokens)
        {
            if (s.Tokens[k].Span.Start >= mention.Span.Start)
            {
                break;
            }

            // A possessor may stand before the role too: "Jean's nephew Maciot de Bethencourt", "his brother Harold".
            // Only "of" joins a title to its name ("Secretary of State John Kerry"); "staff at X" is headed by "staff".
            // "and" joins two titles ("Grammy winner and Academy Award nominee Lady Gaga"), never two names ("UPS and Deutsche Post").
            // "of" follows a title, never a number ("one of the critical patches Microsoft has made").
            // "of" then the name itself is the role's complement, not its holder: "the wife of John Smith", "the chief
            // executive of Microsoft", "the last Prime Minister of the German Democratic Republic" are headed by the role.
            // A place is its own "of" phrase's object: "the US state of Maine" is Maine.
            if (s.Lower(k) == "of" && mention.Type is MentionType.Person or MentionType.Organization
                && (mention.Type == MentionType.Organization || OfObject(s, k, mention)))
            {
                return null;
            }

            var previous = k > tokens[0] ? s.Tags[k - 1] : "";
            if (s.Tags[k] is not ("DT" or "JJ" or "JJS" or "NNP" or "NNPS" or "NN" or "NNS" or "FW" or "PRP$" or "IN" or "CD" or "HYPH" or "POS" or "CC") || s.Word(k) == ","
                || (s.Tags[k] == "IN" && (s.Lower(k) != "of" || previous is not ("NN" or "NNP")))
                || (s.Tags[k] == "CC" && (s.Lower(k) != "and" || previous != "NN")))
            {
                return null;
            }
        }

        return mention;
    }

    /// <summary>True when the name starts right after "of" (or "of the"): nothing of a title stands between.</summary>
    private static bool OfObject(TaggedSentence s, int of, Mention mention)
    {
        var next = of + 1;
        if (next < s.Count && s.Tags[next] == "DT")
        {
            next++;
        }

        return next < s.Count && s.Tokens[next].Span.Start >= mention.Span.Start;
    }
}
