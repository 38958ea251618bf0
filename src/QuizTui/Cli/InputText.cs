namespace QuizTui.Cli;

/// <summary>An input file decoded to text, or the one-line reason it could not be.</summary>
/// <param name="Name">The name to report: the path as given, or "-" for standard input.</param>
internal sealed record InputText(string Name, string? Text, string? Error)
{
    public bool Ok => Error is null;
}
