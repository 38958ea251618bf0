using QuizTui.Core.Language;
using QuizTui.Core.Parsing;

namespace QuizTui.Cli;

/// <summary>Reads and parses one article for a subcommand, reporting bad input as one line on stderr.</summary>
internal static class ArticleLoader
{
    /// <summary>The parsed article, or null after writing the reason to <paramref name="error"/>.</summary>
    public static Article? Load(string file, DateOnly? date, TextWriter error, Func<Stream>? stdin = null)
    {
        var input = InputReader.Read(file, stdin);
        if (!input.Ok)
        {
            error.WriteLine(TerminalText.Clean(input.Error!));
            return null;
        }

        var (article, problem) = Parse(file, input.Text!, date);
        if (problem is not null)
        {
            error.WriteLine(TerminalText.Clean(problem));
        }

        return article;
    }

    /// <summary>Parses decoded text (plain, Markdown or HTML), or says in one line why it cannot be used.</summary>
    public static (Article? Article, string? Problem) Parse(string name, string text, DateOnly? date)
    {
        var options = new ParseOptions(Date: date);
        if (HtmlArticle.Looks(text))
        {
            if (HtmlArticle.Extract(text, date) is not { } page)
            {
                return (null, $"{name}: no article text found in this web page");
            }

            (text, options) = page;
        }

        var language = LanguageIdentifier.Identify(text);
        if (!language.IsEnglish)
        {
            return (null, $"{name}: the article seems to be in {language.Name}; QuizTui's generators handle English only");
        }

        var article = ArticleParser.Parse(text, options);
        return article.Sentences.Count == 0
            ? (null, $"{name}: no article text found (no sentences after the headline)")
            : (article, null);
    }
}
