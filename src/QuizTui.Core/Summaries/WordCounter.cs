namespace QuizTui.Core.Summaries;

/// <summary>Counts words the way summary budgets do: runs of non-space characters holding a letter or digit.</summary>
/// <example><c>WordCounter.Count("Kerry met Putin – twice.")</c> → <c>4</c></example>
public static class WordCounter
{
    public static int Count(string text) => Count(text.AsSpan());

    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += inWord && hasAlnum ? 1 : 0;
                inWord = hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= char.IsLetterOrDigit(c);
            }
        }

        return count + (inWord && hasAlnum ? 1 : 0);
    }
}
