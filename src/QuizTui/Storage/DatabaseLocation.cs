namespace QuizTui.Storage;

/// <summary>
/// Where the progress database lives: <c>--db</c>, else <c>QUIZTUI_DB</c>, else <c>$XDG_DATA_HOME/quiztui/quiztui.db</c>,
/// else <c>~/.local/share/quiztui/quiztui.db</c> on Linux and the local application data folder elsewhere.
/// </summary>
public static class DatabaseLocation
{
    public const string Variable = "QUIZTUI_DB";

    public static string Resolve(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        if (environment(Variable) is { Length: > 0 } fromVariable)
        {
            return fromVariable;
        }

        if (!OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS())
        {
            var dataHome = environment("XDG_DATA_HOME");
            // The XDG spec says relative values are invalid and must be ignored.
            if (string.IsNullOrEmpty(dataHome) || !Path.IsPathRooted(dataHome))
            {
                dataHome = Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            }

            return Path.Combine(dataHome, "quiztui", "quiztui.db");
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "quiztui", "quiztui.db");
    }
}
