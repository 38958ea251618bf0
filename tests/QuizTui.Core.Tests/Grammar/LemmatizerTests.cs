using QuizTui.Core.Grammar;

namespace QuizTui.Core.Tests.Grammar;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("died", "VBD", "die")]
    [InlineData("tied", "VBN", "tie")]
    [InlineData("carried", "VBN", "carry")]
    [InlineData("spied", "VBD", "spy")]
    [InlineData("seized", "VBD", "seize")]
    [InlineData("relocated", "VBD", "relocate")]
    [InlineData("required", "VBN", "require")]
    [InlineData("included", "VBD", "include")]
    [InlineData("provoked", "VBD", "provoke")]
    [InlineData("visited", "VBD", "visit")]
    [InlineData("went", "VBD", "go")]
    public void Base_form_restores_the_silent_e_only_where_it_was(string word, string tag, string expected) =>
        Assert.Equal(expected, Lemmatizer.Default.Base(word, tag));
}
