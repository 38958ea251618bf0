namespace QuizTui.Core.Questions;

/// <summary>How a question is put to the learner.</summary>
public enum QuestionFormat
{
    /// <summary>The answer among three distractors of the same kind.</summary>
    MultipleChoice,

    /// <summary>A typed answer, matched with typo tolerance against the accepted forms.</summary>
    ShortAnswer,

    /// <summary>A statement to judge; <see cref="Question.Answer"/> is "True" or "False".</summary>
    TrueFalse,
}
