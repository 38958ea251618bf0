using System.Text;

namespace QuizTui.Tui.Library;

/// <summary>The seed articles embedded in the program (resources named "seeds/...").</summary>
internal static class ShippedArticles
{
    private const string Prefix = "seeds/";

    /// <summary>Each shipped article's file name and text, in name order.</summary>
    public static IReadOnlyList<(string Name, string Text)> All { get; } = Load();

    private static List<(string Name, string Text)> Load()
    {
        var assembly = typeof(ShippedArticles).Assembly;
        var list = new List<(string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            list.Add((resource[Prefix.Length..], reader.ReadToEnd().ReplaceLineEndings("\n")));
        }

        return list;
    }
}
