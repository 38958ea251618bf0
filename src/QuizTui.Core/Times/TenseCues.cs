namespace QuizTui.Core.Times;

/// <summary>Guesses the tense of the clause around an expression from nearby verbs and auxiliaries.</summary>
internal static class TenseCues
{
    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "wo", "shall", "would", "going", "gon", "scheduled", "expected", "plans", "plan", "planned",
        "planning", "intends", "due", "payable", "expects", "expect", "soon", "set", "upcoming", "tomorrow", "next", "hopes", "hope", "hoped", "until", "till",
    };

    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "met", "took", "came", "went", "made", "began", "saw", "got",
        "gave", "held", "left", "fell", "rose", "sold", "bought", "won", "lost", "struck", "spoke", "wrote", "broke",
        "led", "sent", "ran", "found", "became", "chose", "drove", "flew", "thought", "brought", "fought", "caught",
        "sought", "kept", "felt", "paid", "heard", "stood", "ago", "last", "yesterday", "earlier", "former", "since",
        "knew", "grew", "threw", "shot", "hit", "quit", "slid", "sank", "swore", "tore", "wore", "woke", "beat",
    };

    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "speed", "seed", "feed", "deed", "breed", "bleed", "weed", "indeed", "proceed", "succeed", "exceed",
        "red", "bed", "shed", "wed", "hundred", "need", "embed", "greed", "creed", "steed",
    };

    /// <summary>The tense cue nearest to tokens [start, end) within the sentence [from, to): left first, then right.</summary>
    public static Tense Of(IReadOnlyList<string> lower, IReadOnlyList<string> raw, int start, int end, int from, int to)
    {
        // "by February", "through January": a deadline lies ahead.
        if (start > from && lower[start - 1] is "by" or "through" or "until" or "till" && start - 2 >= from && lower[start - 2] is not ("was" or "were" or "been"))
        {
            return Tense.Future;
        }

        // The nearest cue on the left governs ("said Tuesday", "will meet Friday").
        for (var k = start - 1; k >= from; k--)
        {
            if (Classify(lower, raw, k) is var t && t != Tense.None)
            {
                return t;
            }
        }

        // Cues on the right are weaker (they often belong to the next clause): only the nearest few count.
        for (var k = end; k < to && k - end < RightWindow; k++)
        {
            if (Classify(lower, raw, k) is var t && t != Tense.None)
            {
                return t;
            }
        }

        return Tense.None;
    }

    private const int RightWindow = 4;

    private static Tense Classify(IReadOnlyList<string> lower, IReadOnlyList<string> raw, int k)
    {
        var w = lower[k];
        // A participle after "be" ("will be held") takes its tense from the auxiliary further left.
        if (k > 0 && lower[k - 1] is "be" or "been" or "being")
        {
            return Tense.None;
        }

        if (Future.Contains(w))
        {
            // "going to", "set to" only; "due to" is a cause.
            if (w is "set" && (k + 1 >= lower.Count || lower[k + 1] != "to"))
            {
                return Tense.None;
            }

            if (w is "going" or "due" && (k + 1 >= lower.Count || lower[k + 1] != "to" || (w == "due" && k + 2 < lower.Count && lower[k + 2] is "the" or "a")))
            {
                return Tense.None;
            }

            return Tense.Future;
        }

        if (Past.Contains(w))
        {
            return Tense.Past;
        }

        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !NotPast.Contains(w) && !char.IsUpper(raw[k][0])
            ? Tense.Past
            : Tense.None;
    }
}
