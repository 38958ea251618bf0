using QuizTui.Core.Text;
using QuizTui.Core.Times;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Times;

/// <summary>The examples, on the seed article's own sentences (reference date 2013-05-07).</summary>
public sealed class TimeTaggerTests
{
    private static readonly DateOnly Reference = new(2013, 5, 7);

    [Theory]
    [InlineData("In talks that stretched late into Tuesday night (May 7), US Secretary of State John Kerry met first for more than two hours with President Vladimir Putin",
        "Tuesday night|Time|2013-05-07TNI|; May 7|Date|2013-05-07|; more than two hours|Duration|PT2H|MORE_THAN")]
    [InlineData("Lavrov and Kerry said they hoped they could convene an international conference by the end of May to build on the Geneva accord agreed by world powers last June for a peaceful solution in Syria.",
        "the end of May|Date|2013-05|END; last June|Date|2012-06|")]
    [InlineData("UN Secretary General Ban Ki-moon strongly condemned the attack, which came after Syrian rebels seized 21 Filipino peacekeepers for four days in March in the same ceasefire zone.",
        "four days|Duration|P4D|; March|Date|2013-03|")]
    [InlineData("The raids struck several military targets in the early hours of Friday and Sunday and may have been carried out by Israeli warplanes from Lebanese air space.",
        "Friday|Date|2013-05-03|; Sunday|Date|2013-05-05|")]
    [InlineData("Syrian rebels meanwhile said they had seized four Filipino peacekeepers in the Golan Heights, the second time in two months that UN troops have been abducted.",
        "two months|Duration|P2M|")]
    [InlineData("Lavrov told reporters at a concluding news conference that ended after midnight.",
        "midnight|Time|2013-05-07T24:00|")]
    [InlineData("The accord was first proposed in November, and elections are held every year.",
        "November|Date|2012-11|; every year|Set|P1Y|")]
    public void Finds_the_seed_sentences_time_expressions(string sentence, string expected)
    {
        var found = TimeTagger.Default.Find(sentence, Reference);

        Assert.Equal(expected, string.Join("; ", found.Select(t => $"{t.Text}|{t.Type}|{t.Value}|{t.Mod}")));
        Assert.All(found, t => Assert.Equal(t.Text, t.Span.Slice(sentence)));
    }

    [Fact]
    public void Scans_only_the_given_regions_and_returns_spans_into_the_whole_text()
    {
        const string text = "Headline from 2012. Kerry met Putin on Tuesday. He left on Friday.";
        var second = text.IndexOf("Kerry", StringComparison.Ordinal);
        var third = text.IndexOf("He left", StringComparison.Ordinal);

        var found = TimeTagger.Default.Find(text, [new TextSpan(third, text.Length), new TextSpan(second, third)], Reference);

        Assert.Equal(["Tuesday", "Friday"], found.Select(t => t.Span.Slice(text)));
    }

    [Fact]
    public void Does_not_mistake_the_modal_may_or_a_sum_for_a_date()
    {
        var found = TimeTagger.Default.Find("May the talks succeed? They may. The fund holds $2013 and 2,000 troops.", Reference);

        Assert.Empty(found);
    }

    [Fact]
    public void Reads_a_papers_name_as_a_name_not_a_set_of_days()
    {
        var found = TimeTagger.Default.Find("He told the Daily Telegraph he reads it daily.", Reference);

        Assert.Equal("daily|Set|P1D", string.Join("; ", found.Select(t => $"{t.Text}|{t.Type}|{t.Value}")));
    }

    [Fact]
    public void Finds_the_seed_articles_dates()
    {
        var text = File.ReadAllText(Locations.Seed("000_cdf53be28635311c.txt"));

        var found = TimeTagger.Default.Find(text, Reference);

        Assert.Contains(found, t => t.Text == "May 7, 2013" && t.Value == "2013-05-07");
        Assert.Contains(found, t => t.Text == "tonight" && t.Value == "2013-05-07TNI");
        Assert.Contains(found, t => t.Text == "the future" && t.Value == "FUTURE_REF");
    }
}
