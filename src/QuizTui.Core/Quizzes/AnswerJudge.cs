using System.Globalization;
using System.Text;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Quizzes;

/// <summary>
/// Judges a given answer. Choices (multiple choice, true/false) are right only when the chosen text is
/// the key. Typed answers go to the short-answer matcher passed in (the typo-tolerant one); without
/// one, a typed answer is right only when it equals the key or an accepted form, ignoring case,
/// punctuation and spacing.
/// </summary>
/// <example><c>new AnswerJudge().Judge(q, "john kerry")</c> → <c>Correct</c> when the key is "John Kerry".</example>
public sealed class AnswerJudge(Func<Question, string, AnswerResult>? shortAnswerMatcher = null)
{
    public AnswerResult Judge(Question question, string given)
    {
        if (question.Format != QuestionFormat.ShortAnswer)
        {
            return string.Equals(given, question.Answer, StringComparison.Ordinal) ? AnswerResult.Correct : AnswerResult.Wrong;
        }

        if (shortAnswerMatcher is not null)
        {
            return shortAnswerMatcher(question, given);
        }

        var typed = Normalize(given);
        return typed.Length > 0 && question.Accept.Prepend(question.Answer).Any(a => Normalize(a) == typed)
            ? AnswerResult.Correct
            : AnswerResult.Wrong;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
