using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Summaries;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Summaries;

public sealed class KeyFactsBuilderTests
{
    private static readonly Lazy<KeyFacts> SeedFacts = new(() =>
    {
        var article = ArticleParser.Parse(File.ReadAllText(Locations.Seed("000_cdf53be28635311c.txt")));
        return KeyFactsBuilder.Build(Extractor.Default.Extract(article), Summarizer.Default.Summarize(article));
    });

    [Fact]
    public void Who_names_Kerry_and_Lavrov_with_their_roles()
    {
        var who = SeedFacts.Value.Who;

        Assert.Contains(who, p => p.Name == "John Kerry" && p.Role!.Contains("Secretary of State", StringComparison.Ordinal));
        Assert.Contains(who, p => p.Name is "Sergei Lavrov" or "Sergey Lavrov" && p.Role!.Contains("Foreign Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_names_Moscow_and_Syria()
    {
        var where = SeedFacts.Value.Where;

        Assert.Contains("Moscow", where);
        Assert.Contains("Syria", where);
    }

    [Fact]
    public void When_gives_May_7_2013_as_resolved_and_as_written()
    {
        var when = SeedFacts.Value.When;

        var talks = Assert.Single(when, d => d.Value == "2013-05-07");
        Assert.Equal("Tuesday night", talks.Text);
    }

    [Fact]
    public void What_is_the_headline_sentence()
    {
        Assert.StartsWith("After months of sharp differences", SeedFacts.Value.What, StringComparison.Ordinal);
    }
}
