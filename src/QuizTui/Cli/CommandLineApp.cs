using System.CommandLine;

namespace QuizTui.Cli;

/// <summary>Builds the System.CommandLine tree and runs it with the given writers.</summary>
internal static class CommandLineApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("QuizTui: reading-comprehension quizzes from news articles, in the terminal.");
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "Articles to open in the trainer (instead of the library)." };
        var library = new Option<string?>("--library") { Description = "The folder of your articles (default: $XDG_DATA_HOME/quiztui/library).", HelpName = "DIR" };
        var noColor = new Option<bool>("--no-color") { Description = "Monochrome screens (also when NO_COLOR is set)." };
        root.Arguments.Add(files);
        root.Options.Add(library);
        root.Options.Add(noColor);
        var db = DbOption.Create();
        root.Options.Add(db);
        root.SetAction(result => TrainerLauncher.Launch(
            new TrainerRequest(result.GetValue(files) ?? [], result.GetValue(library), result.GetValue(noColor), result.GetValue(db)),
            error));
        root.Subcommands.Add(StatsCommand.Create(output, error));
        root.Subcommands.Add(HistoryCommand.Create(output, error));
        root.Subcommands.Add(RecordAttemptsCommand.Create(output, error));
        root.Subcommands.Add(DrillCommand.Create(output, error));

        root.Subcommands.Add(ParseCommand.Create(output, error));
        root.Subcommands.Add(QuestionsCommand.Create(output, error));
        root.Subcommands.Add(ExtractCommand.Create(output, error));
        root.Subcommands.Add(SummarizeCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"quiztui: {parsed.Errors[0].Message}");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
