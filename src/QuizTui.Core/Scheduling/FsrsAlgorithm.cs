namespace QuizTui.Core.Scheduling;

/// <summary>The FSRS-6 memory model: how stability and difficulty change with a grade after t days.</summary>
internal sealed class FsrsAlgorithm
{
    private const double MinStability = 0.001;
    private const double MaxStability = 36500;
    private readonly double[] w;
    private readonly double decay;
    private readonly double factor;

    public FsrsAlgorithm(FsrsParameters parameters)
    {
        w = [.. parameters.Weights];
        if (w.Length != 21)
        {
            throw new ArgumentException("FSRS-6 needs 21 weights.", nameof(parameters));
        }

        if (parameters.RequestRetention is <= 0 or > 1)
        {
            throw new ArgumentException("Requested retention must be in (0, 1].", nameof(parameters));
        }

        decay = -w[20];
        factor = JsMath.Round8(Math.Exp(Math.Pow(decay, -1) * Math.Log(0.9)) - 1);
        IntervalModifier = JsMath.Round8((Math.Pow(parameters.RequestRetention, 1 / decay) - 1) / factor);
        MaximumInterval = parameters.MaximumInterval;
    }

    public double IntervalModifier { get; }

    public int MaximumInterval { get; }

    /// <summary>Probability of recall after <paramref name="days"/> at stability <paramref name="stability"/>.</summary>
    public double ForgettingCurve(double days, double stability) =>
        JsMath.Round8(Math.Pow(1 + (factor * days / stability), decay));

    public int NextInterval(double stability) =>
        (int)Math.Min(Math.Max(1, JsMath.Round(stability * IntervalModifier)), MaximumInterval);

    /// <summary>The memory state after grade <paramref name="grade"/> given <paramref name="days"/> after the last review.</summary>
    public (double Difficulty, double Stability) NextState(double difficulty, double stability, int days, Grade grade, double? retrievability)
    {
        var g = (int)grade;
        if (difficulty == 0 && stability == 0)
        {
            return (JsMath.Clamp(InitDifficulty(g), 1, 10), Math.Max(w[g - 1], 0.1));
        }

        var r = retrievability ?? ForgettingCurve(days, stability);
        double nextStability;
        if (days == 0)
        {
            nextStability = ShortTermStability(stability, g);
        }
        else if (grade == Grade.Again)
        {
            var afterFail = ForgetStability(difficulty, stability, r);
            nextStability = JsMath.Clamp(JsMath.Round8(stability / Math.Exp(w[17] * w[18])), MinStability, afterFail);
        }
        else
        {
            nextStability = RecallStability(difficulty, stability, r, grade);
        }

        return (NextDifficulty(difficulty, g), nextStability);
    }

    private double InitDifficulty(int g) => JsMath.Round8(w[4] - Math.Exp((g - 1) * w[5]) + 1);

    private double NextDifficulty(double d, int g)
    {
        var delta = -w[6] * (g - 3);
        var next = d + JsMath.Round8(delta * (10 - d) / 9);
        var reverted = JsMath.Round8((w[7] * InitDifficulty((int)Grade.Easy)) + ((1 - w[7]) * next));
        return JsMath.Clamp(reverted, 1, 10);
    }

    private double RecallStability(double d, double s, double r, Grade grade)
    {
        var hardPenalty = grade == Grade.Hard ? w[15] : 1;
        var easyBonus = grade == Grade.Easy ? w[16] : 1;
        var growth = Math.Exp(w[8]) * (11 - d) * Math.Pow(s, -w[9]) * (Math.Exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus;
        return JsMath.Round8(JsMath.Clamp(s * (1 + growth), MinStability, MaxStability));
    }

    private double ForgetStability(double d, double s, double r) =>
        JsMath.Round8(JsMath.Clamp(
            w[11] * Math.Pow(d, -w[12]) * (Math.Pow(s + 1, w[13]) - 1) * Math.Exp((1 - r) * w[14]),
            MinStability,
            MaxStability));

    /// <summary>FSRS-6 same-day review: S·S^(−w19)·e^(w17·(G−3+w18)), never shrinking on a pass.</summary>
    private double ShortTermStability(double s, int g)
    {
        var increase = Math.Pow(s, -w[19]) * Math.Exp(w[17] * (g - 3 + w[18]));
        var masked = g >= (int)Grade.Hard ? Math.Max(increase, 1) : increase;
        return JsMath.Round8(JsMath.Clamp(s * masked, MinStability, MaxStability));
    }
}
