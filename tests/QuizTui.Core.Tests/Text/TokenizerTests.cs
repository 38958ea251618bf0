using QuizTui.Core.Text;

namespace QuizTui.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S. Secretary of State John Kerry", "U.S.|Secretary|of|State|John|Kerry")]
    [InlineData("over 70,000 lives.", "over|70,000|lives|.")]
    [InlineData("Assad’s future", "Assad|’s|future")]
    [InlineData("President Bashar al-Assad.", "President|Bashar|al-Assad|.")]
    [InlineData("a lucky 2-1 win against Syria .", "a|lucky|2-1|win|against|Syria|.")]
    [InlineData("“We agreed,” Lavrov said...", "“|We|agreed|,|”|Lavrov|said|...")]
    [InlineData("It doesn't matter", "It|does|n't|matter")]
    [InlineData("P. Simmons and John F. Kennedy. Then", "P.|Simmons|and|John|F.|Kennedy|.|Then")]
    public void Splits_news_text_into_treebank_tokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(t.Text, t.Span.Slice(text)));
    }
}
