namespace QuizTui.Core.Summaries;

/// <summary>The English stop list in Resources/Summaries/stopwords.txt, loaded once.</summary>
internal static class StopWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>True for a lower-case function word ("the", "said", "they're").</summary>
    public static bool Contains(string lowerWord) => Words.Value.Contains(lowerWord);

    private static HashSet<string> Load()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream("QuizTui.Core.Resources.Summaries.stopwords.txt")
            ?? throw new InvalidOperationException("stopwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
                words.Add(line.Replace('\'', '’'));
            }
        }

        return words;
    }
}
