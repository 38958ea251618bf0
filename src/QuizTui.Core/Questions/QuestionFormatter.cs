using System.Globalization;
using System.Text;

namespace QuizTui.Core.Questions;

/// <summary>
/// The readable rendering of a question set, shared by the CLI, the TUI and the snapshots: numbered
/// questions with lettered choices, and optionally the key with each answer's evidence sentence, as a
/// teacher would print it.
/// </summary>
/// <example>
/// <code>
/// 1. Who met Vladimir Putin for more than two hours?
///    A. Sergei Lavrov   B. ...
/// </code>
/// </example>
public static class QuestionFormatter
{
    public static string Format(QuestionSet set, bool answerKey = false)
    {
        var text = new StringBuilder();
        if (set.Note is { } note)
        {
            text.AppendLine(note);
            if (set.Questions.Count > 0)
            {
                text.AppendLine();
            }
        }

        for (var i = 0; i < set.Questions.Count; i++)
        {
            var q = set.Questions[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {(q.Format == QuestionFormat.TrueFalse ? "True or false? " : "")}{q.Prompt}");
            switch (q.Format)
            {
                case QuestionFormat.MultipleChoice:
                    for (var c = 0; c < q.Choices.Count; c++)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"   {Letter(c)}. {q.Choices[c]}");
                    }

                    break;
                case QuestionFormat.ShortAnswer:
                    text.AppendLine("   Answer: ____________________");
                    break;
                default:
                    text.AppendLine("   True / False");
                    break;
            }

            text.AppendLine();
        }

        if (answerKey && set.Questions.Count > 0)
        {
            AppendKey(text, set.Questions);
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static void AppendKey(StringBuilder text, IReadOnlyList<Question> questions)
    {
        text.AppendLine("Answer key");
        text.AppendLine();
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var letter = q.Format == QuestionFormat.MultipleChoice ? $"{Letter(IndexOf(q.Choices, q.Answer))}. " : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {letter}{q.Answer}  [{Name(q.Type)}, difficulty {q.Difficulty.ToString("0.00", CultureInfo.InvariantCulture)}]");
            if (q.Accept.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   Also accept: {string.Join("; ", q.Accept)}");
            }

            var answer = q.Evidence.AnswerSpan;
            var offset = q.Evidence.Span.Start;
            var sentence = q.Evidence.Text;
            var marked = answer.Start >= offset && answer.End <= q.Evidence.Span.End
                ? $"{sentence[..(answer.Start - offset)]}[{sentence[(answer.Start - offset)..(answer.End - offset)]}]{sentence[(answer.End - offset)..]}"
                : sentence;
            text.AppendLine(CultureInfo.InvariantCulture, $"   Evidence ({q.Evidence.Span.Start}-{q.Evidence.Span.End}): {marked}");
            text.AppendLine();
        }
    }

    /// <summary>The type's name as the CLI and JSON write it ("who-said").</summary>
    public static string Name(QuestionType type) => type switch
    {
        QuestionType.HowMany => "how-many",
        QuestionType.WhoSaid => "who-said",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static char Letter(int index) => (char)('A' + index);

    private static int IndexOf(IReadOnlyList<string> choices, string answer)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] == answer)
            {
                return i;
            }
        }

        return 0;
    }
}
