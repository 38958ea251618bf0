using QuizTui.Core.Grammar;

namespace QuizTui.Core.Tests.Grammar;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("died", "VBD", "die")]
    [InlineData("hoping", "VBG", "hope")]
    [InlineData("hoped", "VBD", "hope")]
    [InlineData("stared", "VBD", "stare")]
    [InlineData("hopping", "VBG", "hop")]
    [InlineData("tied", "VBN", "tie")]
    [InlineData("carried", "VBN", "carry")]
    [InlineData("spied", "VBD", "spy")]
    [InlineData("seized", "VBD", "seize")]
    [InlineData("scored", "VBD", "score")]
    [InlineData("scored", "VBN", "score")]
    [InlineData("relocated", "VBD", "relocate")]
    [InlineData("required", "VBN", "require")]
    [InlineData("included", "VBD", "include")]
    [InlineData("provoked", "VBD", "provoke")]
    [InlineData("visited", "VBD", "visit")]
    [InlineData("went", "VBD", "go")]
    [InlineData("totalled", "VBD", "total")]
    [InlineData("travelled", "VBD", "travel")]
    [InlineData("labelling", "VBG", "label")]
    [InlineData("called", "VBD", "call")]
    [InlineData("killed", "VBN", "kill")]
    public void Base_form_restores_the_silent_e_only_where_it_was(string word, string tag, string expected) =>
        Assert.Equal(expected, Lemmatizer.Default.Base(word, tag));

    [Theory]
    [InlineData("emigrating", "emigrated")]
    [InlineData("graduating", "graduated")]
    [InlineData("stopping", "stopped")]
    [InlineData("studying", "studied")]
    [InlineData("playing", "played")]
    [InlineData("visiting", "visited")]
    [InlineData("leaving", "left")]
    [InlineData("agreeing", "agreed")]
    public void Past_of_a_present_participle_follows_the_spelling_of_the_ing_form(string participle, string expected) =>
        Assert.Equal(expected, Lemmatizer.Default.PastOfPresentParticiple(participle));

    [Theory]
    [InlineData("co-written", "VBN", "co-write")]
    [InlineData("re-elected", "VBD", "re-elect")]
    [InlineData("co-founded", "VBD", "co-found")]
    public void A_prefixed_verb_takes_its_last_part_s_base_form(string word, string tag, string expected) =>
        Assert.Equal(expected, Lemmatizer.Default.Base(word, tag));

    [Fact]
    public void A_prefixed_participle_takes_its_last_part_s_past() =>
        Assert.Equal("co-wrote", Lemmatizer.Default.PastOfParticiple("co-written"));

    [Theory]
    [InlineData("repaid", "VBD", "repay")]
    [InlineData("resold", "VBD", "resell")]
    [InlineData("outgrew", "VBD", "outgrow")]
    public void An_irregular_verb_after_a_verb_prefix_keeps_the_prefix(string word, string tag, string expected) =>
        Assert.Equal(expected, Lemmatizer.Default.Base(word, tag));

    [Fact]
    public void An_irregular_participle_after_a_verb_prefix_takes_the_prefixed_past() =>
        Assert.Equal("rewrote", Lemmatizer.Default.PastOfParticiple("rewritten"));

    [Theory]
    [InlineData("offer", "offered")]
    [InlineData("stop", "stopped")]
    [InlineData("visit", "visited")]
    [InlineData("try", "tried")]
    [InlineData("agree", "agreed")]
    [InlineData("write", "wrote")]
    [InlineData("need", "needed")]
    public void The_simple_past_of_a_base_form(string verb, string expected) =>
        Assert.Equal(expected, Lemmatizer.Default.PastOf(verb));
}
