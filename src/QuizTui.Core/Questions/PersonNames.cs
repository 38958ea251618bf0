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
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))
            && Names.Default.Lookup(Names.Key(words[0])).HasFlag(GazetteerKind.GivenName)
            && !words.Any(w => Names.Default.Lookup(Names.Key(w)).HasFlag(GazetteerKind.Country));
    }

    /// <summary>A person mention that reads like a person, or a full name the text gives a role ("Kent" with a role is still no person).</summary>
    public static bool LooksLikePerson(Mention mention) =>
        LooksLikePerson(mention.Entity) || (mention.Role is not null && mention.Entity.Contains(' ', StringComparison.Ordinal) && !mention.Entity.Any(char.IsDigit));
}
