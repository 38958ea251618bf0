namespace QuizTui.Evaluation.Ner;

/// <summary>Exact-span precision, recall and F1 per type from gold and predicted (span, type) sets.</summary>
public sealed class SpanScore
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    public void Add<TSpan>(IEnumerable<(TSpan Span, string Type)> gold, IEnumerable<(TSpan Span, string Type)> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var g in goldSet)
        {
            Bump(g.Type, gold: 1);
        }

        foreach (var p in predictedSet)
        {
            Bump(p.Type, predicted: 1, correct: goldSet.Contains(p) ? 1 : 0);
        }
    }

    public (int Gold, int Predicted, int Correct) Counts(string type) => _counts.GetValueOrDefault(type);

    public (double P, double R, double F) Score(params string[] types)
    {
        var gold = types.Sum(t => Counts(t).Gold);
        var predicted = types.Sum(t => Counts(t).Predicted);
        var correct = types.Sum(t => Counts(t).Correct);
        var p = predicted == 0 ? 0 : (double)correct / predicted;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public void Print(TextWriter output, string system, params string[] types)
    {
        foreach (var type in types.Append("micro"))
        {
            var selected = type == "micro" ? types : [type];
            var (p, r, f) = Score(selected);
            var gold = selected.Sum(t => Counts(t).Gold);
            var predicted = selected.Sum(t => Counts(t).Predicted);
            output.WriteLine($"{system,-12} {type,-6} gold {gold,6:N0}  predicted {predicted,6:N0}  P {p:F3}  R {r:F3}  F1 {f:F3}");
        }
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }
}
