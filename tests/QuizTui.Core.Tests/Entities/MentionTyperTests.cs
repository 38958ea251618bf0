using QuizTui.Core.Entities.Gazetteers;
using QuizTui.Core.Entities.Linking;
using QuizTui.Core.Text;

namespace QuizTui.Core.Tests.Entities;

/// <summary>What the typer keeps of a span the tagger marked, as the tagger marked it in the articles these come from.</summary>
public sealed class MentionTyperTests
{
    [Theory]
    [InlineData("Yet other names are DHL-owner Deutsche Post and finance firm GE Capital.", "DHL-owner Deutsche Post", "Deutsche Post")]
    [InlineData("Distributor Sony Pictures said production will begin next year.", "Distributor Sony Pictures", "Sony Pictures")]
    public void A_description_before_a_body_is_no_part_of_its_name(string sentence, string tagged, string expected)
    {
        Assert.Equal(expected, Typed(sentence, tagged, "ORG")?.Text);
    }

    [Fact]
    public void A_preposition_left_alone_by_a_cut_names_nothing()
    {
        Assert.Null(Typed("Get On's participation target has been set at 2.25 million by 2010.", "On", "ORG"));
    }

    private static Candidate? Typed(string sentence, string tagged, string type)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var start = sentence.IndexOf(tagged, StringComparison.Ordinal);
        var first = tokens.FindIndex(t => t.Span.Start == start);
        var last = tokens.FindIndex(t => t.Span.End == start + tagged.Length) + 1;
        var region = new TextRegion(new TextSpan(0, sentence.Length), tokens, true);
        return MentionTyper.Create(region, first, last, type, Gazetteer.Default, sentence);
    }
}
