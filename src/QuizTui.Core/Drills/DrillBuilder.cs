using System.Globalization;
using QuizTui.Core.Parsing;
using QuizTui.Core.Progress;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>Builds a drill from parsed articles with the shipped question generator, and regenerates one question.</summary>
/// <example><c>DrillBuilder.Build("week-12", [article], new QuestionOptions(Count: 20, Seed: 7), new DrillSettings(TimeLimitSeconds: 30), now)</c></example>
public static class DrillBuilder
{
    /// <summary>
    /// Up to <c>options.Count</c> questions in all, taken from the articles in turn (so each article is asked about),
    /// grouped by article in the order given.
    /// </summary>
    public static Drill Build(string name, IReadOnlyList<Article> articles, QuestionOptions options, DrillSettings settings, DateTimeOffset now)
    {
        var sets = articles.Select(a => ArticleQuestions.Generate(a, options with { Seed = settings.Seed }).Questions).ToList();
        var taken = new int[sets.Count];
        var total = 0;
        for (var round = 0; total < options.Count && sets.Where((s, i) => taken[i] < s.Count).Any(); round++)
        {
            for (var i = 0; i < sets.Count && total < options.Count; i++)
            {
                if (taken[i] < sets[i].Count)
                {
                    taken[i]++;
                    total++;
                }
            }
        }

        var drillArticles = articles.Select(Credit).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var questions = sets
            .SelectMany((set, i) => set.Take(taken[i]).Select(q => new DrillQuestion(q, drillArticles[i].Hash)))
            .Where(q => seen.Add(q.Id))
            .ToList();
        return new Drill(name, settings, drillArticles.DistinctBy(a => a.Hash).ToList(), questions, Locked: false, now);
    }

    /// <summary>
    /// Swaps a generated question for another one of the same type and format from the same article, with
    /// <paramref name="seed"/> picking among the candidates; the same drill if the article offers no other.
    /// </summary>
    public static Drill Regenerate(Drill drill, string questionId, int seed)
    {
        var old = drill.Find(questionId) ?? throw new ArgumentException($"no question {questionId} in drill {drill.Name}", nameof(questionId));
        if (drill.ArticleOf(old) is not { } source)
        {
            return drill;
        }

        var article = Parse(source);
        var options = new QuestionOptions(Count: 100, Types: new HashSet<QuestionType> { old.Question.Type }, Format: old.Question.Format, Seed: seed);
        var inDrill = drill.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var fresh = ArticleQuestions.Generate(article, options).Questions.Where(q => !inDrill.Contains(q.Id)).ToList();
        return fresh.Count == 0
            ? drill
            : DrillEditor.Replace(drill, questionId, new DrillQuestion(fresh[Math.Abs(seed) % fresh.Count], source.Hash));
    }

    /// <summary>The article again from the drill's copy of its text.</summary>
    public static Article Parse(DrillArticle article)
    {
        DateOnly? date = DateOnly.TryParseExact(article.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return ArticleParser.Parse(article.Text, new ParseOptions(Date: date, Title: article.Title, Source: article.Source));
    }

    private static DrillArticle Credit(Article article) => new(
        ContentHash.Of(article.Text),
        article.Title,
        article.Source,
        ArticleCredit.Licence(article.Source),
        article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        article.Text);
}
