using System.Text;

namespace QuizTui.Core.Questions;

/// <summary>
/// Judges a typed answer: normalised comparison with the key and its accepted forms (case, "the",
/// punctuation, a leading preposition ignored), then typo tolerance by Levenshtein distance
/// (Quickenshtein) that never crosses to another name: each word must keep its first letter, and
/// numbers and month names must match exactly.
/// </summary>
/// <example>
/// For the key "John Kerry" (accepting "Kerry"): "kerry" → Correct, "john kery" → Close, "Lavrov" → Wrong.
/// For "in March (2013)": "march" → Correct, "May" → Wrong.
/// </example>
public static class AnswerMatcher
{
    /// <summary>Months and days of the week: one typed for another is a different date, never a typo ("tuesday" for "thursday").</summary>
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static AnswerResult Match(Question question, string given)
    {
        if (question.Format == QuestionFormat.TrueFalse)
        {
            var answer = Normalize(given);
            var truth = question.Answer == "True";
            return answer is "true" or "t" or "yes" ? (truth ? AnswerResult.Correct : AnswerResult.Wrong)
                : answer is "false" or "f" or "no" ? (truth ? AnswerResult.Wrong : AnswerResult.Correct)
                : AnswerResult.Wrong;
        }

        return Match(given, question.Accept.Prepend(question.Answer));
    }

    /// <summary>Matches <paramref name="given"/> against the accepted forms.</summary>
    public static AnswerResult Match(string given, IEnumerable<string> accepted)
    {
        var typed = Normalize(given);
        if (typed.Length == 0)
        {
            return AnswerResult.Wrong;
        }

        var forms = accepted.SelectMany(Forms).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (forms.Contains(typed, StringComparer.Ordinal))
        {
            return AnswerResult.Correct;
        }

        return forms.Any(f => IsTypo(typed, f)) ? AnswerResult.Close : AnswerResult.Wrong;
    }

    private static IEnumerable<string> Forms(string form)
    {
        var normalized = Normalize(form);
        yield return normalized;

        // "in March (2013)" also stands for "in March" and "March".
        var bracket = form.IndexOf('(', StringComparison.Ordinal);
        if (bracket > 0)
        {
            yield return Normalize(form[..bracket]);
        }
    }

    private static bool IsTypo(string typed, string form)
    {
        var a = typed.Split(' ');
        var b = form.Split(' ');
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i][0] != b[i][0] || ((a[i].Any(char.IsDigit) || b[i].Any(char.IsDigit) || CalendarWords.Contains(a[i]) || CalendarWords.Contains(b[i])) && a[i] != b[i]))
            {
                return false;
            }
        }

        var distance = Quickenshtein.Levenshtein.GetDistance(typed, form);
        var allowed = form.Length < 4 ? 0 : form.Length < 8 ? 1 : 2;
        return distance <= allowed;
    }

    /// <summary>Lower case letters and digits, single spaces, no leading article or preposition.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is '-' or ' ' or '\'' or '’' or '.' or ',' or '(' or ')' && builder.Length > 0 && builder[^1] != ' ')
            {
                if (c is not ('\'' or '’' or ',' or '.'))
                {
                    builder.Append(' ');
                }
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "the" or "in" or "on" or "at" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
