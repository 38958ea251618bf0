using QuizTui.Core.Parsing;

namespace QuizTui.Tui.Library;

/// <summary>One article of the library: its text as read, and once asked for, its parse (or why it failed).</summary>
internal sealed class LibraryEntry
{
    private readonly Func<string, Article> parse;
    private Article? article;
    private string? error;
    private bool parsed;

    public LibraryEntry(string name, ArticleOrigin origin, string? path, string? text, string? readError, Func<string, Article> parse)
    {
        Name = name;
        Origin = origin;
        Path = path;
        Text = text;
        error = readError;
        parsed = text is null;
        this.parse = parse;
    }

    /// <summary>The file name ("000_cdf53be28635311c.txt", "wikinews/01-hong-kong-legislative-election.txt").</summary>
    public string Name { get; }

    public ArticleOrigin Origin { get; }

    public string? Path { get; }

    public string? Text { get; }

    /// <summary>The parsed article, or null when the file could not be read or parsed.</summary>
    public Article? Article
    {
        get
        {
            Parse();
            return article;
        }
    }

    /// <summary>The one-line reason the file could not be read or parsed, or null.</summary>
    public string? Error
    {
        get
        {
            Parse();
            return error;
        }
    }

    private void Parse()
    {
        if (parsed)
        {
            return;
        }

        parsed = true;
        var started = TuiTrace.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        try
        {
            article = parse(Text!);
            if (TuiTrace.Enabled)
            {
                TuiTrace.Mark($"parsed {Name} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms");
            }

            if (article.Paragraphs.Count == 0)
            {
                (article, error) = (null, "no article text found");
            }
        }
#pragma warning disable CA1031 // One bad file must not take the library down; its error is shown on its row.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = "could not be parsed: " + e.Message.ReplaceLineEndings(" ");
        }
    }
}
