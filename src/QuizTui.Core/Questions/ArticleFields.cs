namespace QuizTui.Core.Questions;

/// <summary>
/// Tells a sports story or an arts story from the rest by its words: each field's cue words are counted, and a field
/// wins with at least six cues and half as many again as the other. Enough to offer a sprinter athletes, not heads of
/// government, as wrong answers; an article that is neither, or both, is general.
/// </summary>
internal static class ArticleFields
{
    private static readonly HashSet<string> Sport = new(StringComparer.OrdinalIgnoreCase)
    {
        "match", "matches", "season", "league", "cup", "championship", "championships", "champion", "champions", "coach",
        "goal", "goals", "scored", "striker", "midfielder", "defender", "goalkeeper", "tournament", "race", "races", "medal",
        "medals", "olympic", "olympics", "athlete", "athletes", "athletics", "sprinter", "player", "players", "squad", "club",
        "semi-final", "quarter-final", "final", "referee", "rugby", "football", "soccer", "cricket", "tennis", "golf", "marathon",
        "innings", "wicket", "try", "tries", "fixture", "stadium", "fans", "victory", "defeat", "boxing", "cycling", "racing",
    };

    private static readonly HashSet<string> Entertainment = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "films", "movie", "movies", "actor", "actress", "actors", "album", "albums", "song", "songs", "singer", "band",
        "music", "musical", "oscar", "oscars", "director", "directed", "starring", "stars", "comedy", "drama", "theatre",
        "concert", "novel", "novels", "author", "book", "books", "festival", "box", "chart", "charts", "hollywood", "bafta",
        "grammy", "documentary", "sitcom", "premiere", "screen", "stage", "rapper", "pop", "rock",
    };

    public static ArticleField Of(string text)
    {
        int sport = 0, arts = 0;
        foreach (var word in PromptChecks.Words(text))
        {
            sport += Sport.Contains(word) ? 1 : 0;
            arts += Entertainment.Contains(word) ? 1 : 0;
        }

        return sport >= 6 && sport >= arts * 1.5 ? ArticleField.Sport
            : arts >= 6 && arts >= sport * 1.5 ? ArticleField.Entertainment
            : ArticleField.General;
    }
}
