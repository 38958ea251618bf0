using System.Collections.Concurrent;

namespace QuizTui.Core.Summaries;

/// <summary>The stemmed content words of a text: lower-case letter-or-digit runs, stop words dropped.</summary>
internal static class ContentTerms
{
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    var word = text[start..i].ToLowerInvariant();
                    if (!StopWords.Contains(word))
                    {
                        terms.Add(Stem(word));
                    }
                }

                start = -1;
            }
        }

        return terms;
    }

    private static int cached;

    // Stemming dominates the cost and a vocabulary is small, so stems are memoised (up to a bound).
    private static string Stem(string word)
    {
        if (Stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = PorterStemmer.Nltk.Stem(word);
        if (Volatile.Read(ref cached) < 200_000 && Stems.TryAdd(word, stem))
        {
            Interlocked.Increment(ref cached);
        }

        return stem;
    }
}
