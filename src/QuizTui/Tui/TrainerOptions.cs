namespace QuizTui.Tui;

/// <summary>How the trainer was started: <c>quiztui [FILE...] [--library DIR] [--no-color] [--db PATH]</c>.</summary>
/// <param name="Files">Articles named on the command line; when there are any, only they are listed.</param>
/// <param name="LibraryFolder">The folder of the user's articles; null for the platform's data folder.</param>
/// <param name="NoColor">Monochrome, as asked by --no-color or the NO_COLOR variable.</param>
/// <param name="Database">The progress database (--db); null for QUIZTUI_DB or the platform's data folder.</param>
internal sealed record TrainerOptions(IReadOnlyList<string> Files, string? LibraryFolder = null, bool NoColor = false, string? Database = null);
