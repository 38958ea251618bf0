using System.CommandLine;

namespace QuizTui.Cli;

/// <summary>Builds the System.CommandLine tree and runs it with the given writers.</summary>
internal static class CommandLineApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("QuizTui: reading-comprehension quizzes from news articles, in the terminal.");
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "Articles to open in the trainer." };
        root.Arguments.Add(files);
        root.SetAction(result => TrainerLauncher.Launch(result.GetValue(files) ?? [], error));
        root.Subcommands.Add(StatsCommand.Create(output, error));
        root.Subcommands.Add(HistoryCommand.Create(output, error));
        root.Subcommands.Add(RecordAttemptsCommand.Create(output, error));

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
