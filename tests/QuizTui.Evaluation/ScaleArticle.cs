using System.Text;

namespace QuizTui.Evaluation;

/// <summary>
/// Builds a long article of a given size from the seeds' paragraphs: a headline and a date line, then body
/// paragraphs taken round-robin across the seeds with their numbers varied, so repetition does not make
/// every paragraph identical (a summariser or deduplicator could otherwise shortcut).
/// </summary>
internal static class ScaleArticle
{
    public static string Build(IReadOnlyList<string> seedTexts, int targetChars)
    {
        var paragraphs = seedTexts
            .SelectMany(t => t.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(2))
            .Where(p => p.Length > 120)
            .ToList();
        var sb = new StringBuilder(targetChars + 2048);
        sb.Append("Leaders agree joint push for peace in long talks\n\nSource: Wikinews, Tuesday, May 7, 2013\n\n");
        for (var round = 0; sb.Length < targetChars; round++)
        {
            foreach (var paragraph in paragraphs)
            {
                if (sb.Length >= targetChars)
                {
                    break;
                }

                sb.Append(Vary(paragraph, round)).Append("\n\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Shifts every digit by the round, keeping the text's shape (dates stay dates, mostly).</summary>
    private static string Vary(string paragraph, int round)
    {
        if (round == 0)
        {
            return paragraph;
        }

        var chars = paragraph.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '1' and <= '8')
            {
                chars[i] = (char)('1' + ((chars[i] - '1' + round) % 8));
            }
        }

        return new string(chars);
    }
}
