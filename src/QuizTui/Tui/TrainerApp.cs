using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace QuizTui.Tui;

/// <summary>The Terminal.Gui trainer.</summary>
internal static class TrainerApp
{
    public static int Run(IReadOnlyList<string> files)
    {
        using IApplication app = Application.Create();
        app.Init();
        using var window = new Window { Title = $"QuizTui ({files.Count} files)" };
        app.Run(window);
        return 0;
    }
}
