using QuizTui.Core.Parsing;

namespace QuizTui.Core.Tests.Parsing;

public sealed class BoilerplateRulesTests
{
    [Theory]
    [InlineData("This is AI generated summarization, which may have errors. For context, always refer to the full article.", "ai-notice")]
    [InlineData("Summarize this article with AI", "ai-notice")]
    [InlineData("We use cookies to improve your experience. Accept all cookies", "cookie-notice")]
    [InlineData("Add a comment", "comment-widget")]
    [InlineData("There are no comments yet. Add your comment to start the conversation.", "comment-widget")]
    [InlineData("View 23 comments", "comment-widget")]
    [InlineData("Sort by", "sort-widget")]
    [InlineData("Newest first", "sort-widget")]
    [InlineData("Download the Rappler App!", "app-promotion")]
    [InlineData("Get the BBC News app on Google Play", "app-promotion")]
    [InlineData("Share this article", "share-promotion")]
    [InlineData("Follow us on Twitter", "share-promotion")]
    [InlineData("Sign up for our daily newsletter", "newsletter")]
    [InlineData("Read more: Syria talks stall", "related-links")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("Photo: Reuters", "photo-credit")]
    [InlineData("US State Department photo/ Public Domain", "photo-credit")]
    [InlineData("© 2013 Agence France-Presse. All rights reserved.", "copyright")]
    [InlineData("5 min read", "reading-time")]
    [InlineData("–", "no-words")]
    [InlineData("How does this make you feel?", "reader-question")]
    [InlineData("Skip to content", "navigation")]
    public void Recognises_site_furniture_at_the_edge_of_the_page(string line, string rule)
    {
        Assert.Equal(rule, BoilerplateRules.Match(line, atEdge: true)?.Name);
    }

    [Theory]
    [InlineData("Softer stance?")]
    [InlineData("Abducted peacekeepers")]
    [InlineData("Washington has long insisted Assad must go.")]
    [InlineData("Russia, US agree joint push for peace in Syria")]
    [InlineData("Share prices fell 3% in early trading in London on Monday.")]
    [InlineData("The firm said it would add 500 jobs and share the profits with staff.")]
    [InlineData("Ad sales boost Time Warner profit")]
    [InlineData("“But I’m not going to decide that tonight, and I’m not going to decide that in the end.”")]
    public void Keeps_article_lines(string line)
    {
        Assert.Null(BoilerplateRules.Match(line, atEdge: true));
    }

    [Theory]
    [InlineData("How does this make you feel?")]
    [InlineData("Watch the video")]
    public void Applies_position_cues_only_at_the_edge(string line)
    {
        Assert.Null(BoilerplateRules.Match(line, atEdge: false));
        Assert.NotNull(BoilerplateRules.Match(line, atEdge: true));
    }

    [Fact]
    public void Never_removes_a_long_paragraph()
    {
        const string paragraph = "Readers who want to add a comment on the story were asked by the paper to sign up for its " +
            "newsletter, share the article and download the app, which critics said was an aggressive promotion that " +
            "had little to do with journalism and much to do with advertising revenue in a shrinking market.";

        Assert.Null(BoilerplateRules.Match(paragraph, atEdge: true));
    }
}
