using System.Globalization;
using System.Text;
using Humanizer;

namespace QuizTui.Core.Drills;

/// <summary>The drill report as a teacher reads it: students, questions, and a few lines in words.</summary>
public static class DrillReportFormatter
{
    private const int PromptWidth = 48;

    public static string Format(DrillResults results)
    {
        var text = new StringBuilder();
        text.Append($"Drill {results.Name}: {"question".ToQuantity(results.QuestionCount)}, {"student".ToQuantity(results.Students.Count)}, {"answer".ToQuantity(results.TotalAnswers)}");
        text.Append(results.Pending > 0 ? $" ({results.Pending} not graded yet)\n\n" : "\n\n");
        foreach (var line in Summary(results))
        {
            text.Append(line).Append('\n');
        }

        text.Append("\nStudents\n");
        var width = Math.Max(7, results.Students.Select(s => Name(s).Length).DefaultIfEmpty(0).Max());
        text.Append($"  {"Student".PadRight(width)}  Score   Percent  Time");
        text.Append(results.Settings.SpeedPoints ? "   Points\n" : "\n");
        foreach (var s in results.Students)
        {
            text.Append($"  {Name(s).PadRight(width)}  {$"{s.Right}/{s.QuestionCount}",-6}  {Percent(s.Percent),7}  {Clock(s.Seconds),5}");
            text.Append(results.Settings.SpeedPoints ? $"  {s.Points,7}\n" : "\n");
        }

        text.Append("\nQuestions\n");
        text.Append($"   #  {"Question".PadRight(PromptWidth)}  Right  Discr.  Most chosen wrong answer\n");
        foreach (var q in results.Questions)
        {
            var percent = q.PercentCorrect is { } p ? Percent(p) : "-";
            var wrong = q.MostChosenWrong is { } w ? $"{w} ({q.Distribution.FirstOrDefault(c => string.Equals(c.Answer, w, StringComparison.OrdinalIgnoreCase))?.Count ?? 0})" : "-";
            text.Append($"  {q.Number,2}  {q.Prompt.Truncate(PromptWidth, "…").PadRight(PromptWidth)}  {percent,5}  {Index(q.Discrimination),6}  {wrong}\n");
        }

        return text.ToString();
    }

    /// <summary>The lines in words: who finished, the average, the hardest and easiest questions, questions that may have a bad key.</summary>
    public static IReadOnlyList<string> Summary(DrillResults results)
    {
        var lines = new List<string>();
        if (results.Students.Count == 0)
        {
            lines.Add("Nobody has taken this drill yet.");
            return lines;
        }

        var finished = results.Students.Count(s => s.Finished);
        var average = results.Students.Average(s => s.Percent);
        lines.Add($"{Sentence(finished.ToWords())} of {"student".ToQuantity(results.Students.Count, ShowQuantityAs.Words)} finished; the average score was {Percent(average)}.");
        var graded = results.Questions.Where(q => q.PercentCorrect is not null).ToList();
        if (graded.Count > 0)
        {
            var hardest = graded.OrderBy(q => q.PercentCorrect).ThenBy(q => q.Number).First();
            var easiest = graded.OrderByDescending(q => q.PercentCorrect).ThenBy(q => q.Number).First();
            lines.Add($"The hardest question was {hardest.Number} (\"{hardest.Prompt.Truncate(60, "…")}\"), answered right by {hardest.Right} of {hardest.Graded}" +
                (hardest.MostChosenWrong is { } w ? $"; the most chosen wrong answer was \"{w}\"." : "."));
            if (easiest.Number != hardest.Number)
            {
                lines.Add($"The easiest was {easiest.Number}, answered right by {easiest.Right} of {easiest.Graded}.");
            }
        }

        var suspect = results.Questions.Where(q => q.Discrimination < 0).Select(q => q.Number.ToString(CultureInfo.InvariantCulture)).ToList();
        if (suspect.Count > 0)
        {
            lines.Add($"Check the key of {(suspect.Count == 1 ? "question" : "questions")} {suspect.Humanize()}: weaker students did better on {(suspect.Count == 1 ? "it" : "them")} than stronger ones.");
        }

        return lines;
    }

    private static string Name(StudentResult s) => s.Shown == s.Account ? s.Account : $"{s.Shown} ({s.Account})";

    private static string Sentence(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string Percent(double value) => value.ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Index(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-";

    private static string Clock(double seconds)
    {
        var total = (int)Math.Round(seconds);
        return $"{total / 60}:{total % 60:00}";
    }
}
