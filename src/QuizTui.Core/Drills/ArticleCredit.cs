namespace QuizTui.Core.Drills;

/// <summary>The licence of an article from its source, where the source's licence is known.</summary>
/// <example><c>ArticleCredit.Licence("Wikinews")</c> → "CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)"; an unknown source → null.</example>
public static class ArticleCredit
{
    public const string WikinewsLicence = "CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)";

    public static string? Licence(string? source) =>
        source is not null && source.Contains("Wikinews", StringComparison.OrdinalIgnoreCase) ? WikinewsLicence : null;

    /// <summary>The credit line a printed quiz carries for the article.</summary>
    public static string Line(DrillArticle article) =>
        $"\"{article.Title}\"" +
        (article.Source is { Length: > 0 } source ? $", {source}" : "") +
        (article.Date is { } date ? $", {date}" : "") +
        (article.Licence is { } licence ? $"; licensed {licence}; questions generated from the text by QuizTui." : "; licence not stated: check before copying.");
}
