namespace QuizTui.Core.Entities.Gazetteers;

/// <summary>
/// Reads the embedded data files of the Entities area ("organisations.txt"), or of another area named before a slash
/// ("Questions/organizations.txt"), skipping blank lines and # comments.
/// </summary>
internal static class ResourceText
{
    private const string Prefix = "QuizTui.Core.Resources.";

    public static Stream Open(string name)
    {
        var resource = Prefix + (name.Contains('/', StringComparison.Ordinal) ? name.Replace('/', '.') : "Entities." + name);
        return typeof(ResourceText).Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Missing embedded resource {resource}.");
    }

    public static IEnumerable<string> Lines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.TrimEnd('\r');
            }
        }
    }

    /// <summary>Tab-separated lines as (first column, second column or "").</summary>
    public static IEnumerable<(string Key, string Value)> Pairs(string name)
    {
        foreach (var line in Lines(name))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return tab < 0 ? (line.Trim(), "") : (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }
}
