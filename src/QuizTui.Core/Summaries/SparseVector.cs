namespace QuizTui.Core.Summaries;

/// <summary>A sparse vector with ascending term ids; <see cref="Terms"/> counts distinct content terms.</summary>
internal sealed record SparseVector(int[] Ids, double[] Weights, int Terms)
{
    /// <summary>TextRank's similarity: shared terms over the sum of the log lengths.</summary>
    public double Overlap(SparseVector other)
    {
        int shared = 0, i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var a = Ids[i];
            var b = other.Ids[j];
            shared += a == b ? 1 : 0;
            i += a <= b ? 1 : 0;
            j += b <= a ? 1 : 0;
        }

        return shared == 0 ? 0 : shared / (Math.Log(1 + Terms) + Math.Log(1 + other.Terms));
    }

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            var a = Ids[i];
            var b = other.Ids[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
