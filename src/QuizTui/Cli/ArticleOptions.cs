using System.CommandLine;

namespace QuizTui.Cli;

/// <summary>The argument and options every article subcommand takes, worded once.</summary>
internal static class ArticleOptions
{
    public static Argument<string[]> Files() =>
        new("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Article files (plain text, Markdown or HTML); - reads standard input." };

    public static Option<string?> Date() =>
        new("--date") { Description = "The article's reference date (YYYY-MM-DD): it overrides any date in the text, and dates like \"last Tuesday\" are resolved against it." };

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object per file (JSON Lines)." };
}
