namespace QuizTui.Core.Questions;

/// <summary>The field of news an article belongs to, as far as its wrong answers need to know.</summary>
public enum ArticleField
{
    General,
    Sport,
    Entertainment,
}
