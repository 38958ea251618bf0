namespace QuizTui.Core.Summaries;

/// <summary>Precision, recall and F1 of one ROUGE measure, each in [0, 1].</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    /// <summary>The score with F1 as rouge-score computes it (0 when both are 0).</summary>
    public static RougeScore From(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
}
