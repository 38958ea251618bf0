using System.Security.Cryptography;
using System.Text;

namespace QuizTui.Core.Drills;

/// <summary>
/// Seeded orders: a student's order of questions and of choices, and the printed versions. Machine-independent
/// (SHA-256 of the seed and a label, never string.GetHashCode), so a resumed student gets the same order.
/// </summary>
/// <example><c>DrillOrder.Permutation(5, 7, "alice")</c> → the same five indices in the same order on every machine.</example>
public static class DrillOrder
{
    /// <summary>The indices 0..count-1 in a seeded order (Fisher–Yates).</summary>
    public static IReadOnlyList<int> Permutation(int count, int seed, string label)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(Seed(seed, label));
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>The student's questions in the order they get them (the drill's order unless shuffled).</summary>
    public static IReadOnlyList<DrillQuestionView> ForStudent(DrillPaper paper, string account)
    {
        if (!paper.Settings.Shuffle || paper.Settings.HostPaced)
        {
            return paper.Questions;
        }

        return [.. Permutation(paper.Questions.Count, paper.Settings.Seed, "student:" + account)
            .Select(i => paper.Questions[i])
            .Select(q => q with { Choices = Choices(q.Choices, paper.Settings.Seed, $"student:{account}:{q.Id}") })];
    }

    /// <summary>Multiple choices in a seeded order; true/false ("True", "False") keeps its order.</summary>
    public static IReadOnlyList<string> Choices(IReadOnlyList<string> choices, int seed, string label) =>
        choices.Count <= 2 ? choices : [.. Permutation(choices.Count, seed, label).Select(i => choices[i])];

    private static int Seed(int seed, string label) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{label}")), 0) & int.MaxValue;
}
