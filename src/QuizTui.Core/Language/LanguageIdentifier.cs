using System.Collections.Frozen;
using System.Globalization;
using QuizTui.Core.Text;

namespace QuizTui.Core.Language;

/// <summary>
/// Tells English articles from others by script and by function words, the commonest words of a
/// language, which make up a third or more of any running text in it.
/// </summary>
/// <example>
/// <c>LanguageIdentifier.Identify("Le gouvernement a annoncé que les élections auront lieu en mai.")</c>
/// → <c>LanguageGuess("French", false, …)</c>
/// </example>
public static class LanguageIdentifier
{
    private const int SampleLength = 20_000;

    private static readonly Lazy<(string[] Names, FrozenDictionary<string, int[]> Words)> Profiles = new(Load);

    /// <summary>The language of <paramref name="text"/>; English when there is too little to tell.</summary>
    public static LanguageGuess Identify(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        if (ScriptOf(sample) is { } script)
        {
            return new LanguageGuess(script, false, 1);
        }

        var (names, words) = Profiles.Value;
        var hits = new int[names.Length];
        var tokens = 0;
        foreach (var token in Tokenizer.Tokenize(sample))
        {
            if (!char.IsLetter(token.Text[0]))
            {
                continue;
            }

            tokens++;
            if (words.TryGetValue(token.Text.ToLowerInvariant(), out var languages))
            {
                foreach (var language in languages)
                {
                    hits[language]++;
                }
            }
        }

        // Headlines and lists are short: without enough words, trust the user.
        if (tokens < 12)
        {
            return new LanguageGuess("English", true, 0);
        }

        var best = 0;
        for (var i = 1; i < hits.Length; i++)
        {
            if (hits[i] > hits[best])
            {
                best = i;
            }
        }

        var english = Array.IndexOf(names, "English");
        var total = hits.Sum();
        var confidence = total == 0 ? 0 : hits[best] / (double)total;
        // English is kept unless another language clearly outweighs it: loanwords and names must not flip a text.
        if (best == english || hits[best] < 2 * Math.Max(1, hits[english]) || hits[best] < tokens / 10)
        {
            return new LanguageGuess("English", true, total == 0 ? 0 : hits[english] / (double)total);
        }

        return new LanguageGuess(names[best], false, confidence);
    }

    private static string? ScriptOf(string text)
    {
        int letters = 0, latin = 0;
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var script = c switch
            {
                <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') => null,
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0400' and <= '\u04FF' => "a Cyrillic-script language",
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                >= '\u0600' and <= '\u06FF' => "an Arabic-script language",
                >= '\u0900' and <= '\u097F' => "a Devanagari-script language",
                >= '\u0E00' and <= '\u0E7F' => "Thai",
                >= '\u3040' and <= '\u30FF' => "Japanese",
                >= '\uAC00' and <= '\uD7AF' => "Korean",
                >= '\u4E00' and <= '\u9FFF' => "Chinese",
                _ => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? "a non-Latin script" : null,
            };
            if (script is null)
            {
                latin++;
            }
            else
            {
                others[script] = others.GetValueOrDefault(script) + 1;
            }
        }

        if (letters < 40 || latin >= letters / 2)
        {
            return null;
        }

        // Kana marks Japanese even where Han characters outnumber it.
        return others.ContainsKey("Japanese") ? "Japanese" : others.MaxBy(p => p.Value).Key;
    }

    private static (string[], FrozenDictionary<string, int[]>) Load()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(
            "QuizTui.Core.Resources.Language.function-words.txt")!;
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith('#') || colon < 0)
            {
                continue;
            }

            names.Add(line[..colon].Trim());
            foreach (var word in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!words.TryGetValue(word, out var list))
                {
                    words[word] = list = [];
                }

                if (!list.Contains(names.Count - 1))
                {
                    list.Add(names.Count - 1);
                }
            }
        }

        return ([.. names], words.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
