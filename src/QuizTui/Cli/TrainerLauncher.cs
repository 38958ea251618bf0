using System.Runtime.CompilerServices;

namespace QuizTui.Cli;

/// <summary>Enters the Terminal.Gui trainer through a method the JIT compiles only when it is used.</summary>
internal static class TrainerLauncher
{
    public static int Launch(IReadOnlyList<string> files, TextWriter error)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            error.WriteLine("quiztui: the trainer needs a terminal (input or output is redirected); use a subcommand such as 'quiztui parse FILE' instead.");
            return ExitCodes.NoTerminal;
        }

        return RunTrainer(files);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunTrainer(IReadOnlyList<string> files) => Tui.TrainerApp.Run(files);
}
