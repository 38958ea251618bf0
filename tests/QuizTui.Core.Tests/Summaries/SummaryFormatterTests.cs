using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Summaries;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Summaries;

public sealed class SummaryFormatterTests
{
    public static TheoryData<string> Seeds() => [.. Locations.SeedArticles().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Renders_the_readable_summary_of_each_seed(string seed)
    {
        var article = ArticleParser.Parse(File.ReadAllText(Locations.Seed(seed)));
        var summary = Summarizer.Default.Summarize(article);
        var facts = KeyFactsBuilder.Build(Extractor.Default.Extract(article), summary);

        var text = SummaryFormatter.Format(summary, facts);

        Snapshot.Verify(text, Path.GetFileNameWithoutExtension(seed));
    }

    [Theory]
    [InlineData("2013-05-07", "Tuesday, May 7, 2013")]
    [InlineData("2013-05", "May 2013")]
    [InlineData("2013", "2013")]
    public void Displays_resolved_dates_for_people(string value, string expected) =>
        Assert.Equal(expected, SummaryFormatter.DisplayDate(value));
}
