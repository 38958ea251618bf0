namespace QuizTui.Core.Scheduling;

/// <summary>JavaScript's rounding, so the port agrees with the reference implementation to the last step.</summary>
internal static class JsMath
{
    /// <summary>Math.round: halves go towards +∞ (C#'s default rounds halves to even).</summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>FSRS rounds most intermediate values to eight decimals.</summary>
    public static double Round8(double value) => Round(value * 1e8) / 1e8;

    public static double Clamp(double value, double min, double max) => Math.Min(Math.Max(value, min), max);
}
