using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Finds quotations in the body: curly or straight double quotes, a quote left open at a paragraph's end
/// running to that end (the newspaper convention for quotes that go on). The speaker comes from the words
/// around it (<see cref="SpeakerFinder"/>); "he"/"she" and a paragraph that is one unattributed quotation
/// take the speaker of the quotation before.
/// </summary>
internal static class QuoteFinder
{
    private const int MinWords = 2;

    public static IReadOnlyList<Quote> Find(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<Quote>();
        string? lastSpeaker = null;
        var lastParagraph = -2;
        foreach (var paragraph in paragraphs)
        {
            foreach (var span in QuoteSpans(text, paragraph.Span))
            {
                var words = TextUnit.CountWords(span.Inner.Slice(text));
                if (words < MinWords || paragraph.Sentences.Count == 0)
                {
                    continue;
                }

                var opening = SentenceAt(paragraph, span.Outer.Start);
                var closing = SentenceAt(paragraph, Math.Max(span.Outer.End - 1, span.Outer.Start));
                var before = text[opening.Span.Start..span.Outer.Start];
                var after = text[span.Outer.End..Math.Max(span.Outer.End, closing.Span.End)];
                var speaker = SpeakerFinder.Find(after, before);
                if (speaker is not null && SpeakerFinder.IsPronoun(speaker))
                {
                    speaker = EarlierSubject(paragraph, opening) ?? lastSpeaker;
                }
                else if (speaker is null && quotes.Count > 0 && quotes[^1].Sentence == opening)
                {
                    speaker = quotes[^1].Speaker;
                }
                else if (speaker is null && span.Outer.Start == opening.Span.Start && lastParagraph >= paragraph.Index - 1)
                {
                    // A quotation that makes up a sentence of its own goes on from the one before.
                    speaker = lastSpeaker;
                }

                if (speaker is not null)
                {
                    lastSpeaker = speaker;
                    lastParagraph = paragraph.Index;
                }

                quotes.Add(new Quote(span.Inner.Slice(text), speaker, span.Inner, opening));
            }
        }

        return quotes;
    }

    /// <summary>"Marcy Kaptur was not changing her vote. “...,” she said.": the pronoun's name from an earlier sentence.</summary>
    private static string? EarlierSubject(Paragraph paragraph, Sentence sentence)
    {
        for (var i = paragraph.Sentences.Count - 1; i >= 0; i--)
        {
            var earlier = paragraph.Sentences[i];
            if (earlier.Span.Start < sentence.Span.Start && SpeakerFinder.Subject(earlier.Text) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    private static Sentence SentenceAt(Paragraph paragraph, int position) =>
        paragraph.Sentences.LastOrDefault(s => s.Span.Start <= position) ?? paragraph.Sentences[0];

    /// <summary>Quotation spans with (Outer) and without (Inner) their marks and trailing comma.</summary>
    private static List<(TextSpan Outer, TextSpan Inner)> QuoteSpans(string text, TextSpan paragraph)
    {
        var spans = new List<(TextSpan, TextSpan)>();
        var open = -1;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            var opens = c == '“' || (c == '"' && open < 0 && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])));
            var closes = c == '”' || (c == '"' && open >= 0);
            if (opens && open < 0)
            {
                open = i;
            }
            else if (closes && open >= 0)
            {
                spans.Add(Spans(text, open, i + 1));
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans.Add(Spans(text, open, paragraph.End));
        }

        return spans;
    }

    private static (TextSpan Outer, TextSpan Inner) Spans(string text, int open, int end)
    {
        var innerEnd = text[end - 1] is '”' or '"' ? end - 1 : end;
        while (innerEnd > open + 1 && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ','))
        {
            innerEnd--;
        }

        return (new TextSpan(open, end), new TextSpan(open + 1, innerEnd));
    }
}
