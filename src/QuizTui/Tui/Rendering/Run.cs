namespace QuizTui.Tui.Rendering;

/// <summary>A piece of text in one style.</summary>
internal readonly record struct Run(string Text, Style Style);
