namespace QuizTui.Evaluation.Timex;

/// <summary>Strict (exact span) and relaxed (overlap, one-to-one) detection counts, with value and type agreement on relaxed matches.</summary>
internal sealed class TimexScore
{
    private int gold;
    private int predicted;
    private int strict;
    private int relaxed;
    private int values;
    private int types;
    private int strictValues;

    public void Add(TimeBankDocument doc, IReadOnlyList<(int Start, int End, string? Type, string? Value)> predictions)
    {
        gold += doc.Gold.Count;
        predicted += predictions.Count;
        var used = new bool[doc.Gold.Count];
        foreach (var p in predictions)
        {
            var exact = doc.Gold.ToList().FindIndex(g => g.Start == p.Start && g.End == p.End);
            var index = exact >= 0 && !used[exact] ? exact : Overlapping(doc, used, p.Start, p.End);
            if (index < 0)
            {
                continue;
            }

            used[index] = true;
            relaxed++;
            var g = doc.Gold[index];
            var valueOk = g.Value == p.Value;
            values += valueOk ? 1 : 0;
            types += g.Type == p.Type ? 1 : 0;
            if (index == exact)
            {
                strict++;
                strictValues += valueOk ? 1 : 0;
            }
        }
    }

    public void Print(string system, bool withValues)
    {
        var (sp, sr, sf) = Prf(strict);
        var (rp, rr, rf) = Prf(relaxed);
        var value = withValues ? $"{Ratio(values, relaxed),9:0.000} {Ratio(types, relaxed),8:0.000}" : $"{"-",9} {"-",8}";
        Console.WriteLine($"{system,-12} {gold,6:N0} {predicted,6:N0}  {sp,8:0.000} {sr,6:0.000} {sf,6:0.000}  {rp,9:0.000} {rr,6:0.000} {rf,6:0.000}  {value}");
        if (withValues)
        {
            Console.WriteLine($"{"",12} value accuracy on strict matches: {Ratio(strictValues, strict):0.000} ({strictValues}/{strict}); relaxed: {values}/{relaxed}");
        }
    }

    private static int Overlapping(TimeBankDocument doc, bool[] used, int start, int end)
    {
        for (var i = 0; i < doc.Gold.Count; i++)
        {
            if (!used[i] && doc.Gold[i].Start < end && start < doc.Gold[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    private (double P, double R, double F) Prf(int hits)
    {
        var p = Ratio(hits, predicted);
        var r = Ratio(hits, gold);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
