using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Entities;

public sealed class ExtractionFormatterTests
{
    [Fact]
    public void Lists_the_seed_articles_people_places_organisations_and_dates()
    {
        var article = ArticleParser.Parse(File.ReadAllText(Locations.Seed("000_cdf53be28635311c.txt")));

        var text = ExtractionFormatter.Format(Extractor.Default.Extract(article));

        Snapshot.Verify(text);
    }
}
