using QuizTui.Core.Summaries;

namespace QuizTui.Core.Tests.Summaries;

public sealed class RougeTests
{
    [Fact]
    public void Tokenizes_like_rouge_score_lowercase_alphanumeric_stemmed_above_three_letters()
    {
        var tokens = Rouge.Tokenize("Kerry's talks—stretched late (May 7), 70,000 lives; U.S.");

        Assert.Equal("kerri s talk stretch late may 7 70 000 live u s", string.Join(' ', tokens));
    }

    [Fact]
    public void Scores_unigram_bigram_and_lcs_f1()
    {
        var scores = Rouge.Score("the cat sat on the mat", "the cat lay on the mat");

        Assert.Equal(5.0 / 6, scores.Rouge1.F1, 6);
        Assert.Equal(3.0 / 5, scores.Rouge2.F1, 6);
        Assert.Equal(5.0 / 6, scores.RougeL.F1, 6);
    }

    [Fact]
    public void Counts_repeated_ngrams_at_most_as_often_as_the_reference_has_them()
    {
        var scores = Rouge.Score("police police arrest", "police police police police");

        Assert.Equal(0.5, scores.Rouge1.Precision, 6);
        Assert.Equal(2.0 / 3, scores.Rouge1.Recall, 6);
    }

    [Fact]
    public void Scores_zero_against_an_empty_candidate()
    {
        var scores = Rouge.Score("something", "");

        Assert.Equal(0, scores.Rouge1.F1);
        Assert.Equal(0, scores.RougeL.F1);
    }
}
