namespace QuizTui.Core.Summaries;

/// <summary>A main date of the article, resolved and as written.</summary>
/// <param name="Value">The resolved TIMEX3 date ("2013-05-07", "2013-05", "2013").</param>
/// <param name="Text">The date as the article wrote it ("Tuesday night (May 7)").</param>
/// <param name="Mentions">How often the article refers to this date.</param>
public sealed record KeyDate(string Value, string Text, int Mentions);
