using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

internal static class ArticleJson
{
    public static string Serialize(string file, Article article) => file + article.Title;
}
