using System.Drawing;
using System.Text;
using QuizTui.Tui;
using QuizTui.Tui.Shell;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace QuizTui.Tests.Tui;

/// <summary>The trainer on Terminal.Gui's in-memory ANSI driver, driven by injected keys and clicks on a virtual clock.</summary>
internal sealed class TrainerHarness : IDisposable
{
    private readonly VirtualTimeProvider time = new();
    private readonly IApplication app;
    private readonly SessionToken? token;
    private readonly string library;

    /// <summary>The moment every run starts at, in UTC (the statistics' days are UTC days too).</summary>
    public static readonly DateTime Start = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <param name="database">An existing progress database to open (a later run of the trainer); by default a new one.</param>
    /// <param name="startAt">The clock at start; <see cref="Start"/> by default.</param>
    public TrainerHarness(int width = 80, int height = 24, bool noColor = false, IReadOnlyList<string>? files = null, ArticlePipeline? pipeline = null, string? database = null, DateTime? startAt = null)
        : this((app, clock, library) => TrainerApp.Build(app, new TrainerOptions(files ?? [], library, noColor, database ?? library + ".db"), clock, pipeline, TimeZoneInfo.Utc), width, height, database, startAt)
    {
    }

    /// <summary>Any screen in the trainer's shell: <paramref name="build"/> gets the app, the virtual clock and a fresh folder name.</summary>
    public TrainerHarness(Func<IApplication, TimeProvider, string, TrainerView> build, int width = 80, int height = 24, string? database = null, DateTime? startAt = null)
    {
        time.SetTime(startAt ?? Start);
        library = Path.Combine(TuiTestEnvironment.Home, "library-" + Guid.NewGuid().ToString("N"));
        Database = database ?? library + ".db";
        app = Application.Create(time);
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(width, height);
        Clock = new TimeProviderAdapter(time);
        View = build(app, Clock, library);
        token = app.Begin(View);
        app.LayoutAndDraw(true);
    }

    public TrainerView View { get; }

    /// <summary>The virtual clock the screens read (it moves only with <see cref="Advance"/>).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The progress database of this run (by default a new file beside the library folder).</summary>
    public string Database { get; }

    /// <summary>The library folder of this run (empty, under the test home).</summary>
    public string LibraryFolder => library;

    public TrainerHarness Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            app.InjectKey(key);
            app.LayoutAndDraw();
        }

        return this;
    }

    public TrainerHarness Type(string text)
    {
        foreach (var c in text)
        {
            Press(c);
        }

        return this;
    }

    public TrainerHarness Click(int x, int y)
    {
        // A press and a release, as a terminal reports a click; Terminal.Gui makes the click of them.
        app.InjectMouse(new Mouse { ScreenPosition = new Point(x, y), Flags = MouseFlags.LeftButtonPressed });
        app.InjectMouse(new Mouse { ScreenPosition = new Point(x, y), Flags = MouseFlags.LeftButtonReleased });
        app.LayoutAndDraw();
        return this;
    }

    public TrainerHarness Advance(TimeSpan by)
    {
        time.Advance(by);
        app.TimedEvents?.RunTimers();
        app.LayoutAndDraw();
        return this;
    }

    public TrainerHarness Resize(int width, int height)
    {
        app.Driver!.SetScreenSize(width, height);
        app.LayoutAndDraw(true);
        return this;
    }

    /// <summary>What the last drawn frame wrote to the terminal (text and colours; no cursor moves on this driver).</summary>
    public string LastOutput => app.Driver!.GetOutput().GetLastOutput();

    /// <summary>The screen as text, trailing spaces trimmed.</summary>
    public string Screen =>
        string.Join('\n', app.Driver!.ToString()!.Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n') + "\n";

    /// <summary>One letter per distinct attribute, in order of first appearance, with the legend below.</summary>
    public string AttributeMap
    {
        get
        {
            var contents = app.Driver!.Contents!;
            var letters = new Dictionary<Terminal.Gui.Drawing.Attribute, char>();
            var map = new StringBuilder();
            for (var row = 0; row < contents.GetLength(0); row++)
            {
                for (var col = 0; col < contents.GetLength(1); col++)
                {
                    var attribute = contents[row, col].Attribute ?? default;
                    if (!letters.TryGetValue(attribute, out var letter))
                    {
                        letter = (char)('a' + letters.Count);
                        letters[attribute] = letter;
                    }

                    map.Append(letter);
                }

                map.Append('\n');
            }

            map.Append('\n');
            foreach (var (attribute, letter) in letters)
            {
                map.Append(letter).Append(' ').Append(attribute).Append('\n');
            }

            return map.ToString();
        }
    }

    public void Dispose()
    {
        if (token is not null)
        {
            app.End(token);
        }

        View.Dispose();
        app.Dispose();
    }
}
