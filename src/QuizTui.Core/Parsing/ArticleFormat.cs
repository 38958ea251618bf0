namespace QuizTui.Core.Parsing;

/// <summary>The kind of document an article was read from.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}
