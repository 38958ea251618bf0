using QuizTui.Core.Parsing;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Parsing;

public sealed class ArticleFormatterTests
{
    [Theory]
    [MemberData(nameof(SeedText.FileNames), MemberType = typeof(SeedText))]
    public void Renders_each_parsed_seed_readably(string fileName)
    {
        var article = ArticleParser.Parse(SeedText.Read(fileName));

        var rendering = ArticleFormatter.Format(article);

        Snapshot.Verify(rendering, scenario: Path.GetFileNameWithoutExtension(fileName));
    }
}
