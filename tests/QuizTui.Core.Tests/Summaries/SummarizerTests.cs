using System.Text.RegularExpressions;
using QuizTui.Core.Parsing;
using QuizTui.Core.Summaries;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Summaries;

public sealed partial class SummarizerTests
{
    public static TheoryData<string> Seeds() => [.. Locations.SeedArticles().Select(p => Path.GetFileName(p))];

    public static TheoryData<string, int> SeedsAndSentenceCounts()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in Locations.SeedArticles().Select(p => Path.GetFileName(p)))
        {
            data.Add(seed, 1);
            data.Add(seed, 3);
            data.Add(seed, 6);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndSentenceCounts))]
    public void No_sentence_opens_with_a_pronoun_or_connective_without_its_antecedent(string seed, int sentences)
    {
        var article = Parse(seed);

        var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithSentences(sentences));

        var chosen = summary.Sentences.Select(s => s.Index).ToHashSet();
        foreach (var sentence in summary.Sentences)
        {
            if (DanglingOpener().IsMatch(sentence.Text))
            {
                Assert.Contains(sentence.Index - 1, chosen);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Puts_sentences_in_article_order_and_links_each_to_its_place(string seed)
    {
        var article = Parse(seed);

        var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithWords(120));

        Assert.Equal(summary.Sentences.OrderBy(s => s.Span.Start), summary.Sentences);
        Assert.All(summary.Sentences.Append(summary.Headline!), s =>
        {
            Assert.Equal(s.Text, s.Span.Slice(article.Text));
            Assert.True(article.Paragraphs[s.Paragraph].Span.Contains(s.Span));
            Assert.Same(article.Sentences[s.Index].Text, s.Text);
        });
    }

    [Theory]
    [MemberData(nameof(SeedsAndSentenceCounts))]
    public void Gives_exactly_the_number_of_sentences_asked_for(string seed, int sentences)
    {
        var summary = Summarizer.Default.Summarize(Parse(seed), SummaryOptions.WithSentences(sentences));

        Assert.Equal(sentences, summary.Sentences.Count);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(150)]
    public void Never_exceeds_a_word_budget_and_fills_it_well(int words)
    {
        foreach (var seed in Locations.SeedArticles())
        {
            var summary = Summarizer.Default.Summarize(ArticleParser.Parse(File.ReadAllText(seed)), SummaryOptions.WithWords(words));

            var used = summary.Sentences.Sum(s => WordCounter.Count(s.Text));
            Assert.InRange(used, 1, words);
        }
    }

    [Fact]
    public void A_ratio_budget_is_a_share_of_the_article_words()
    {
        var article = Parse("000_cdf53be28635311c.txt");
        var total = article.Sentences.Sum(s => WordCounter.Count(s.Text));

        var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithRatio(0.25));

        Assert.InRange(summary.Sentences.Sum(s => WordCounter.Count(s.Text)), total / 8, (int)Math.Round(total * 0.25));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Never_uses_captions_headings_or_site_furniture(string seed)
    {
        var article = Parse(seed);
        var excluded = article.Removed.Select(r => r.Span)
            .Concat(article.Caption is { } caption ? [caption.Span] : [])
            .Concat(article.Standfirst is { } standfirst ? [standfirst.Span] : [])
            .Concat(article.Sections.Where(s => s.HeadingSpan is not null).Select(s => s.HeadingSpan!.Value))
            .ToList();

        var summary = Summarizer.Default.Summarize(article, SummaryOptions.WithRatio(1));

        Assert.All(summary.Sentences.Append(summary.Headline!), s => Assert.DoesNotContain(excluded, e => e.Overlaps(s.Span)));
    }

    [Fact]
    public void Leaves_out_the_seed_boilerplate_and_caption_even_with_every_sentence_allowed()
    {
        var summary = Summarizer.Default.Summarize(Parse("000_cdf53be28635311c.txt"), SummaryOptions.WithRatio(1));

        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("Rappler App", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("shakes hands", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains("Softer stance", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_bare_quotation_only_with_the_sentence_naming_its_speaker()
    {
        var article = Parse("000_cdf53be28635311c.txt");
        var bare = article.Sentences.Select((s, i) => (s, i)).Single(p => p.s.Text.StartsWith("“But I’m not going", StringComparison.Ordinal)).i;

        foreach (var n in new[] { 3, 8, 12, 20 })
        {
            var chosen = Summarizer.Default.Summarize(article, SummaryOptions.WithSentences(n)).Sentences.Select(s => s.Index).ToList();
            Assert.True(!chosen.Contains(bare) || chosen.Contains(bare - 1));
        }
    }

    [Fact]
    public void Picks_the_lead_as_headline_of_the_seed()
    {
        var summary = Summarizer.Default.Summarize(Parse("000_cdf53be28635311c.txt"));

        Assert.StartsWith("After months of sharp differences", summary.Headline!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_an_empty_summary_for_an_article_without_sentences()
    {
        var summary = Summarizer.Default.Summarize(ArticleParser.Parse("Just a title"));

        Assert.Empty(summary.Sentences);
    }

    private static Article Parse(string seed) => ArticleParser.Parse(File.ReadAllText(Locations.Seed(seed)));

    /// <summary>Independent of the summarizer's own lists: the openers a teacher would flag.</summary>
    [GeneratedRegex(@"^(But|And|However|Meanwhile|He|She|They|It|(This|These|Those)(?! (year|week|month|morning|season))|His|Her|Their|Its|Also|Yet|So|Still|Other|Another)\b|^[“""][^”""]*[”""]\s*\.?$")]
    private static partial Regex DanglingOpener();
}
