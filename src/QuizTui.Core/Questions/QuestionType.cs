namespace QuizTui.Core.Questions;

/// <summary>What a question asks for.</summary>
public enum QuestionType
{
    Who,
    Where,
    When,
    HowMany,
    WhoSaid,
}
