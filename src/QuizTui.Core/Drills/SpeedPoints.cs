namespace QuizTui.Core.Drills;

/// <summary>Kahoot-style points: a right answer scores more the faster it comes; a wrong one scores nothing.</summary>
/// <example>
/// <c>SpeedPoints.For(true, 0, 20)</c> → 1000; <c>SpeedPoints.For(true, 10, 20)</c> → 750;
/// <c>SpeedPoints.For(true, 20, 20)</c> → 500; <c>SpeedPoints.For(false, 1, 20)</c> → 0; untimed right answers → 1000.
/// </example>
public static class SpeedPoints
{
    public const int Full = 1000;

    /// <summary>round((1 − t/(2T)) × 1000) for a right answer at <paramref name="seconds"/> of <paramref name="limitSeconds"/>; t is clamped to [0, T].</summary>
    public static int For(bool right, double seconds, int? limitSeconds)
    {
        if (!right)
        {
            return 0;
        }

        if (limitSeconds is not ({ } limit and > 0))
        {
            return Full;
        }

        var t = Math.Clamp(seconds, 0, limit);
        return (int)Math.Round((1 - (t / (2.0 * limit))) * Full, MidpointRounding.AwayFromZero);
    }
}
