using QuizTui.Core.Entities.Tagging;

namespace QuizTui.Core.Tests.Entities;

public sealed class NerTaggerTests
{
    [Fact]
    public void Shipped_model_loads_and_tags_a_sentence()
    {
        var words = "Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria .".Split(' ');

        var labels = NerTagger.Default.Tag(words, new DocumentMemory());

        var spans = BilouLabels.Spans(labels).Select(s => $"{string.Join(' ', words[s.Start..s.End])}/{s.Type}");
        Assert.Equal(["Japan/LOC", "Asian Cup/MISC", "Syria/LOC"], spans);
    }

    [Theory]
    [InlineData("I-PER I-PER O I-LOC", "B-PER L-PER O U-LOC")]
    [InlineData("I-ORG B-ORG I-ORG", "U-ORG B-ORG L-ORG")]
    public void Converts_conll_tags_to_bilou(string iob1, string bilou)
    {
        Assert.Equal(bilou, string.Join(' ', BilouLabels.FromIob1(iob1.Split(' '))));
    }
}
