using QuizTui.Core.Language;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Language;

public sealed class LanguageIdentifierTests
{
    public static TheoryData<string> Seeds() => [.. Locations.SeedArticles().Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Takes_every_shipped_article_for_english(string seed)
    {
        var guess = LanguageIdentifier.Identify(File.ReadAllText(Locations.Seed(seed)));

        Assert.True(guess.IsEnglish, $"{seed} was taken for {guess.Name}");
    }

    [Theory]
    [InlineData("German", "Die Regierung hat am Dienstag angekündigt, dass die Wahlen im Mai stattfinden werden. Nach den Umfragen ist die Koalition in den großen Städten und im Süden des Landes in Schwierigkeiten, aber sie hofft auf eine Mehrheit.")]
    [InlineData("Spanish", "El gobierno anunció el martes que las elecciones se celebrarán en mayo, un año antes de lo previsto. Según las encuestas, la mayoría tiene dificultades en las grandes ciudades y en el sur del país, pero espera ganar.")]
    [InlineData("Indonesian or Malay", "Pemerintah mengumumkan pada hari Selasa bahwa pemilihan umum akan diadakan pada bulan Mei, satu tahun lebih awal dari yang direncanakan. Menurut survei, partai yang berkuasa mengalami kesulitan di kota-kota besar dan di selatan.")]
    [InlineData("a Cyrillic-script language", "Правительство объявило во вторник, что выборы состоятся в мае, на год раньше, чем планировалось. По данным опросов, правящая партия испытывает трудности в крупных городах и на юге страны.")]
    public void Names_the_language_of_a_foreign_article(string language, string text)
    {
        var guess = LanguageIdentifier.Identify(text);

        Assert.False(guess.IsEnglish);
        Assert.Equal(language, guess.Name);
    }

    [Theory]
    [InlineData("Le Monde and Der Spiegel reported on Tuesday that the summit in Paris had been postponed until further notice, citing officials in Berlin.")]
    [InlineData("Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria in a Group C championship match on Friday .")]
    [InlineData("Bonjour tout le monde")]
    public void Keeps_english_with_foreign_names_and_short_texts(string text) =>
        Assert.True(LanguageIdentifier.Identify(text).IsEnglish);
}
