namespace QuizTui.Core.Questions;

/// <summary>How a given answer was judged.</summary>
public enum AnswerResult
{
    Wrong,

    /// <summary>Right, with a typo tolerated.</summary>
    Close,

    Correct,
}
