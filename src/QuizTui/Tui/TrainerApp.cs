using QuizTui.Storage;
using QuizTui.Tui.Input;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Screens;
using QuizTui.Tui.Shell;
using Terminal.Gui.App;

namespace QuizTui.Tui;

/// <summary>The Terminal.Gui trainer: builds the screens on an initialised application and runs them.</summary>
internal static class TrainerApp
{
    /// <summary>How often a shown clock (elapsed time, a countdown) is redrawn.</summary>
    private static readonly TimeSpan TickEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Terminal.Gui's main loop sleeps out the rest of each iteration's share of a second (at its default of 25
    /// iterations a second, a key waited up to 40 ms). At this rate the share rounds to 0 ms, so the loop never sleeps
    /// there, however short an iteration; instead it waits at the start of each iteration until input arrives, or
    /// <see cref="IdleWait"/> passes for the timers.
    /// </summary>
    private const ushort IterationsPerSecond = ushort.MaxValue;

    /// <summary>How often the loop runs without input: Terminal.Gui's own default pace, enough for a 250 ms clock.</summary>
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(40);

    public static int Run(TrainerOptions options) => Run(app => Build(app, options, TimeProvider.System));

    /// <summary>Runs the view <paramref name="build"/> makes on a new application on the real terminal until it quits.</summary>
    public static int Run(Func<IApplication, TrainerView> build)
    {
        TuiTrace.Mark("trainer entered");
        Application.MaximumIterationsPerSecond = IterationsPerSecond;
        using var signal = new InputSignal();
        using IApplication app = PromptApplication.Create(signal);
        app.Init();
        if (TuiTrace.Enabled)
        {
            // Raised first thing in each iteration: the previous one has written its frame and placed the cursor.
            app.Iteration += (_, _) => TuiTrace.IterationEnded();
        }

        app.Iteration += (_, _) => signal.Wait(IdleWait);
        TuiTrace.Mark("Terminal.Gui initialised");
        using var view = build(app);
        TuiTrace.Mark("screens built");
        app.Run(view);
        return 0;
    }

    /// <summary>The trainer's view on <paramref name="app"/>, with its clock tick and paste handling; the caller runs it.</summary>
    public static TrainerView Build(IApplication app, TrainerOptions options, TimeProvider clock, ArticlePipeline? pipeline = null, TimeZoneInfo? zone = null)
    {
        pipeline ??= ArticlePipeline.Default;
        var library = new ArticleLibrary(options.Files, options.LibraryFolder ?? LibraryFolder.Default(), pipeline.Parse);
        TuiTrace.Mark("library listed");
        var scores = ScoreBook.Open(DatabaseLocation.Resolve(options.Database));
        TuiTrace.Mark("progress database opened");
        var context = new TrainerContext(library, scores, clock, pipeline, zone);
        return Show(app, new LibraryScreen(context), options.NoColor, scores);
    }

    /// <summary>The shell showing <paramref name="first"/>, with the clock tick and paste handling; disposes <paramref name="owned"/> with it.</summary>
    public static TrainerView Show(IApplication app, Screen first, bool noColor, IDisposable? owned)
    {
        noColor |= !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var view = new TrainerView(noColor ? Theme.Monochrome : Theme.Color, first) { Owned = owned };
        app.AddTimeout(TickEvery, () =>
        {
            view.Tick();
            return true;
        });
        app.Paste += (_, e) => e.Handled = view.Paste(e.Text);
        return view;
    }
}
