namespace QuizTui.Tui.Library;

/// <summary>Where a library article comes from.</summary>
internal enum ArticleOrigin
{
    /// <summary>Shipped inside the program.</summary>
    Shipped,

    /// <summary>A file of the library folder.</summary>
    Library,

    /// <summary>A file named on the command line.</summary>
    File,
}
