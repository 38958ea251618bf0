using QuizTui.Core.Questions;

namespace QuizTui.Core.Scheduling;

/// <summary>
/// How long a question should take a fluent reader, so speed can be judged relative to the question:
/// 2 s to think, the prompt read at 4 words a second (240 wpm), plus the choices read the same way for
/// multiple choice, or the answer typed at 3 characters a second (about 35 wpm) for a short answer.
/// </summary>
/// <example>
/// <code>ResponsePace.Expected(whoQuestion) // e.g. 6.5 s for a 10-word prompt and a 5-letter typed answer</code>
/// </example>
public static class ResponsePace
{
    /// <summary>Answered in at most this share of the expected time: fast (Easy).</summary>
    public const double FastShare = 0.5;

    /// <summary>Answered in more than this multiple of the expected time: slow (Hard).</summary>
    public const double SlowMultiple = 2.0;

    private const double ThinkSeconds = 2;
    private const double WordsPerSecond = 4;
    private const double TypedCharactersPerSecond = 3;

    public static TimeSpan Expected(Question question)
    {
        var seconds = ThinkSeconds + (Words(question.Prompt) / WordsPerSecond);
        seconds += question.Format switch
        {
            QuestionFormat.MultipleChoice => question.Choices.Sum(Words) / WordsPerSecond,
            QuestionFormat.ShortAnswer => question.Answer.Length / TypedCharactersPerSecond,
            _ => 0,
        };
        return TimeSpan.FromSeconds(seconds);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
