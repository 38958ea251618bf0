using QuizTui.Drills;
using QuizTui.Storage;

namespace QuizTui.Tui.Drills;

/// <summary>Runs the drill screens on the real terminal; the CLI has opened the store and checked the drill.</summary>
internal static class DrillScreens
{
    /// <summary>The student's screens; once the drill ends, the results go into the progress database at <paramref name="progressPath"/> (opened then).</summary>
    public static int Take(DrillSession session, string progressPath, bool noColor)
    {
        ProgressService? progress = null;
        try
        {
            return TrainerApp.Run(app => TrainerApp.Show(
                app,
                new TakeScreen(session, TimeProvider.System, now => session.Sync(progress ??= ProgressService.OpenOrCreate(progressPath), now)),
                noColor,
                owned: null));
        }
        finally
        {
            progress?.Dispose();
        }
    }

    public static int HostView(IDrillStore store, DrillHost host, int top, bool speedPoints, bool noColor) =>
        TrainerApp.Run(app => TrainerApp.Show(app, new HostScreen(host, TimeProvider.System, top, speedPoints, () => Relock(store, host.Drill.Name)), noColor, owned: null));

    private static DrillHost Relock(IDrillStore store, string name) => new(store, new DrillWorkbench(store).Lock(name));

    public static int Edit(IDrillStore store, Core.Drills.Drill drill, bool noColor) =>
        TrainerApp.Run(app => TrainerApp.Show(app, new EditorScreen(new DrillWorkbench(store), drill), noColor, owned: null));
}
