using System.Text.RegularExpressions;
using QuizTui.Core.Parsing;
using QuizTui.Core.Text;

namespace QuizTui.Evaluation.Summaries;

/// <summary>
/// A stand-in for the article parser while it is not on main: headline line, blank-line paragraphs,
/// sentences split after . ! ? before a capital.
/// </summary>
internal static partial class PlainArticles
{
    public static Article Parse(string text)
    {
        var firstBreak = text.IndexOf('\n');
        var title = firstBreak < 0 ? text.Trim() : text[..firstBreak].Trim();
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        foreach (Match block in Block().Matches(text, firstBreak < 0 ? text.Length : firstBreak))
        {
            var start = block.Index;
            var own = new List<Sentence>();
            var last = start;
            foreach (Match boundary in Boundary().Matches(block.Value))
            {
                var end = start + boundary.Index;
                own.Add(new Sentence(text[last..end].Trim(), Trimmed(text, last, end), paragraphs.Count));
                last = start + boundary.Index + boundary.Length;
            }

            own.Add(new Sentence(text[last..(start + block.Length)].Trim(), Trimmed(text, last, start + block.Length), paragraphs.Count));
            own.RemoveAll(s => s.Text.Length == 0);
            sentences.AddRange(own);
            paragraphs.Add(new Paragraph(paragraphs.Count, block.Value, new TextSpan(start, start + block.Length), own));
        }

        return new Article
        {
            Text = text,
            Title = title,
            Sections = [new Section(null, null, paragraphs)],
            Paragraphs = paragraphs,
            Sentences = sentences,
            Quotes = [],
            Removed = [],
        };
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    [GeneratedRegex(@"[^\n]+(\n[^\n]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|No|vs|[A-Z]))[.!?][""'”’)]?)\s+(?=[""“‘(]?[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
