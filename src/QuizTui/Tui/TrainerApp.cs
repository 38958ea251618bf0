using QuizTui.Storage;
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

    public static int Run(TrainerOptions options)
    {
        using IApplication app = Application.Create();
        app.Init();
        using var view = Build(app, options, TimeProvider.System);
        app.Run(view);
        return 0;
    }

    /// <summary>The trainer's view on <paramref name="app"/>, with its clock tick and paste handling; the caller runs it.</summary>
    public static TrainerView Build(IApplication app, TrainerOptions options, TimeProvider clock, ArticlePipeline? pipeline = null, TimeZoneInfo? zone = null)
    {
        var noColor = options.NoColor || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        pipeline ??= ArticlePipeline.Default;
        var library = new ArticleLibrary(options.Files, options.LibraryFolder ?? LibraryFolder.Default(), pipeline.Parse);
        var scores = ScoreBook.Open(DatabaseLocation.Resolve(options.Database));
        var context = new TrainerContext(library, scores, clock, pipeline, zone);
        var view = new TrainerView(noColor ? Theme.Monochrome : Theme.Color, new LibraryScreen(context)) { Owned = scores };
        app.AddTimeout(TickEvery, () =>
        {
            view.Tick();
            return true;
        });
        app.Paste += (_, e) => e.Handled = view.Paste(e.Text);
        return view;
    }
}
