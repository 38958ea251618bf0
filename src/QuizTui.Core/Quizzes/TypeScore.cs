using QuizTui.Core.Questions;

namespace QuizTui.Core.Quizzes;

/// <summary>How one question type went in a quiz.</summary>
public sealed record TypeScore(QuestionType Type, int Asked, int Right)
{
    /// <summary>Share right, from 0 to 1.</summary>
    public double Fraction => Asked == 0 ? 0 : (double)Right / Asked;
}
