using QuizTui.Core.Questions;

namespace QuizTui.Core.Scheduling;

/// <summary>Turns a judged answer and its time into an FSRS grade.</summary>
/// <example>
/// <code>
/// AnswerGrading.Grade(AnswerResult.Wrong, anyTime, expected)            // Again
/// AnswerGrading.Grade(AnswerResult.Close, anyTime, expected)            // Hard (right after a typo)
/// AnswerGrading.Grade(AnswerResult.Correct, 3 × expected, expected)     // Hard (slow)
/// AnswerGrading.Grade(AnswerResult.Correct, expected, expected)         // Good
/// AnswerGrading.Grade(AnswerResult.Correct, 0.4 × expected, expected)   // Easy (fast)
/// </code>
/// </example>
public static class AnswerGrading
{
    public static Grade Grade(AnswerResult result, TimeSpan taken, TimeSpan expected) => result switch
    {
        AnswerResult.Wrong => Scheduling.Grade.Again,
        AnswerResult.Close => Scheduling.Grade.Hard,
        _ when taken > expected * ResponsePace.SlowMultiple => Scheduling.Grade.Hard,
        _ when taken <= expected * ResponsePace.FastShare => Scheduling.Grade.Easy,
        _ => Scheduling.Grade.Good,
    };

    /// <summary>
    /// A wrong verdict the learner overrode ("I was right"): the answer counts as recalled, but without
    /// the speed bonus, since the program could not confirm it.
    /// </summary>
    public static Grade Overridden => Scheduling.Grade.Good;
}
