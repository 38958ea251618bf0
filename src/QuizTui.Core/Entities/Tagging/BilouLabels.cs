namespace QuizTui.Core.Entities.Tagging;

/// <summary>BILOU labels (Begin, Inside, Last, Outside, Unit) over entity types, and their legal sequences.</summary>
internal static class BilouLabels
{
    public const string Outside = "O";

    /// <summary>IOB1 tags as in CoNLL-2003 ("I-PER", "B-PER" only between two adjacent names) → BILOU.</summary>
    public static string[] FromIob1(IReadOnlyList<string> tags)
    {
        var spans = SpansFromIob1(tags);
        var labels = Enumerable.Repeat(Outside, tags.Count).ToArray();
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1)
            {
                labels[start] = "U-" + type;
                continue;
            }

            labels[start] = "B-" + type;
            for (var i = start + 1; i < end - 1; i++)
            {
                labels[i] = "I-" + type;
            }

            labels[end - 1] = "L-" + type;
        }

        return labels;
    }

    /// <summary>Entity spans [start, end) of tokens from IOB1 tags.</summary>
    public static List<(int Start, int End, string Type)> SpansFromIob1(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            var tagType = tag == Outside ? "" : tag[2..];
            var begins = tag != Outside && (tag[0] == 'B' || tagType != type);
            if (start >= 0 && (tag == Outside || begins))
            {
                spans.Add((start, i, type));
                start = -1;
                type = "";
            }

            if (tag != Outside && start < 0)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }

    /// <summary>Entity spans [start, end) of tokens from a legal BILOU sequence.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        for (var i = 0; i < labels.Count; i++)
        {
            switch (labels[i][0])
            {
                case 'U':
                    spans.Add((i, i + 1, labels[i][2..]));
                    break;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    spans.Add((start, i + 1, labels[i][2..]));
                    start = -1;
                    break;
                default:
                    break;
            }
        }

        return spans;
    }

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/>.</summary>
    public static bool Allowed(string previous, string label, bool last)
    {
        var open = previous.Length > 1 && previous[0] is 'B' or 'I';
        if (open)
        {
            return label[0] is 'L' || (label[0] is 'I' && !last)
                ? label.AsSpan(2).SequenceEqual(previous.AsSpan(2))
                : false;
        }

        return label[0] is 'O' or 'U' || (label[0] is 'B' && !last);
    }

    /// <summary>The entity type of a label ("PER"), or "O".</summary>
    public static string TypeOf(string label) => label.Length > 2 ? label[2..] : Outside;
}
