using System.Text;
using QuizTui.Cli;
using QuizTui.Core.Parsing;

namespace QuizTui.Tui.Library;

/// <summary>
/// The articles the trainer offers: the files named on the command line, or else the shipped
/// articles followed by those of the library folder. Unreadable files stay listed with their error.
/// </summary>
internal sealed class ArticleLibrary
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];
    private readonly Func<string, Article> parse;
    private readonly List<LibraryEntry> entries = [];

    public ArticleLibrary(IReadOnlyList<string> files, string folder, Func<string, Article> parse)
    {
        this.parse = parse;
        Folder = folder;
        if (files.Count > 0)
        {
            entries.AddRange(files.Select(f => FromFile(f, ArticleOrigin.File)));
            return;
        }

        entries.AddRange(ShippedArticles.All.Select(a => new LibraryEntry(a.Name, ArticleOrigin.Shipped, null, a.Text, null, parse)));
        if (Directory.Exists(folder))
        {
            var paths = Directory.EnumerateFiles(folder)
                .Where(p => ArticleExtensions.Contains(System.IO.Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            entries.AddRange(paths.Select(p => FromFile(p, ArticleOrigin.Library)));
        }
    }

    public string Folder { get; }

    public IReadOnlyList<LibraryEntry> Entries => entries;

    /// <summary>Adds an article from a file; it is copied into the library folder so it stays.</summary>
    public LibraryEntry AddFile(string path)
    {
        var input = InputReader.Read(path);
        if (!input.Ok)
        {
            var failed = new LibraryEntry(System.IO.Path.GetFileName(path), ArticleOrigin.File, path, null, input.Error, parse);
            return failed;
        }

        return Save(input.Text!, System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetExtension(path));
    }

    /// <summary>Adds pasted text as a new file of the library folder, named after its first line.</summary>
    public LibraryEntry AddText(string text)
    {
        var firstLine = text.ReplaceLineEndings("\n").Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "article";
        return Save(text.ReplaceLineEndings("\n"), firstLine, ".txt");
    }

    private LibraryEntry Save(string text, string nameHint, string extension)
    {
        var name = Slug(nameHint) + (string.IsNullOrEmpty(extension) ? ".txt" : extension.ToLowerInvariant());
        try
        {
            Directory.CreateDirectory(Folder);
            var path = System.IO.Path.Combine(Folder, name);
            for (var n = 2; File.Exists(path); n++)
            {
                path = System.IO.Path.Combine(Folder, $"{System.IO.Path.GetFileNameWithoutExtension(name)}-{n}{System.IO.Path.GetExtension(name)}");
            }

            File.WriteAllText(path, text, new UTF8Encoding(false));
            var entry = new LibraryEntry(System.IO.Path.GetFileName(path), ArticleOrigin.Library, path, text, null, parse);
            entries.Add(entry);
            return entry;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Kept for this session even when the folder cannot be written; the row says why it will not stay.
            var entry = new LibraryEntry(name, ArticleOrigin.File, null, text, null, parse);
            entries.Add(entry);
            SaveError = $"{Folder}: {e.Message.ReplaceLineEndings(" ")}";
            return entry;
        }
    }

    /// <summary>Why the last added article could not be saved to the folder, or null.</summary>
    public string? SaveError { get; private set; }

    private LibraryEntry FromFile(string path, ArticleOrigin origin)
    {
        var input = InputReader.Read(path);
        var name = origin == ArticleOrigin.File ? path : System.IO.Path.GetFileName(path);
        return new LibraryEntry(name, origin, path, input.Text, input.Error, parse);
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 60)
            {
                break;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }
}
