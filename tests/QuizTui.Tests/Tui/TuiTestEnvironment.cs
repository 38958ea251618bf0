using System.Runtime.CompilerServices;
using Terminal.Gui.App;
using Terminal.Gui.Configuration;

namespace QuizTui.Tests.Tui;

/// <summary>
/// Isolates Terminal.Gui from the machine before any test runs: no drawing on the real terminal, no
/// user or environment configuration, fixed colour variables. Otherwise screens differ between machines.
/// </summary>
internal static class TuiTestEnvironment
{
    /// <summary>An empty folder standing in for the user's home, so no ~/.tui/config.json is read.</summary>
    public static string Home { get; private set; } = string.Empty;

    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        Home = Path.Combine(Path.GetTempPath(), "quiztui-tests-home-" + Environment.ProcessId);
        Directory.CreateDirectory(Home);
        Environment.SetEnvironmentVariable("HOME", Home);
        Environment.SetEnvironmentVariable("USERPROFILE", Home);
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", Path.Combine(Home, "data"));
        Environment.SetEnvironmentVariable("TUI_CONFIG", null);
        Environment.SetEnvironmentVariable("NO_COLOR", null);
        Environment.SetEnvironmentVariable("TERM", "xterm-256color");
        Environment.SetEnvironmentVariable("COLORTERM", "truecolor");
        TuiConfigurationBuilder.Shared.Reload();
        TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
        Application.MaximumIterationsPerSecond = ushort.MaxValue;
    }
}
