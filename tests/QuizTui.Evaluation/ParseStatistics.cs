using QuizTui.Core.Parsing;

namespace QuizTui.Evaluation;

/// <summary>How often the parser found each optional part, so a change that starts inventing them shows.</summary>
internal sealed class ParseStatistics
{
    private int articles;
    private int datelines;
    private int standfirsts;
    private int captions;
    private int bylines;
    private int headings;
    private int quotes;
    private int attributed;

    public void Add(string name, Article article, bool list)
    {
        articles++;
        datelines += article.Dateline is null ? 0 : 1;
        standfirsts += article.Standfirst is null ? 0 : 1;
        captions += article.Caption is null ? 0 : 1;
        bylines += article.Byline is null ? 0 : 1;
        headings += article.Sections.Count(s => s.Heading is not null);
        quotes += article.Quotes.Count;
        attributed += article.Quotes.Count(q => q.Speaker is not null);
        if (!list)
        {
            return;
        }

        Show(name, "dateline", article.Dateline?.Text);
        Show(name, "standfirst", article.Standfirst?.Text);
        Show(name, "caption", article.Caption?.Text);
        Show(name, "byline", article.Byline);
        foreach (var section in article.Sections.Where(s => s.Heading is not null))
        {
            Show(name, "heading", section.Heading);
        }
    }

    public void Print() =>
        Console.WriteLine($"of {articles} articles: {datelines} datelines, {standfirsts} standfirsts, {captions} captions, {bylines} bylines, " +
            $"{headings} headings; {quotes} quotations, {attributed} with a speaker");

    private static void Show(string name, string part, string? text)
    {
        if (text is not null)
        {
            Console.WriteLine($"{part.ToUpperInvariant()} {name}: {text}");
        }
    }
}
