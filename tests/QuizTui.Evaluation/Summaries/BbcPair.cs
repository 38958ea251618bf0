using System.Text;
using System.Text.RegularExpressions;

namespace QuizTui.Evaluation.Summaries;

/// <summary>One BBC News Summary pair: the article (first line the headline) and its reference extract.</summary>
internal sealed partial record BbcPair(string Category, string Name, string Article, string Reference)
{
    public static IReadOnlyList<BbcPair> Load(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "bbc-news-summary");
        var pairs = new List<BbcPair>();
        foreach (var categoryDir in Directory.EnumerateDirectories(Path.Combine(root, "articles")).Order(StringComparer.Ordinal))
        {
            var category = Path.GetFileName(categoryDir);
            foreach (var file in Directory.EnumerateFiles(categoryDir, "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var summary = Path.Combine(root, "summaries", category, name);
                if (File.Exists(summary))
                {
                    pairs.Add(new BbcPair(category, name, ReadLenient(file), SpaceSentences(ReadLenient(summary))));
                }
            }
        }

        return pairs;
    }

    /// <summary>UTF-8 when valid, else Latin-1 (one file of the set is Windows-1252).</summary>
    private static string ReadLenient(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        return text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
    }

    /// <summary>The references join sentences with no space after the full stop ("$10.9bn.For"); restore it.</summary>
    private static string SpaceSentences(string reference) => JoinedSentence().Replace(reference.Trim(), "$1 ");

    [GeneratedRegex(@"([a-z0-9%)""'”’][.!?][""'”’]?)(?=[A-Z""“‘])", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedSentence();
}
