namespace QuizTui.Core.Parsing;

/// <summary>Where an article's reference date came from, strongest first.</summary>
public enum DateSource
{
    /// <summary>No date was found.</summary>
    None,

    /// <summary>Given by the caller (<c>--date</c>).</summary>
    Explicit,

    /// <summary>A date line such as "Source: Wikinews, Saturday, September 12, 2015" or front matter.</summary>
    DateLine,

    /// <summary>The photo caption ("... on May 7, 2013").</summary>
    Caption,

    /// <summary>The dateline ("WASHINGTON, Jan 5 (Reuters) –").</summary>
    Dateline,

    /// <summary>HTML metadata.</summary>
    Metadata,
}
