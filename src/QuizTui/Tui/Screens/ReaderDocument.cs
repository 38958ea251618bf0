using QuizTui.Core.Parsing;
using QuizTui.Core.Text;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;

namespace QuizTui.Tui.Screens;

/// <summary>An article laid out for the reader at one width: wrapped lines, and the line each sentence starts on.</summary>
internal sealed class ReaderDocument
{
    private readonly List<List<Run>> lines = [];
    private readonly Dictionary<int, (int First, int Last)> sentenceLines = [];

    public ReaderDocument(Article article, IReadOnlyList<(TextSpan Span, Style Style)> marks, bool showRemoved, int width)
    {
        Add(Wrapper.Wrap(article.Title, Style.Heading, width));
        var facts = ArticleFacts.Line(article) + (string.IsNullOrWhiteSpace(article.Byline) ? string.Empty : " · " + article.Byline);
        Add(Wrapper.Wrap(facts, Style.Dim, width));
        lines.Add([]);

        if (showRemoved)
        {
            Add(Wrapper.Wrap($"Removed as site furniture ({article.Removed.Count}):", Style.Strong, width));
            foreach (var segment in article.Removed)
            {
                var reason = segment.Reason is null ? string.Empty : $"  [{segment.Reason}]";
                Add(Wrapper.Wrap([new Run("– " + segment.Text, Style.Dim), new Run(reason, Style.Accent)], width));
            }

            if (article.Removed.Count == 0)
            {
                Add(Wrapper.Wrap("nothing was removed", Style.Dim, width));
            }

            lines.Add([]);
        }

        if (article.Standfirst is { } standfirst)
        {
            Add(Wrapper.Wrap(Highlighter.Runs(article.Text, standfirst.Span, marks, Style.Strong), width));
            lines.Add([]);
        }

        if (article.Caption is { } caption)
        {
            Add(Wrapper.Wrap([new Run("Picture: ", Style.Dim), .. Highlighter.Runs(article.Text, caption.Span, marks, Style.Dim)], width));
            lines.Add([]);
        }

        var dateline = article.Dateline;

        foreach (var section in article.Sections)
        {
            if (section.Heading is { } heading)
            {
                Add(Wrapper.Wrap(heading, Style.Strong, width));
                lines.Add([]);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                // The dateline opens the first paragraph in print ("MOSCOW, Russia – After months...").
                var prefix = dateline is not null && dateline.Span.End <= paragraph.Span.Start
                    ? new List<Run> { new(dateline.Text.TrimEnd() + " – ", Style.Strong) }
                    : [];
                dateline = null;
                AddParagraph(article, paragraph, prefix, marks, width);
                lines.Add([]);
            }
        }
    }

    public IReadOnlyList<List<Run>> Lines => lines;

    /// <summary>The lines a sentence (by its index in <see cref="Article.Sentences"/>) spans, if laid out.</summary>
    public (int First, int Last)? LinesOf(int sentence) => sentenceLines.TryGetValue(sentence, out var at) ? at : null;

    private void Add(List<List<Run>> wrapped) => lines.AddRange(wrapped);

    private void AddParagraph(Article article, Paragraph paragraph, List<Run> prefix, IReadOnlyList<(TextSpan Span, Style Style)> marks, int width)
    {
        var first = lines.Count;
        var wrapped = Wrapper.Wrap([.. prefix, .. Highlighter.Runs(article.Text, paragraph.Span, marks)], width);
        var shift = prefix.Sum(r => r.Text.Count(c => c is not (' ' or '\n')));
        lines.AddRange(wrapped);

        // Wrapping keeps every non-space character in order, so counting them places each sentence on its line.
        var ends = new List<int>();
        var total = 0;
        foreach (var line in wrapped)
        {
            total += line.Sum(r => r.Text.Count(c => c != ' '));
            ends.Add(total);
        }

        foreach (var sentence in paragraph.Sentences)
        {
            var index = IndexOf(article, sentence);
            if (index < 0)
            {
                continue;
            }

            var before = shift + NonSpace(article.Text, paragraph.Span.Start, sentence.Span.Start);
            var through = shift + NonSpace(article.Text, paragraph.Span.Start, sentence.Span.End);
            sentenceLines[index] = (first + LineFor(ends, before + 1), first + LineFor(ends, through));
        }
    }

    private static int IndexOf(Article article, Sentence sentence)
    {
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            if (article.Sentences[i].Span == sentence.Span)
            {
                return i;
            }
        }

        return -1;
    }

    private static int NonSpace(string text, int from, int to) =>
        Cells.Printable(text[from..Math.Min(to, text.Length)]).Count(c => c is not (' ' or '\n'));

    private static int LineFor(List<int> ends, int characters)
    {
        for (var i = 0; i < ends.Count; i++)
        {
            if (ends[i] >= characters)
            {
                return i;
            }
        }

        return Math.Max(0, ends.Count - 1);
    }
}
