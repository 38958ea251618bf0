namespace QuizTui.Core.Summaries;

/// <summary>
/// Greedy maximal-marginal-relevance selection under a budget. Choosing a sentence that leans on the
/// one before it brings that one in too (the antecedent travels with it), and the whole unit must fit.
/// </summary>
internal sealed class SentenceSelector(RankedSentences ranked, SummarizerSettings settings)
{
    public IReadOnlyList<int> Select(Budget budget)
    {
        var n = ranked.Count;
        var chosen = new bool[n];
        var selected = new List<int>();
        var maxSimilarity = new double[n];
        var pool = Enumerable.Range(0, n)
            .Where(i => ranked.UnitStart[i] >= 0 && ranked.Words[i] >= settings.MinimumWords)
            .OrderByDescending(i => ranked.Score[i])
            .Take(settings.CandidatePool)
            .ToList();
        var usedWords = 0;
        while (true)
        {
            var best = -1;
            var bestGain = double.NegativeInfinity;
            foreach (var i in pool)
            {
                if (chosen[i])
                {
                    continue;
                }

                var (sentences, words) = Cost(i, chosen);
                if (!budget.Fits(selected.Count + sentences, usedWords + words))
                {
                    continue;
                }

                var gain = (settings.Lambda * ranked.Score[i]) - ((1 - settings.Lambda) * maxSimilarity[i]);
                if (budget.CountsWords && settings.LengthExponent > 0)
                {
                    gain = gain >= 0
                        ? gain / Math.Pow(Math.Max(words, 1), settings.LengthExponent)
                        : gain * Math.Pow(Math.Max(words, 1), settings.LengthExponent);
                }

                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            for (var j = ranked.UnitStart[best]; j <= best; j++)
            {
                if (!chosen[j])
                {
                    chosen[j] = true;
                    selected.Add(j);
                    usedWords += ranked.Words[j];
                    foreach (var k in pool)
                    {
                        maxSimilarity[k] = Math.Max(maxSimilarity[k], ranked.Vectors[k].Dot(ranked.Vectors[j]));
                    }
                }
            }
        }

        selected.Sort();
        return selected;
    }

    private (int Sentences, int Words) Cost(int i, bool[] chosen)
    {
        int sentences = 0, words = 0;
        for (var j = ranked.UnitStart[i]; j <= i; j++)
        {
            if (!chosen[j])
            {
                sentences++;
                words += ranked.Words[j];
            }
        }

        return (sentences, words);
    }
}
