namespace QuizTui.Core.Summaries;

/// <summary>A sparse vector with ascending term ids; <see cref="Terms"/> counts distinct content terms.</summary>
internal sealed record SparseVector(int[] Ids, double[] Weights, int Terms)
{
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
