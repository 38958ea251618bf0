using Terminal.Gui.Input;

namespace QuizTui.Tui.Shell;

/// <summary>A key and what it does, as the status bar and the help show it; clicking the hint presses the key.</summary>
internal sealed record KeyHint(string Label, string Action, Key Key);
