using QuizTui.Core.Entities;
using QuizTui.Core.Entities.Gazetteers;
using Names = QuizTui.Core.Entities.Gazetteers.Gazetteer;

namespace QuizTui.Core.Questions;

/// <summary>Whether a name the recogniser calls a person reads like one: a film, a faith or an event does not.</summary>
internal static class PersonNames
{
    /// <summary>Two to four words, the first a given name, none a country ("Vladimir Putin", not "Million Dollar Baby").</summary>
    public static bool LooksLikePerson(string name)
    {
        // "Katharina von Bora", "Ted Ginn Jr.": a surname's particle and a generational suffix are part of a person's name.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where((w, i) => i == 0 || !(NameParticles.All.Contains(w) || IsSuffix(w)))
            .ToList();
        return words.Count is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))
            && Names.Default.Lookup(Names.Key(words[0])).HasFlag(GazetteerKind.GivenName)
            && !HasCountry(name);
    }

    /// <summary>True when a word of the name is a country's: "Tudor England" is a period the recogniser took for a person.</summary>
    public static bool HasCountry(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Names.Default.Lookup(Names.Key(w)).HasFlag(GazetteerKind.Country));

    /// <summary>Generational suffixes ("Jr.", "Sr.", "III").</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr", "Sr", "II", "III", "IV" };

    /// <summary>A generational suffix: "Jr", "Jr.", "III".</summary>
    public static bool IsSuffix(string word) => Suffixes.Contains(word.TrimEnd('.', ','));

    /// <summary>A person mention that reads like a person, or a full name the text gives a role ("Kent" with a role is still no person).</summary>
    public static bool LooksLikePerson(Mention mention) =>
        LooksLikePerson(mention.Entity) || (mention.Role is not null && mention.Entity.Contains(' ', StringComparison.Ordinal) && !mention.Entity.Any(char.IsDigit));
}
