namespace QuizTui.Core.Scheduling;

/// <summary>Anki-style (re)learning steps: minutes until the next showing and the step reached, per grade.</summary>
internal sealed class LearningSteps(IReadOnlyList<TimeSpan> learning, IReadOnlyList<TimeSpan> relearning)
{
    /// <summary>Minutes 0 means "graduate": schedule by stability instead.</summary>
    public (double Minutes, int NextStep) For(CardState state, int currentStep, Grade grade)
    {
        var list = state is CardState.Relearning or CardState.Review ? relearning : learning;
        if (list.Count == 0 || currentStep >= list.Count)
        {
            return (0, 0);
        }

        var first = Minutes(list[0]);
        if (state == CardState.Review)
        {
            return grade == Grade.Again ? (Minutes(list[Math.Max(0, currentStep)]), 0) : (0, 0);
        }

        switch (grade)
        {
            case Grade.Again:
                return (first, 0);
            case Grade.Hard:
                var hard = list.Count == 1 ? JsMath.Round(first * 1.5) : JsMath.Round((first + Minutes(list[1])) / 2);
                return (hard, currentStep);
            case Grade.Good when currentStep + 1 < list.Count && Minutes(list[currentStep + 1]) > 0:
                return (JsMath.Round(Minutes(list[currentStep + 1])), currentStep + 1);
            default:
                return (0, 0);
        }
    }

    /// <summary>Whole minutes, as ts-fsrs parses "10m".</summary>
    private static double Minutes(TimeSpan step) => Math.Floor(step.TotalMinutes);
}
