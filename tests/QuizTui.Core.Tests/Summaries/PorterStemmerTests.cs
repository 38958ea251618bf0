using QuizTui.Core.Summaries;

namespace QuizTui.Core.Tests.Summaries;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("digitizer", "digit")]
    [InlineData("radically", "radic")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("hopefulness", "hope")]
    [InlineData("sensibility", "sensibl")]
    [InlineData("electrical", "electr")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("generously", "gener")]
    [InlineData("controlling", "control")]
    [InlineData("peacekeepers", "peacekeep")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("geology", "geolog")]
    [InlineData("enjoy", "enjoy")]
    [InlineData("is", "is")]
    public void Stems_words_as_nltk_does_for_rouge_score(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Nltk.Stem(word));

    [Theory]
    [InlineData("dying", "dy")]
    [InlineData("enjoy", "enjoi")]
    [InlineData("flies", "fli")]
    [InlineData("ties", "ti")]
    public void Original_mode_follows_the_published_algorithm(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Original.Stem(word));
}
