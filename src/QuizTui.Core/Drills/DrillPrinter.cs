using System.Text;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Drills;

/// <summary>
/// A drill as a paper quiz: numbered questions, lettered choices, lines for typed answers, a credit for each article;
/// versions in their own seeded orders (questions and choices), each with its own key listing the evidence.
/// </summary>
/// <example><c>DrillPrinter.Print(drill, new PrintOptions(Versions: ["A", "B"], AnswerKey: true))</c></example>
public static class DrillPrinter
{
    private const string AnswerLine = "_____________________________________________";

    public static string Print(Drill drill, PrintOptions options)
    {
        IReadOnlyList<string?> versions = options.Versions is { Count: > 0 } v ? [.. v] : [null];
        var text = new StringBuilder();
        foreach (var version in versions)
        {
            var questions = Arrange(drill, version);
            Paper(text, drill, version, questions, options.Markdown);
            if (options.AnswerKey)
            {
                Key(text, drill, version, questions, options.Markdown);
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>The questions of a version: the drill's order without one, else seeded by the drill's seed and the letter.</summary>
    public static IReadOnlyList<Question> Arrange(Drill drill, string? version)
    {
        var questions = drill.Questions.Select(q => q.Question).ToList();
        if (version is null)
        {
            return questions;
        }

        var seed = drill.Settings.Seed;
        return [.. DrillOrder.Permutation(questions.Count, seed, "version:" + version)
            .Select(i => questions[i])
            .Select(q => q.Format == QuestionFormat.MultipleChoice ? q with { Choices = DrillOrder.Choices(q.Choices, seed, $"version:{version}:{q.Id}") } : q)];
    }

    private static void Paper(StringBuilder text, Drill drill, string? version, IReadOnlyList<Question> questions, bool markdown)
    {
        var title = version is null ? drill.Name : $"{drill.Name}, version {version}";
        Heading(text, title, markdown, 1);
        text.Append("Name: ______________________   Date: ____________\n\n");
        if (drill.Settings.TimeLimitSeconds is { } limit)
        {
            text.Append($"About {limit} seconds a question.\n\n");
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var prompt = q.Format == QuestionFormat.TrueFalse ? $"True or false? {q.Prompt}" : q.Prompt;
            text.Append(markdown ? $"{i + 1}. {prompt}\n" : $"{i + 1,2}. {prompt}\n");
            if (q.Format == QuestionFormat.ShortAnswer)
            {
                text.Append(markdown ? "\n    Answer: " + AnswerLine.Replace("_", "\\_", StringComparison.Ordinal) + "\n" : "    Answer: " + AnswerLine + "\n");
            }
            else
            {
                text.Append(markdown ? "\n" : "");
                for (var c = 0; c < q.Choices.Count; c++)
                {
                    text.Append(markdown ? $"    - {Letter(c)}. {q.Choices[c]}\n" : $"    {Letter(c)}  {q.Choices[c]}\n");
                }
            }

            text.Append('\n');
        }

        Heading(text, "Sources", markdown, 2);
        foreach (var article in drill.Articles.Where(a => drill.Questions.Any(q => q.ArticleHash == a.Hash)))
        {
            text.Append($"- {ArticleCredit.Line(article)}\n");
        }

        text.Append('\n');
    }

    private static void Key(StringBuilder text, Drill drill, string? version, IReadOnlyList<Question> questions, bool markdown)
    {
        Heading(text, version is null ? $"Answer key: {drill.Name}" : $"Answer key: {drill.Name}, version {version}", markdown, 2);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var index = q.Choices.ToList().IndexOf(q.Answer);
            var answer = q.Format == QuestionFormat.ShortAnswer || index < 0 ? q.Answer : $"{Letter(index)}  {q.Answer}";
            var also = q.Format == QuestionFormat.ShortAnswer && q.Accept.Count > 0 ? $" (also: {string.Join(", ", q.Accept)})" : "";
            var ruled = drill.Find(q.Id)?.AcceptedLater is { Count: > 0 } r ? $" (accepted after the drill: {string.Join(", ", r)})" : "";
            text.Append(markdown ? $"{i + 1}. **{answer}**{also}{ruled}\n" : $"{i + 1,2}. {answer}{also}{ruled}\n");
            if (q.Evidence.Text.Length > 0)
            {
                text.Append(markdown ? $"    > {q.Evidence.Text}\n" : $"    Evidence: {q.Evidence.Text}\n");
            }
        }

        text.Append('\n');
    }

    private static void Heading(StringBuilder text, string title, bool markdown, int level)
    {
        if (markdown)
        {
            text.Append($"{new string('#', level)} {title}\n\n");
        }
        else
        {
            text.Append($"{title}\n{new string(level == 1 ? '=' : '-', title.Length)}\n\n");
        }
    }

    private static char Letter(int index) => (char)('A' + index);
}
