using System.Runtime.CompilerServices;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary>
/// Opens the store for <c>drill take|host|edit</c> (closed when the screens end), checks the drill, then enters the
/// Terminal.Gui screens through methods the JIT compiles only when they are used. Failures are one line on stderr
/// before any screen shows.
/// </summary>
internal static class DrillScreenLauncher
{
    public static int Launch(string command, string? db, DrillRole role, TextWriter error, Func<IDrillStore, int> run)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            error.WriteLine($"quiztui drill {command}: needs a terminal (input or output is redirected).");
            return ExitCodes.NoTerminal;
        }

        return DrillCli.Run(db, role, error, run);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Take(DrillSession session, string progressPath, bool noColor) => Tui.Drills.DrillScreens.Take(session, progressPath, noColor);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Host(IDrillStore store, DrillHost host, int top, bool speedPoints, bool noColor) =>
        Tui.Drills.DrillScreens.HostView(store, host, top, speedPoints, noColor);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Edit(IDrillStore store, Core.Drills.Drill drill, bool noColor) => Tui.Drills.DrillScreens.Edit(store, drill, noColor);
}
