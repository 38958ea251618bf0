namespace QuizTui.Cli;

/// <summary>The root command's arguments for the trainer, in plain types so the CLI never touches Terminal.Gui.</summary>
internal sealed record TrainerRequest(IReadOnlyList<string> Files, string? LibraryFolder, bool NoColor, string? Database);
