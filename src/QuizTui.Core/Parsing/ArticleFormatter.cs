using System.Globalization;
using System.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// The readable rendering of a parsed article, shared by <c>quiztui parse</c>, the trainer and the snapshots:
/// header fields, then each section's paragraphs one sentence a line, then quotations and removed lines.
/// </summary>
/// <example>
/// <code>
/// Title:      Storm hits coast
/// Date:       2015-05-18 (date line)
/// ...
/// [1] A storm hit the coast.
///     Two died.
/// </code>
/// </example>
public static class ArticleFormatter
{
    public static string Format(Article article)
    {
        var sb = new StringBuilder();
        Field(sb, "Title", article.Title);
        Field(sb, "Source", article.Source);
        Field(sb, "Byline", article.Byline);
        Field(sb, "Date", article.Date is { } date ? $"{date:yyyy-MM-dd} ({Describe(article.DateSource)})" : null);
        Field(sb, "Dateline", article.Dateline is { } dateline ? $"{dateline.Text} (place: {dateline.Place})" : null);
        Field(sb, "Standfirst", article.Standfirst?.Text);
        Field(sb, "Caption", article.Caption?.Text);
        Field(sb, "Size", string.Create(CultureInfo.InvariantCulture, $"{article.Paragraphs.Count} paragraphs, {article.Sentences.Count} sentences, {article.WordCount} words ({Describe(article.Format)})"));
        foreach (var section in article.Sections)
        {
            sb.Append('\n');
            if (section.Heading is not null)
            {
                sb.Append("## ").Append(OneLine(section.Heading)).Append("\n\n");
            }

            foreach (var paragraph in section.Paragraphs)
            {
                var label = $"[{paragraph.Index + 1}] ";
                for (var s = 0; s < paragraph.Sentences.Count; s++)
                {
                    sb.Append(s == 0 ? label : new string(' ', label.Length)).Append(OneLine(paragraph.Sentences[s].Text)).Append('\n');
                }
            }
        }

        List(sb, "Quotes", article.Quotes.Select(q => $"{q.Speaker ?? "(unattributed)"}: “{OneLine(q.Text)}”"));
        List(sb, "Removed", article.Removed.Select(r => $"[{r.Reason}] {OneLine(r.Text)}"));
        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append((name + ":").PadRight(12)).Append(OneLine(value)).Append('\n');
        }
    }

    private static void List(StringBuilder sb, string name, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        sb.Append('\n').Append(name).Append(" (").Append(items.Count).Append("):\n");
        foreach (var line in items)
        {
            sb.Append("  ").Append(line).Append('\n');
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Describe(DateSource source) => source switch
    {
        DateSource.Explicit => "given",
        DateSource.DateLine => "date line",
        DateSource.Caption => "caption",
        DateSource.Dateline => "dateline",
        DateSource.Metadata => "metadata",
        _ => "none",
    };

    private static string Describe(ArticleFormat format) => format switch
    {
        ArticleFormat.Markdown => "Markdown",
        ArticleFormat.Html => "HTML",
        _ => "plain text",
    };
}
