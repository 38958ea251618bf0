using QuizTui.Core.Times;

namespace QuizTui.Evaluation.Timex;

/// <summary>Prints a sample of missed gold expressions, false alarms, extent mismatches and wrong values.</summary>
internal static class TimexErrorReport
{
    public static void Print(List<TimeBankDocument> docs, List<IReadOnlyList<TimeExpression>> predictions, int limit)
    {
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        var extents = new List<string>();
        var wrongValues = new List<string>();
        for (var d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            foreach (var g in doc.Gold)
            {
                var hit = predictions[d].FirstOrDefault(p => p.Span.Start < g.End && g.Start < p.Span.End);
                var goldText = doc.Text[g.Start..g.End];
                if (hit is null)
                {
                    misses.Add($"{doc.Name}: [{goldText}] {g.Type} {g.Value}   …{Context(doc.Text, g.Start, g.End)}…");
                }
                else
                {
                    if (hit.Span.Start != g.Start || hit.Span.End != g.End)
                    {
                        extents.Add($"{doc.Name}: gold [{goldText}] ours [{hit.Text}]");
                    }

                    if (hit.Value != g.Value)
                    {
                        wrongValues.Add($"{doc.Name} (DCT {doc.CreationDate:yyyy-MM-dd}): [{goldText}] gold {g.Value} ours {hit.Value}   …{Context(doc.Text, g.Start, g.End)}…");
                    }
                }
            }

            foreach (var p in predictions[d].Where(p => !doc.Gold.Any(g => p.Span.Start < g.End && g.Start < p.Span.End)))
            {
                falseAlarms.Add($"{doc.Name}: [{p.Text}] {p.Value}   …{Context(doc.Text, p.Span.Start, p.Span.End)}…");
            }
        }

        Section("missed", misses, limit);
        Section("false alarms", falseAlarms, limit);
        Section("extent differs", extents, limit);
        Section("wrong value", wrongValues, limit);
    }

    private static void Section(string title, List<string> lines, int limit)
    {
        Console.WriteLine();
        Console.WriteLine($"== {title}: {lines.Count}");
        var step = Math.Max(1, lines.Count / limit);
        for (var i = 0; i < lines.Count && i / step < limit; i += step)
        {
            Console.WriteLine("  " + lines[i]);
        }
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 50);
        var to = Math.Min(text.Length, end + 30);
        return text[from..to].Replace('\n', ' ');
    }
}
