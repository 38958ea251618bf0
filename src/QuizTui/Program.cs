using QuizTui.Cli;

namespace QuizTui;

/// <summary>
/// The one executable: subcommands print to stdout; no subcommand opens the trainer.
/// Keep this file free of Terminal.Gui types: its module initializer costs a quarter of a second.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => CommandLineApp.Run(args, Console.Out, Console.Error);
}
