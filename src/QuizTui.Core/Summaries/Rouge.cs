namespace QuizTui.Core.Summaries;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L (sentence-level LCS) exactly as Google's rouge-score package computes
/// them with <c>use_stemmer=True</c>: lower case, every run of characters other than a-z and 0-9 becomes a
/// space, tokens longer than three characters are Porter-stemmed (NLTK mode).
/// </summary>
/// <example><c>Rouge.Score("the cat sat", "the cat ran").Rouge1.F1</c> → <c>0.667</c></example>
public static class Rouge
{
    /// <summary>rouge-score's tokens of a text.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var lower = text.ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var keep = i < lower.Length && lower[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep && start < 0)
            {
                start = i;
            }
            else if (!keep && start >= 0)
            {
                var token = lower[start..i];
                tokens.Add(token.Length > 3 ? PorterStemmer.Nltk.Stem(token) : token);
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>Scores of <paramref name="candidate"/> against <paramref name="reference"/>.</summary>
    public static RougeScores Score(string reference, string candidate)
    {
        var target = Tokenize(reference);
        var prediction = Tokenize(candidate);
        return new RougeScores(NGrams(target, prediction, 1), NGrams(target, prediction, 2), Lcs(target, prediction));
    }

    private static RougeScore NGrams(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        var targetCounts = Count(target, n);
        var predictionCounts = Count(prediction, n);
        var overlap = 0;
        foreach (var (gram, count) in targetCounts)
        {
            overlap += Math.Min(count, predictionCounts.GetValueOrDefault(gram));
        }

        var targetTotal = Math.Max(target.Count - n + 1, 0);
        var predictionTotal = Math.Max(prediction.Count - n + 1, 0);
        return RougeScore.From(overlap / (double)Math.Max(predictionTotal, 1), overlap / (double)Math.Max(targetTotal, 1));
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    private static RougeScore Lcs(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        if (target.Count == 0 || prediction.Count == 0)
        {
            return new RougeScore(0, 0, 0);
        }

        var previous = new int[prediction.Count + 1];
        var current = new int[prediction.Count + 1];
        foreach (var word in target)
        {
            for (var j = 1; j <= prediction.Count; j++)
            {
                current[j] = word == prediction[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        var lcs = previous[prediction.Count];
        return RougeScore.From(lcs / (double)prediction.Count, lcs / (double)target.Count);
    }
}
