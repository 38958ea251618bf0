using System.Globalization;
using QuizTui.Core.Times;

namespace QuizTui.Core.Tests.Times;

/// <summary>Expressions × reference dates: year boundaries, leap days, weekday arithmetic by tense.</summary>
public sealed class TimeResolverTests
{
    [Theory]
    // Year boundaries.
    [InlineData("They met last December.", "2013-01-15", "last December", "2012-12")]
    [InlineData("The summit is planned for next January.", "2012-12-10", "next January", "2013-01")]
    [InlineData("Prices rose last month.", "2013-01-10", "last month", "2012-12")]
    [InlineData("Talks will resume next month.", "2012-12-15", "next month", "2013-01")]
    [InlineData("The deal was signed last year.", "2013-01-01", "last year", "2012")]
    [InlineData("Sales fell last week.", "2013-01-02", "last week", "2012-W52")]
    [InlineData("The ship sank Monday.", "2013-01-02", "Monday", "2012-12-31")]
    [InlineData("The vote was held on Dec. 28.", "2013-01-03", "Dec. 28", "2012-12-28")]
    [InlineData("The vote will be held on Jan. 4.", "2012-12-28", "Jan. 4", "2013-01-04")]
    [InlineData("He said the new rules will apply from Dec. 20.", "2012-12-05", "Dec. 20", "2012-12-20")]
    // Leap days.
    [InlineData("The bill passed a year ago.", "2012-02-29", "a year ago", "2011")]
    [InlineData("The bill passed yesterday.", "2012-03-01", "yesterday", "2012-02-29")]
    [InlineData("The bill passes tomorrow.", "2012-02-28", "tomorrow", "2012-02-29")]
    [InlineData("It happened two days ago.", "2012-03-01", "two days ago", "2012-02-28")]
    [InlineData("The rally was held on Feb. 29, 2012.", "2013-05-07", "Feb. 29, 2012", "2012-02-29")]
    // Weekdays: said on a Sunday / on a Tuesday, past and future tense.
    [InlineData("The minister said Tuesday that talks had failed.", "2013-05-05", "Tuesday", "2013-04-30")]
    [InlineData("The ministers will meet Tuesday.", "2013-05-05", "Tuesday", "2013-05-07")]
    [InlineData("The minister said Tuesday that talks had failed.", "2013-05-07", "Tuesday", "2013-05-07")]
    [InlineData("The ministers will meet Friday.", "2013-05-07", "Friday", "2013-05-10")]
    [InlineData("The ministers met Friday.", "2013-05-07", "Friday", "2013-05-03")]
    [InlineData("They met last Tuesday.", "2013-05-07", "last Tuesday", "2013-04-30")]
    [InlineData("They will meet next Tuesday.", "2013-05-07", "next Tuesday", "2013-05-14")]
    [InlineData("Police arrived early Sunday.", "2013-05-07", "early Sunday", "2013-05-05")]
    // Months and seasons without a year.
    [InlineData("Rebels seized 21 peacekeepers in March.", "2013-05-07", "March", "2013-03")]
    [InlineData("The accord was agreed in November.", "2013-05-07", "November", "2012-11")]
    [InlineData("Elections will be held in November.", "2013-05-07", "November", "2013-11")]
    [InlineData("The accord agreed by world powers last June.", "2013-05-07", "last June", "2012-06")]
    [InlineData("The plant closed last summer.", "2013-05-07", "last summer", "2012-SU")]
    // Relative, quarters, decades, clock times.
    [InlineData("Sales rose in the third quarter.", "1989-11-02", "the third quarter", "1989-Q3")]
    [InlineData("Profit fell 5% in the first half of 1989.", "1990-02-01", "the first half of 1989", "1989-H1")]
    [InlineData("Oil prices were low in the 1990s.", "2013-05-07", "the 1990s", "199")]
    [InlineData("The blast occurred at 10:35 a.m. Friday.", "1998-08-08", "10:35 a.m. Friday", "1998-08-07T10:35")]
    [InlineData("He spoke yesterday afternoon.", "2013-05-07", "yesterday afternoon", "2013-05-06TAF")]
    [InlineData("Elian was found Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "1999-11-25")]
    [InlineData("Dateline: 1996-12-06.", "2013-05-07", "1996-12-06", "1996-12-06")]
    [InlineData("Filed 12/06/1996 by the court.", "2013-05-07", "12/06/1996", "1996-12-06")]
    public void Resolves_against_the_reference_date(string sentence, string reference, string expression, string value)
    {
        var found = TimeTagger.Default.Find(sentence, DateOnly.Parse(reference, CultureInfo.InvariantCulture));

        var match = Assert.Single(found, t => t.Text == expression);
        Assert.Equal(value, match.Value);
    }

    [Theory]
    [InlineData("more than two hours", TimeType.Duration, "PT2H", "MORE_THAN")]
    [InlineData("four days", TimeType.Duration, "P4D", null)]
    [InlineData("two months", TimeType.Duration, "P2M", null)]
    [InlineData("a decade", TimeType.Duration, "P10Y", null)]
    [InlineData("the past three years", TimeType.Duration, "P3Y", null)]
    [InlineData("every year", TimeType.Set, "P1Y", null)]
    [InlineData("each week", TimeType.Set, "P1W", null)]
    [InlineData("daily", TimeType.Set, "P1D", null)]
    [InlineData("now", TimeType.Date, "PRESENT_REF", null)]
    [InlineData("recently", TimeType.Date, "PAST_REF", null)]
    [InlineData("the future", TimeType.Date, "FUTURE_REF", null)]
    public void Reads_durations_sets_and_vague_references(string expression, TimeType type, string value, string? mod)
    {
        var sentence = $"They said it would last {expression} or so, he added.";

        var found = TimeTagger.Default.Find(sentence, new DateOnly(2013, 5, 7));

        var match = Assert.Single(found);
        Assert.Equal((expression, type, value, mod), (match.Text, match.Type, match.Value, match.Mod));
    }

    [Fact]
    public void Leaves_values_unresolved_without_a_reference_date()
    {
        var found = TimeTagger.Default.Find("The ministers met Friday and last year.", null);

        Assert.Equal(["XXXX-WXX-5", "XXXX"], found.Select(t => t.Value));
    }
}
