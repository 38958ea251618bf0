namespace QuizTui.Core.Times;

/// <summary>Which way the clause around an expression points from the reference date.</summary>
internal enum Tense
{
    None,
    Past,
    Future,
}
