namespace QuizTui.Tui.Library;

/// <summary>The folder of the user's own articles: $XDG_DATA_HOME/quiztui/library, or the platform's equivalent.</summary>
internal static class LibraryFolder
{
    public static string Default()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var data = !string.IsNullOrEmpty(xdg) && System.IO.Path.IsPathRooted(xdg)
            ? xdg
            : OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(data, "quiztui", "library");
    }
}
