namespace QuizTui.Core.Questions;

/// <summary>Personal pronouns a question must not leave unresolved (outside quotations).</summary>
internal static class Pronouns
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs", "it", "its",
        "we", "us", "our", "ours", "i", "me", "my", "you", "your", "himself", "herself", "themselves", "itself",
    };

    public static bool IsPronoun(string word) => Personal.Contains(word);

    /// <summary>True when a word outside quotation marks is a personal pronoun.</summary>
    public static bool HasUnquoted(string prompt)
    {
        var quoted = false;
        var word = new System.Text.StringBuilder();
        foreach (var c in prompt + " ")
        {
            quoted = c switch
            {
                '“' => true,
                '”' => false,
                '"' => !quoted,
                _ => quoted,
            };

            if (char.IsLetter(c))
            {
                word.Append(c);
                continue;
            }

            if (!quoted && word.Length > 0 && IsPronoun(word.ToString()))
            {
                return true;
            }

            word.Clear();
        }

        return false;
    }
}
