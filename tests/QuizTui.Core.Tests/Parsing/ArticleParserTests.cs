using QuizTui.Core.Parsing;

namespace QuizTui.Core.Tests.Parsing;

public sealed class ArticleParserTests
{
    private static readonly Article Seed = ArticleParser.Parse(SeedText.Read(SeedText.Rappler));

    [Fact]
    public void Reads_headline_agency_and_standfirst_of_the_seed()
    {
        Assert.Equal("Russia, US agree joint push for peace in Syria", Seed.Title);
        Assert.Equal("Agence France-Presse", Seed.Source);
        Assert.StartsWith("Russia and the United States have agreed to push", Seed.Standfirst?.Text);
        Assert.DoesNotContain(Seed.Paragraphs, p => p.Text.StartsWith("Russia and the United States have agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void Parses_dateline_place_from_first_paragraph()
    {
        Assert.Equal("MOSCOW, Russia", Seed.Dateline?.Text);
        Assert.Equal("Moscow, Russia", Seed.Dateline?.Place);
        Assert.StartsWith("After months of sharp differences", Seed.Paragraphs[0].Text);
    }

    [Fact]
    public void Takes_the_reference_date_from_the_caption_when_no_date_line_exists()
    {
        Assert.Equal(new DateOnly(2013, 5, 7), Seed.Date);
        Assert.Equal(DateSource.Caption, Seed.DateSource);
        Assert.StartsWith("ON AGENDA: SYRIA.", Seed.Caption?.Text);
    }

    [Fact]
    public void An_explicit_date_wins_over_the_text()
    {
        var article = ArticleParser.Parse(SeedText.Read(SeedText.Rappler), new ParseOptions(Date: new DateOnly(2013, 5, 8)));

        Assert.Equal(new DateOnly(2013, 5, 8), article.Date);
        Assert.Equal(DateSource.Explicit, article.DateSource);
    }

    [Fact]
    public void Makes_short_title_like_lines_section_headings()
    {
        Assert.Equal([null, "Softer stance?", "Abducted peacekeepers"], Seed.Sections.Select(s => s.Heading));
        Assert.Equal(Seed.Paragraphs.Count, Seed.Sections.Sum(s => s.Paragraphs.Count));
    }

    [Fact]
    public void Sets_site_furniture_apart_with_the_rule_that_matched()
    {
        Assert.Equal(
            ["ai-notice", "end-mark", "comment-widget", "sort-widget", "comment-widget", "ai-notice", "reader-question", "app-promotion"],
            Seed.Removed.Select(r => r.Reason));
        Assert.All(Seed.Removed, r => Assert.DoesNotContain(Seed.Paragraphs, p => p.Span.Overlaps(r.Span)));
        Assert.EndsWith("before major military offensives.", Seed.Paragraphs[^1].Text);
    }

    [Fact]
    public void Every_sentence_slices_back_to_its_text_inside_its_paragraph()
    {
        foreach (var fileName in SeedText.FileNames().Select(f => (string)f[0]))
        {
            var article = ArticleParser.Parse(SeedText.Read(fileName));
            Assert.All(article.Sentences, s =>
            {
                Assert.Equal(s.Text, s.Span.Slice(article.Text));
                Assert.True(article.Paragraphs[s.Paragraph].Span.Contains(s.Span), fileName + ": " + s.Text);
            });
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, p.Span.Slice(article.Text)));
        }
    }

    [Fact]
    public void Attributes_quotations_to_their_speakers()
    {
        var speakers = Seed.Quotes.Select(q => (q.Speaker, q.Text[..Math.Min(20, q.Text.Length)])).ToList();

        Assert.Contains(("Lavrov", "We agreed that Russi"), speakers);
        Assert.Contains(("Kerry", "should be the road m"), speakers);
        Assert.Contains(("Kerry", "But I’m not going to"), speakers);
        Assert.Contains(("Lakhdar Brahimi", "very significant fir"), speakers);
        Assert.All(Seed.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(Seed.Text)));
    }

    [Fact]
    public void A_straight_quotation_left_open_ends_with_its_last_sentence_when_the_next_opens()
    {
        var text = "Test\n\nMr Mubanga said: \"I've lost three years of my life, because I was a Muslim. He added: \"The authorities wanted to break me but they strengthened me.\"\n";
        var article = ArticleParser.Parse(text);

        Assert.Equal(["I've lost three years of my life, because I was a Muslim.", "The authorities wanted to break me but they strengthened me."],
            article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(text)));
    }

    [Theory]
    [InlineData("\"We need more,\" deputy planning director Jose Leibovich said.", "Jose Leibovich")]
    [InlineData("\"The assets are pledged,\" said Moscow-based US lawyer Jamie Firestone.", "Jamie Firestone")]
    [InlineData("\"It was strong,\" said Time Warner chief executive Richard Parsons.", "Richard Parsons")]
    [InlineData("\"Customers are used to it,\" says Cara Diemont of IT firm Dimension Data.", "Cara Diemont")]
    [InlineData("\"Our mission was always to provide the best internet experience,\" said Opera spokeswoman, Berit Hanson.", "Berit Hanson")]
    [InlineData("\"Any partial implementation would compromise that integrity,\" said its chairman, Sir Anthony Greener.", "Anthony Greener")]
    [InlineData("\"It was a risk,\" said the director behind JFK, Platoon and Wall Street.", null)]
    [InlineData("\"We were wrong,\" added the two-time Academy Award winner.", null)]
    [InlineData("\"It would relegate children,\" the MPs said.", null)]
    [InlineData("Radcliffe's comments come at a time when stars are under suspicion. \"A possession should carry a penalty,\" she added.", "she")]
    public void Attributes_a_quotation_to_the_name_after_its_role(string text, string? speaker)
    {
        var article = ArticleParser.Parse("Test\n\n" + text + "\n");

        Assert.Equal(speaker, Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void Reads_source_and_date_from_a_wikinews_date_line()
    {
        var article = ArticleParser.Parse(SeedText.Read("05-mecca-crane-collapse.txt"));

        Assert.Equal("At least 107 killed in Mecca crane collapse", article.Title);
        Assert.Equal("Wikinews", article.Source);
        Assert.Equal(new DateOnly(2015, 9, 12), article.Date);
        Assert.Equal(DateSource.DateLine, article.DateSource);
        Assert.Empty(article.Removed);
    }

    [Fact]
    public void Reads_markdown_front_matter_and_headings()
    {
        const string text = "---\ntitle: \"Storm hits coast\"\ndate: 2015-05-18\nsource: Example News\nauthor: Jane Smith\n---\n\n" +
            "A storm hit the coast on Monday, killing two people and cutting power to thousands of homes in the region.\n\n" +
            "## Clean-up\n\nVolunteers began clearing debris on Tuesday morning as the wind dropped and the rain eased off.\n";

        var article = ArticleParser.Parse(text);

        Assert.Equal(ArticleFormat.Markdown, article.Format);
        Assert.Equal("Storm hits coast", article.Title);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("Jane Smith", article.Byline);
        Assert.Equal(new DateOnly(2015, 5, 18), article.Date);
        Assert.Equal([null, "Clean-up"], article.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Reads_a_markdown_title_line()
    {
        var article = ArticleParser.Parse("# Storm hits coast\n\nA storm hit the coast. Two people died.\n");

        Assert.Equal("Storm hits coast", article.Title);
        Assert.Equal(["A storm hit the coast.", "Two people died."], article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Reads_tokenized_text_one_sentence_a_line()
    {
        const string text = "EU rejects German call to boycott British lamb .\nPeter Blackburn\nBRUSSELS 1996-08-22\n" +
            "The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb .\n" +
            "Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday consumers should buy sheepmeat from countries other than Britain .\n";

        var article = ArticleParser.Parse(text);

        Assert.Equal("EU rejects German call to boycott British lamb .", article.Title);
        Assert.Equal(new DateOnly(1996, 8, 22), article.Date);
        Assert.Contains(article.Sentences, s => s.Text.StartsWith("The European Commission said", StringComparison.Ordinal) && s.Text.EndsWith("lamb .", StringComparison.Ordinal));
        Assert.Contains(article.Sentences, s => s.Text.StartsWith("Germany 's representative", StringComparison.Ordinal));
    }

    [Fact]
    public void Joins_hard_wrapped_lines_into_one_paragraph()
    {
        const string text = "Storm hits coast\n\nA storm hit the coast on Monday, killing two people and cutting\npower to thousands of homes. Volunteers began clearing debris\non Tuesday.\n";

        var article = ArticleParser.Parse(text);

        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal(2, paragraph.Sentences.Count);
    }

    [Fact]
    public void Keeps_offsets_with_windows_line_ends()
    {
        const string text = "Storm hits coast\r\n\r\nA storm hit the coast. Two people died.\r\n";

        var article = ArticleParser.Parse(text);

        Assert.Equal("Storm hits coast", article.Title);
        Assert.Equal(["A storm hit the coast.", "Two people died."], article.Sentences.Select(s => s.Span.Slice(text)));
    }

    [Fact]
    public void Reads_a_wire_dateline_with_date_and_agency()
    {
        const string text = "Fed holds rates\n\nWASHINGTON, Jan. 5, 2011 (Reuters) - The Federal Reserve held interest rates steady on Wednesday, as expected by most economists.";

        var article = ArticleParser.Parse(text);

        Assert.Equal("Washington", article.Dateline?.Place);
        Assert.Equal("Reuters", article.Source);
        Assert.Equal(new DateOnly(2011, 1, 5), article.Date);
        Assert.Equal(DateSource.Dateline, article.DateSource);
        Assert.StartsWith("The Federal Reserve", article.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Quote marks\n\nHe wrote the word \"")]
    [InlineData("Quote marks\n\n“”")]
    [InlineData("Quote marks\n\n\" \"")]
    [InlineData("”\n\n“")]
    [InlineData("–")]
    [InlineData("a")]
    public void Survives_stray_marks_and_tiny_inputs(string text)
    {
        var article = ArticleParser.Parse(text);

        Assert.All(article.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(text)));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, s.Span.Slice(text)));
    }
}
