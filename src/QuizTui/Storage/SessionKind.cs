namespace QuizTui.Storage;

/// <summary>What a quiz session went through.</summary>
public enum SessionKind
{
    /// <summary>The questions of one article.</summary>
    Article,

    /// <summary>Due questions from all articles.</summary>
    Review,
}
