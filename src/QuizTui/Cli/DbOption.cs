using System.CommandLine;

namespace QuizTui.Cli;

/// <summary>The <c>--db</c> option shared by the commands that use the progress database.</summary>
internal static class DbOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "Progress database file (default: $QUIZTUI_DB, else $XDG_DATA_HOME/quiztui/quiztui.db).",
        HelpName = "PATH",
    };
}
