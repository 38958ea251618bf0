using System.Diagnostics;
using QuizTui.Core.Grammar;

namespace QuizTui.Evaluation;

/// <summary>Tagging accuracy and chunk F1 (exact phrases, predicted tags as the chunker's input).</summary>
internal static class GrammarScores
{
    public static void Print(PosTagger tagger, Chunker chunker, IReadOnlyList<ConllSentences> dev)
    {
        int tokens = 0, right = 0, gold = 0, found = 0, matched = 0;
        var clock = Stopwatch.StartNew();
        foreach (var sentence in dev)
        {
            var tags = tagger.Tag(sentence.Words);
            var chunks = chunker.Chunk(sentence.Words, tags);
            tokens += tags.Length;
            right += tags.Where((t, i) => t == sentence.Tags[i]).Count();
            var goldPhrases = Phrases(sentence.Chunks);
            var ourPhrases = Phrases(chunks);
            gold += goldPhrases.Count;
            found += ourPhrases.Count;
            matched += ourPhrases.Count(goldPhrases.Contains);
        }

        var precision = (double)matched / Math.Max(1, found);
        var recall = (double)matched / Math.Max(1, gold);
        Console.WriteLine($"eng.testa: {tokens} tokens, POS accuracy {(double)right / tokens:F4}");
        Console.WriteLine($"chunks: gold {gold}, found {found}, P {precision:F4} R {recall:F4} F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):F4}");
        Console.WriteLine($"tag+chunk speed: {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s");
    }

    private static HashSet<(int, int, string)> Phrases(string[] chunks)
    {
        var phrases = new HashSet<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= chunks.Length; i++)
        {
            var tag = i < chunks.Length ? chunks[i] : "O";
            if (start >= 0 && !(tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == type))
            {
                phrases.Add((start, i, type));
                start = -1;
            }

            if (tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && start < 0))
            {
                start = i;
                type = tag[2..];
            }
        }

        return phrases;
    }
}
