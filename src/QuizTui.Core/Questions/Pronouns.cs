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

    private static bool IsThirdPerson(string word) => word.ToLowerInvariant() is "he" or "she" or "him" or "his" or "her";

    /// <summary>
    /// True when a personal pronoun outside quotation marks has no name before it in the prompt to refer to
    /// ("Where did Moshe Yaalon say his country ..." is resolved; "Where did he go?" is not).
    /// </summary>
    public static bool HasUnresolved(string prompt)
    {
        var quoted = false;
        var named = false;
        var afterName = false;
        var first = true;
        var word = new System.Text.StringBuilder();
        foreach (var c in prompt + " ")
        {
            // A word ends at the mark that closes its quotation: judge it by the state it was written in.
            var wasQuoted = quoted;
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

            // "Philip I", "Charles I": a numeral after a name is no pronoun.
            var regnal = word.ToString() == "I" && afterName;
            if (!wasQuoted && word.Length > 0 && IsPronoun(word.ToString()) && !(named && IsThirdPerson(word.ToString())) && !regnal)
            {
                return true;
            }

            if (word.Length > 0)
            {
                afterName = !first && char.IsUpper(word[0]) && !IsPronoun(word.ToString());
                named |= afterName;
                first = false;
            }

            afterName &= c == ' ';

            word.Clear();
        }

        return false;
    }
}
