namespace QuizTui.Core.Parsing;

/// <summary>Words that end with a full stop without ending the sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and other words always followed by more of the same sentence ("Mr. Kerry", "St. Louis").</summary>
    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Cpt", "Sgt", "Maj",
        "Adm", "Cmdr", "Cdr", "Brig", "Pres", "Rev", "Fr", "Hon", "Amb", "Supt", "Insp", "Det", "Pvt", "Cpl",
        "St", "Mt", "Ft", "No", "Nos", "Nr", "Vol", "vs", "v", "pp", "p", "fig", "Fig", "cf", "approx", "ca",
    };

    /// <summary>Abbreviations that may also close a sentence ("... Apple Inc. The firm ...").</summary>
    private static readonly HashSet<string> Trailing = new(StringComparer.Ordinal)
    {
        "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "plc", "LLC", "etc", "al", "eg", "ie",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "est", "min", "max", "mln", "bln", "yr", "yrs",
    };

    /// <summary>Words that typically open a sentence; after an ambiguous abbreviation they signal a break.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Yet", "So", "In", "On", "At", "For", "If", "When", "While", "After", "Before", "As",
        "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most", "Other", "Such", "Both", "All",
        "However", "Meanwhile", "Also", "Still", "Now", "Then", "Last", "Earlier", "Later", "According",
        "Besides", "Although", "Though", "Despite", "Instead", "Indeed", "Moreover", "Nevertheless",
    };

    /// <summary>The suffixes of a firm's name: "Tiffany &amp; Co.", "Apple Inc.".</summary>
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal) { "Inc", "Ltd", "Co", "Corp", "Plc", "plc", "LLC" };

    public static bool IsCompanySuffix(string word) => CompanySuffixes.Contains(word);

    public static bool IsLeading(string word) => Leading.Contains(word);

    public static bool IsTrailing(string word) => Trailing.Contains(word);

    public static bool IsSentenceStarter(string word) => SentenceStarters.Contains(word);
}
