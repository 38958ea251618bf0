using QuizTui.Core.Parsing;

namespace QuizTui.Core.Tests.Parsing;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData(
        "Washington has long insisted Assad must go. But Kerry told reporters that only the Syrian regime can decide.",
        "Washington has long insisted Assad must go.|But Kerry told reporters that only the Syrian regime can decide.")]
    [InlineData(
        "U.S. Secretary of State John Kerry met Sergei Lavrov. The talks ran late.",
        "U.S. Secretary of State John Kerry met Sergei Lavrov.|The talks ran late.")]
    [InlineData(
        "The U.N. said the four peacekeepers were seized by an armed group.",
        "The U.N. said the four peacekeepers were seized by an armed group.")]
    [InlineData(
        "Troops returned to the U.S. The president welcomed them home.",
        "Troops returned to the U.S.|The president welcomed them home.")]
    [InlineData(
        "Mr. Blair met Dr. Rice and Gen. Petraeus before Sen. Kennedy spoke.",
        "Mr. Blair met Dr. Rice and Gen. Petraeus before Sen. Kennedy spoke.")]
    [InlineData(
        "It was signed on Jan. 5 in St. Louis by Apple Inc. and its partners.",
        "It was signed on Jan. 5 in St. Louis by Apple Inc. and its partners.")]
    [InlineData(
        "The deal was struck with Acme Inc. The firm declined to comment.",
        "The deal was struck with Acme Inc.|The firm declined to comment.")]
    [InlineData(
        "The trophy will be designed by Tiffany & Co. Denver took the opening kickoff. He was born in Co. Antrim in 1950.",
        "The trophy will be designed by Tiffany & Co.|Denver took the opening kickoff.|He was born in Co. Antrim in 1950.")]
    [InlineData(
        "He spoke at the funerals of Martin Luther King Jnr and Malcolm X. Besides Dee, Davis is survived by three children. A. A. Milne wrote it.",
        "He spoke at the funerals of Martin Luther King Jnr and Malcolm X.|Besides Dee, Davis is survived by three children.|A. A. Milne wrote it.")]
    [InlineData(
        "President John F. Kennedy was shot in Dallas. He died an hour later.",
        "President John F. Kennedy was shot in Dallas.|He died an hour later.")]
    [InlineData(
        "The conflict has claimed over 70,000 lives. Profits rose 3.5% to $1.13bn. Sweden won 1–0.",
        "The conflict has claimed over 70,000 lives.|Profits rose 3.5% to $1.13bn.|Sweden won 1–0.")]
    [InlineData(
        "The accord “should be the road map… by which the people of Syria can find their way”, Kerry said. Lavrov agreed.",
        "The accord “should be the road map… by which the people of Syria can find their way”, Kerry said.|Lavrov agreed.")]
    [InlineData(
        "“But I’m not going to decide that tonight.” Kerry said. Lavrov nodded.",
        "“But I’m not going to decide that tonight.” Kerry said.|Lavrov nodded.")]
    [InlineData(
        "“We agreed that both sides must talk.” The conference ended after midnight.",
        "“We agreed that both sides must talk.”|The conference ended after midnight.")]
    [InlineData(
        "He asked “why now?” and left. Nobody answered.",
        "He asked “why now?” and left.|Nobody answered.")]
    [InlineData(
        "In talks that stretched late into Tuesday night (May 7), Kerry met Putin. (The meeting was planned.) Lavrov joined later.",
        "In talks that stretched late into Tuesday night (May 7), Kerry met Putin.|(The meeting was planned.)|Lavrov joined later.")]
    [InlineData(
        "The six-point accord — negotiated by Kofi Annan — was never implemented. Talks resume – perhaps – in June.",
        "The six-point accord — negotiated by Kofi Annan — was never implemented.|Talks resume – perhaps – in June.")]
    [InlineData(
        "Softer stance?",
        "Softer stance?")]
    [InlineData(
        "Russia, US agree joint push for peace in Syria",
        "Russia, US agree joint push for peace in Syria")]
    [InlineData(
        "The study was published... Critics were not convinced.",
        "The study was published...|Critics were not convinced.")]
    [InlineData(
        "EU rejects German call to boycott British lamb . Germany 's representative said on Wednesday it would comply .",
        "EU rejects German call to boycott British lamb .|Germany 's representative said on Wednesday it would comply .")]
    [InlineData(
        "H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy (RI-1). It passed.",
        "H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy (RI-1).|It passed.")]
    [InlineData(
        "How can people look at both sides if one side is gone? Nobody knows!  They left.",
        "How can people look at both sides if one side is gone?|Nobody knows!|They left.")]
    public void Splits_news_sentences(string text, string expected)
    {
        var spans = SentenceSplitter.Split(text, 0, text.Length);

        Assert.Equal(expected, string.Join('|', spans.Select(s => s.Slice(text))));
    }

    [Fact]
    public void Sentence_spans_lie_inside_the_range_and_exclude_surrounding_space()
    {
        const string text = "Title\n\n  First one. Second one.  \n\nNext";
        var start = text.IndexOf("  First", StringComparison.Ordinal);
        var end = text.IndexOf("\n\nNext", StringComparison.Ordinal);

        var spans = SentenceSplitter.Split(text, start, end);

        Assert.Equal(["First one.", "Second one."], spans.Select(s => s.Slice(text)));
        Assert.All(spans, s => Assert.True(s.Start >= start && s.End <= end));
    }
}
