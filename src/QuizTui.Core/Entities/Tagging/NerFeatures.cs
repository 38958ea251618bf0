using QuizTui.Core.Tagging;

namespace QuizTui.Core.Entities.Tagging;

/// <summary>
/// The features of one token in the manner of Ratinov and Roth (2009): the word and its neighbours
/// (±2), shapes, affixes, the two previous predicted labels, sentence position, list membership of the
/// token and its neighbours, and the label the document last gave the same word.
/// </summary>
internal static class NerFeatures
{
    private static readonly string[] Prefixes = ["p1=", "p2=", "p3=", "p4="];
    private static readonly string[] Suffixes = ["s1=", "s2=", "s3=", "s4="];

    public static void Extract(NerSentence s, int i, string previous, string previous2, string? history, FeatureBuffer features)
    {
        features.Clear();
        AddWordFeatures(s.Words[i], s.Lower[i], s.Shapes[i], s.ShortShapes[i], features);
        AddContextFeatures(s, i, previous, previous2, history, features);
    }

    /// <summary>
    /// The features of the word alone, which come first: their summed weights are the same wherever the
    /// word stands, so a tagger may add them up once per word.
    /// </summary>
    public static void AddWordFeatures(string word, string lower, string shape, string shortShape, FeatureBuffer features)
    {
        features.Add("b");
        features.Add("w=", word);
        features.Add("l=", lower);
        features.Add("sh=", shape);
        features.Add("ss=", shortShape);
        for (var k = 1; k <= 4 && k < lower.Length; k++)
        {
            features.Add(Prefixes[k - 1], lower.AsSpan(0, k));
            features.Add(Suffixes[k - 1], lower.AsSpan(lower.Length - k));
        }
    }

    /// <summary>The features of the word in its place: neighbours, predicted labels, lists, document history.</summary>
    public static void AddContextFeatures(NerSentence s, int i, string previous, string previous2, string? history, FeatureBuffer features)
    {
        var lower = s.Lower[i];
        var shape = s.ShortShapes[i];
        var l1 = At(s.Lower, i - 1, "<s>");
        var l2 = At(s.Lower, i - 2, "<s>");
        var r1 = At(s.Lower, i + 1, "</s>");
        var r2 = At(s.Lower, i + 2, "</s>");
        features.Add("l-1=", l1);
        features.Add("l-2=", l2);
        features.Add("l+1=", r1);
        features.Add("l+2=", r2);
        features.Add("l-1l=", l1, "|", lower);
        features.Add("ll+1=", lower, "|", r1);
        var ls1 = At(s.ShortShapes, i - 1, "<s>");
        var rs1 = At(s.ShortShapes, i + 1, "</s>");
        features.Add("ss-1=", ls1);
        features.Add("ss+1=", rs1);
        features.Add("ss-1,0,+1=", ls1, "|", shape, "|", rs1);
        features.Add("t-1=", previous);
        features.Add("t-2,-1=", previous2, "|", previous);
        features.Add("t-1,l=", previous, "|", lower);
        features.Add("t-1,ss=", previous, "|", shape);
        if (i == 0)
        {
            features.Add("first|", shape);
        }

        if (s.AllCaps)
        {
            features.Add("caps|l=", lower);
            features.Add("caps|t-1=", previous);
        }

        if (history is not null)
        {
            features.Add("h=", history);
            features.Add("h,ss=", history, "|", shape);
        }

        AddLists(s, i, "g=", features);
        AddLists(s, i - 1, "g-1=", features);
        AddLists(s, i + 1, "g+1=", features);
    }

    private static void AddLists(NerSentence s, int i, string prefix, FeatureBuffer features)
    {
        if (i < 0 || i >= s.Count || s.Lists[i] is not { } lists)
        {
            return;
        }

        foreach (var marker in lists)
        {
            features.Add(prefix, marker);
        }
    }

    private static string At(string[] values, int i, string outside) => i >= 0 && i < values.Length ? values[i] : outside;
}
