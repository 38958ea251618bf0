namespace QuizTui.Core.Drills;

/// <summary>One student's standing.</summary>
/// <param name="Answered">Questions answered (graded or not).</param>
/// <param name="Right">Answers graded right (or accepted).</param>
/// <param name="Points">Speed points when the drill uses them, else 1000 per right answer.</param>
/// <param name="Seconds">Total time spent on answered questions.</param>
public sealed record StudentResult(string Account, string Shown, int Answered, int Right, int Points, double Seconds, int QuestionCount)
{
    public bool Finished => Answered >= QuestionCount;

    /// <summary>Right answers as a share of all the drill's questions, 0–100.</summary>
    public double Percent => QuestionCount == 0 ? 0 : 100.0 * Right / QuestionCount;
}
