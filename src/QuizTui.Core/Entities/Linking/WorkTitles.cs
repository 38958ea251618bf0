using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Text;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Names the tagger called people that the words around them show to be titles of works or awards:
/// a title opened by a capitalised article ("A Very Long Engagement"), a name right after a word
/// for a work ("the film Titanic"), a name that is the whole of a quotation, a name after "a"/"an" ("an
/// Oscar for ..."), before a word for a prize ("a Cesar prize") or before a star's name ("Vera Drake star Imelda
/// Staunton"); and then every other mention written the same way.
/// </summary>
internal static class WorkTitles
{
    private static readonly HashSet<string> Works = new(
        // Not "play", "show", "single" or "epic": as verbs or adjectives they stand before other names ("will play
        // Hanks' partner", "an epic New York Marathon").
        ["film", "movie", "novel", "book", "album", "song", "opera", "musical", "sitcom", "documentary",
         "painting", "poem", "drama", "comedy", "series", "programme"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Prizes = new(
        ["award", "awards", "prize", "prizes", "nomination", "nominations", "statuette", "statuettes", "trophy", "trophies"],
        StringComparer.Ordinal);

    // Words that end a noun phrase: after "a Name" they show that the name is the whole phrase.
    private static readonly HashSet<string> Closers = new(
        ["for", "in", "at", "on", "of", "with", "from", "to", "as", "by", "is", "was", "that", "which", "this", "last"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Articles = new(["A", "An", "The"], StringComparer.Ordinal);

    /// <summary>Capitalised short words a title may open with ("In The Name Of The Father", "Out Of Africa", "No Way Out").</summary>
    private static readonly HashSet<string> TitleWords = new(["A", "An", "The", "No", "In", "Of", "On", "At", "For", "To", "From", "With", "Out", "Into", "Under", "Over", "By"], StringComparer.Ordinal);

    private static readonly HashSet<string> Quotes = new(["\"", "“", "”", "'", "‘", "’", "``", "''"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the name at tokens [<paramref name="first"/>, <paramref name="last"/>) is a work or an award; a
    /// title's opening article joins the name. Any name after a word for a work is one ("her book Small
    /// Island"); the other signs are weighed only against a tagged person.
    /// </summary>
    public static bool Match(TextRegion region, ref int first, int last, MentionType tagged, Gazetteer gazetteer)
    {
        var tokens = region.Tokens;
        var before = first > 0 ? tokens[first - 1].Text : "";
        var after = last < tokens.Count ? tokens[last].Text : ".";
        // "cult TV show Twin Peaks", "the stage play Art", "his own play, Purlie Victorious": "show" and "play" are nouns for
        // works after a medium, a determiner or "own" (a comma only after "own": "after the play, Smith said" is a game's).
        var noun = before == "," && first > 2 && tokens[first - 3].Text == "own" ? first - 2 : first - 1;
        if (Works.Contains(before) || (noun > 0 && tokens[noun].Text is "show" or "play" or "shows" or "plays"
            && tokens[noun - 1].Text is "TV" or "television" or "radio" or "stage" or "chat" or "talk" or "game" or "the" or "his" or "her" or "their" or "own"))
        {
            return true;
        }

        // "the film In The Name Of The Father": a title's opening words the tagger left out join it.
        var opening = first;
        while (opening > 0 && TitleWords.Contains(tokens[opening - 1].Text))
        {
            opening--;
        }

        if (opening < first && opening > 0 && Works.Contains(tokens[opening - 1].Text))
        {
            first = opening;
            return true;
        }

        if (tagged != MentionType.Person)
        {
            return false;
        }

        // A quoted name of several words is a title ("John Doe" defendants); one quoted word may be a
        // headline's scare quotes ("'Hitler' row").
        if (Prizes.Contains(after) || (region.InBody && last - first > 1 && Quotes.Contains(before) && Quotes.Contains(after)))
        {
            return true;
        }

        // "Vera Drake star Imelda Staunton", "Ray director Taylor Hackford": a name before the word for someone who made or
        // acted in it, and then that someone's name, is a work's.
        if (after is "star" or "stars" or "co-star" or "actor" or "actress" or "director" && last + 1 < tokens.Count && char.IsUpper(tokens[last + 1].Text[0]))
        {
            return true;
        }

        if (AppositionOfAWork(tokens, last))
        {
            return true;
        }

        // "won an Oscar for ...", but "a Kerry aide" is Kerry's: a thing, not a person, when nothing qualifies the name.
        if (before is "a" or "an" && last - first == 1 && (!char.IsLetterOrDigit(after[0]) || Closers.Contains(after)))
        {
            return true;
        }

        if (region.InBody && OpeningArticle(tokens, first, gazetteer) is { } article)
        {
            first = article;
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Vera Drake - Leigh's 1950s drama about a backstreet abortionist", "Ray, the film about ...": a dash or comma after
    /// the name opens a description headed by a word for a work, after an article or a possessor and a few modifiers,
    /// and closed there ("Smith, a comedy writer" and "Jones, the film's star" describe people, "Fuqua, the film was" is
    /// the next clause).
    /// </summary>
    private static bool AppositionOfAWork(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || tokens[last].Text is not ("-" or "–" or "—" or ","))
        {
            return false;
        }

        var start = last + 1;
        if (tokens[start].Text is "the" or "a" or "an")
        {
            start++;
        }
        else if (start + 1 < tokens.Count && char.IsUpper(tokens[start].Text[0]) && tokens[start + 1].Text is "'s" or "’s")
        {
            start += 2;
        }
        else
        {
            return false;
        }

        for (var k = start; k < tokens.Count && k <= start + 3; k++)
        {
            var word = tokens[k].Text;
            if (Works.Contains(word))
            {
                var next = k + 1 < tokens.Count ? tokens[k + 1].Text : ".";
                // Not a clause's subject: "Directed by Antoine Fuqua, the film was poorly received".
                return !char.IsLetterOrDigit(next[0]) || next is "about" or "starring" or "which" or "that" or "set" or "based" or "by" or "of" or "in" or "for" or "from" or "with";
            }

            if (!word.All(c => char.IsLetterOrDigit(c) || c == '-') || char.IsUpper(word[0]) || word is "and" or "or" or "but" or "who" or "whose")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "A Very Long Engagement": a capitalised article up to two capitalised words before the name, either
    /// with such words between (a sentence may start "The Smiths", not "A Very Long") or "The" in
    /// mid-sentence ("A Scott" may be an initial). A title or an initial in between ("The Reverend Jesse
    /// Jackson", "A J Scott") makes it a person's.
    /// </summary>
    private static int? OpeningArticle(IReadOnlyList<Token> tokens, int first, Gazetteer gazetteer)
    {
        for (var j = first - 1; j >= 0 && j >= first - 3; j--)
        {
            var word = tokens[j].Text;
            if (Articles.Contains(word))
            {
                var midSentence = word == "The" && j > 0 && (tokens[j - 1].Text == "," || char.IsLetterOrDigit(tokens[j - 1].Text[0]));
                return j < first - 1 || midSentence ? j : null;
            }

            if (!char.IsUpper(word[0]) || word.Length == 1 || word.EndsWith('.') || (gazetteer.Lookup(word) & GazetteerKind.Title) != 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Every other person-typed mention written like a work or award found in the article is one too ("wins
    /// Cesar" after "a Cesar prize", "Long Engagement" after "A Very Long Engagement"), but a person's name
    /// given in full stays a person's, and so do its surname's mentions: a film may bear its hero's name. The very
    /// words of a title after a preposition ("for Vera Drake" after "Vera Drake star Imelda Staunton") are the title's.
    /// </summary>
    public static void Agree(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer)
    {
        var titles = candidates.Where(c => c.IsWork).Select(c => c.Text).ToList();
        if (titles.Count == 0)
        {
            return;
        }

        foreach (var c in candidates.Where(c => c.Type == MentionType.Person && !c.IsWork))
        {
            if (c.TokenCount >= 2 && (gazetteer.Lookup(c.Region.Tokens[c.First].Text) & GazetteerKind.GivenName) != 0
                && !(c.First > 0 && c.Region.Tokens[c.First - 1].Text is "for" or "in" or "of" or "from" or "about" && titles.Any(t => string.Equals(t, c.Text, StringComparison.Ordinal))))
            {
                continue;
            }

            if (titles.Any(t => string.Equals(t, c.Text, StringComparison.OrdinalIgnoreCase) || (c.TokenCount >= 2 && t.EndsWith(" " + c.Text, StringComparison.OrdinalIgnoreCase))))
            {
                c.Type = MentionType.Other;
                c.IsWork = true;
                c.Settled = true;
            }
        }
    }
}
