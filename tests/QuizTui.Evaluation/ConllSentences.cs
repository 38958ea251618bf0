namespace QuizTui.Evaluation;

/// <summary>CoNLL-2003 sentences with their POS and chunk columns; chunk tags converted from IOB1 to IOB2.</summary>
internal sealed record ConllSentences(string[] Words, string[] Tags, string[] Chunks)
{
    public static List<ConllSentences> Read(string path)
    {
        var sentences = new List<ConllSentences>();
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (rows.Count > 0)
                {
                    sentences.Add(new ConllSentences(
                        [.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])], ToIob2([.. rows.Select(r => r[2])])));
                    rows.Clear();
                }

                continue;
            }

            rows.Add(line.Split(' '));
        }

        return sentences;
    }

    private static string[] ToIob2(string[] tags)
    {
        var result = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                var type = tag[2..];
                var continues = i > 0 && tags[i - 1].Length > 2 && tags[i - 1][2..] == type;
                result[i] = continues ? tag : "B-" + type;
            }
            else
            {
                result[i] = tag;
            }
        }

        return result;
    }
}
