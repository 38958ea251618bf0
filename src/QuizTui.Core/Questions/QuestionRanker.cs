using QuizTui.Core.Text;

namespace QuizTui.Core.Questions;

/// <summary>
/// Scores candidates (central sentence, specific answer, short prompt; penalties from building) and
/// keeps the best few with variety: never two with the same answer from one sentence, few repeats of
/// one answer or one type.
/// </summary>
internal static class QuestionRanker
{
    public static double Score(Candidate c, ArticleContext context, IReadOnlySet<TextSpan>? central)
    {
        var position = 1.0 / (1 + (0.12 * c.SentenceIndex));
        var centrality = central is null ? position : (central.Contains(c.Sentence.Span) ? 0.8 : 0.2) + (0.4 * position);
        var type = c.Type switch
        {
            QuestionType.Where => 0.3,
            QuestionType.Who => 0.25,
            QuestionType.When => 0.25,
            QuestionType.HowMany => 0.15,
            _ => 0.1,
        };
        var salience = context.MentionCounts.TryGetValue(c.Key.Value, out var mentions) ? Math.Min(0.3, 0.06 * mentions) : 0.1;
        var specific = c.Key.Kind switch
        {
            AnswerKind.Person => c.Key.Value.Contains(' ', StringComparison.Ordinal) ? 0.1 : 0,
            // A day of the week without its date ("on Thursday") is the least specific of dates.
            AnswerKind.Date => TimeText.Granularity(c.Key.Value) >= 7 ? 0.1 : TimeText.IsWeekday(c.Key.Value) ? -0.15 : 0,
            _ => 0.05,
        };
        var words = c.Prompt.Split(' ').Length;
        return centrality + type + salience + specific - (0.03 * Math.Max(0, words - 14)) - c.Penalty;
    }

    public static List<Candidate> Select(IReadOnlyList<Candidate> candidates, int count, ArticleContext context, IReadOnlySet<TextSpan>? central)
    {
        var scored = candidates.Select(c => (Candidate: c, Score: Score(c, context, central)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Candidate.SentenceIndex).ThenBy(p => p.Candidate.Prompt, StringComparer.Ordinal)
            .ToList();
        var selected = new List<Candidate>();
        while (selected.Count < count)
        {
            Candidate? best = null;
            var bestScore = double.MinValue;
            foreach (var (candidate, score) in scored)
            {
                // At most three questions share an answer: a quiz about one person all along tests little.
                if (selected.Any(s => s.Prompt == candidate.Prompt || (s.SentenceIndex == candidate.SentenceIndex && s.Key.Value == candidate.Key.Value))
                    || selected.Count(s => s.Key.Value == candidate.Key.Value) >= 3)
                {
                    continue;
                }

                var adjusted = score
                    - (0.15 * selected.Count(s => s.Type == candidate.Type))
                    - (0.5 * selected.Count(s => s.Key.Value == candidate.Key.Value))
                    - (0.1 * selected.Count(s => s.SentenceIndex == candidate.SentenceIndex));
                if (adjusted > bestScore)
                {
                    best = candidate;
                    bestScore = adjusted;
                }
            }

            if (best is null)
            {
                break;
            }

            selected.Add(best);
        }

        return [.. selected.OrderBy(c => c.Sentence.Span.Start).ThenBy(c => c.Key.Span.Start)];
    }
}
