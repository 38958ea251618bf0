namespace QuizTui.Tui.Screens;

/// <summary>
/// A library row's text fitted to a width: the title (or file name), the last score and where it starts, and the
/// facts line (or the error). Kept by the library screen while the width and the score stay the same.
/// </summary>
internal sealed record LibraryRowText(int Width, string? Score, int ScoreAt, string Title, string Facts);
