using QuizTui.Core.Quantities;

namespace QuizTui.Core.Tests.Quantities;

public sealed class QuantityFinderTests
{
    [Theory]
    [InlineData("Kerry warned of a conflict that has already claimed over 70,000 lives.", "over 70,000 lives|70000|lives|MORE_THAN")]
    [InlineData("Syrian rebels meanwhile said they had seized four Filipino peacekeepers in the Golan Heights.", "four Filipino peacekeepers|4|peacekeepers|")]
    [InlineData("Syrian rebels seized 21 Filipino peacekeepers for four days in March.", "21 Filipino peacekeepers|21|peacekeepers|")]
    [InlineData("The death toll rose to 107 or more, officials said.", "107 or more|107|equal|EQUAL_OR_MORE")]
    [InlineData("At least 238 people were injured.", "At least 238 people|238|people|EQUAL_OR_MORE")]
    [InlineData("The Senate passed the $700 billion bailout bill.", "$700 billion|700000000000|dollars|")]
    [InlineData("Turnout was 53.4% in the district.", "53.4%|53.4|percent|")]
    [InlineData("Profits rose to $1.13bn, while the UK arm made £600m.", "$1.13bn|1130000000|dollars|; £600m|600000000|pounds|")]
    [InlineData("The firm will build up to eight Las Vegas style resorts.", "up to eight Las Vegas style resorts|8|resorts|EQUAL_OR_LESS")]
    [InlineData("Nearly two hundred thousand refugees crossed the border.", "Nearly two hundred thousand refugees|200000|refugees|APPROX")]
    [InlineData("The crane collapse killed 107 pilgrims and injured 238.", "107 pilgrims|107|pilgrims|; 238|238||")]
    public void Finds_numbers_with_what_they_count(string sentence, string expected)
    {
        var found = QuantityFinder.Find(sentence);

        var rendered = string.Join("; ", found.Select(q => $"{q.Text}|{q.Value}|{q.Unit}|{q.Mod}"));
        Assert.Equal(expected.Replace("|equal|", "||", StringComparison.Ordinal), rendered);
    }

    [Fact]
    public void Leaves_dates_years_and_durations_to_the_time_tagger()
    {
        var found = QuantityFinder.Find("On May 7, 2013, after two months of talks in 1996, one of the envoys left.");

        Assert.Empty(found);
    }
}
