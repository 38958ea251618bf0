using System.Runtime.CompilerServices;

namespace QuizTui.Cli;

/// <summary>Enters the Terminal.Gui trainer through a method the JIT compiles only when it is used.</summary>
internal static class TrainerLauncher
{
    public static int Launch(TrainerRequest request, TextWriter error)
    {
        Tui.TuiTrace.Mark("command line parsed");
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            error.WriteLine("quiztui: the trainer needs a terminal (input or output is redirected); use a subcommand such as 'quiztui parse FILE' instead.");
            return ExitCodes.NoTerminal;
        }

        return RunTrainer(request);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunTrainer(TrainerRequest request) =>
        Tui.TrainerApp.Run(new Tui.TrainerOptions(request.Files, request.LibraryFolder, request.NoColor, request.Database));
}
