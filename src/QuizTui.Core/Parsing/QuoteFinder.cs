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
        var named = new Dictionary<int, string?>();
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
                var before = text[Math.Min(opening.Span.Start, span.Outer.Start)..span.Outer.Start];
                var after = text[span.Outer.End..Math.Max(span.Outer.End, closing.Span.End)];
                var speaker = SpeakerFinder.Find(after, before);
                if (speaker is not null && SpeakerFinder.IsPronoun(speaker))
                {
                    // With no name before it in the paragraph or the quotation before, the pronoun stays, for a reader that
                    // knows the article's people to resolve ("Radcliffe's comments come ... “...,” she added").
                    speaker = EarlierSubject(paragraph, opening, named) ?? lastSpeaker ?? speaker;
                }
                else if (speaker is null && quotes.Count > 0 && quotes[^1].Sentence == opening)
                {
                    speaker = quotes[^1].Speaker;
                }
                else if (speaker is null && span.Outer.Start == opening.Span.Start)
                {
                    // A quotation that opens a sentence of its own goes on from the one before: the person the
                    // paragraph introduced, else the speaker of the paragraph before.
                    speaker = EarlierSubject(paragraph, opening, named) ?? (lastParagraph >= paragraph.Index - 1 ? lastSpeaker : null);
                }

                if (speaker is not null && !SpeakerFinder.IsPronoun(speaker))
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
    /// <remarks><paramref name="named"/> keeps each sentence's answer by its start: every quotation of a long paragraph looks back over the same sentences.</remarks>
    private static string? EarlierSubject(Paragraph paragraph, Sentence sentence, Dictionary<int, string?> named)
    {
        for (var i = paragraph.Sentences.Count - 1; i >= 0; i--)
        {
            var earlier = paragraph.Sentences[i];
            if (earlier.Span.Start >= sentence.Span.Start)
            {
                continue;
            }

            if (!named.TryGetValue(earlier.Span.Start, out var name))
            {
                name = NameIn(earlier);
                named[earlier.Span.Start] = name;
            }

            if (name is not null)
            {
                return name;
            }
        }

        return null;
    }

    private static string? NameIn(Sentence sentence)
    {
        // "Heald noted the findings show ..." names a speaker; else the name the sentence opens with.
        var named = SpeakerFinder.Find("", sentence.Text);
        return named is not null && !SpeakerFinder.IsPronoun(named) ? named : SpeakerFinder.Subject(sentence.Text);
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

            // 'said: "I've lost three years of my life. He added: "The authorities ...': a straight mark between a space
            // and a word opens a quotation, so the one still open was never closed; it ends with its last whole sentence,
            // before the words that bring in the next.
            if (c == '"' && open >= 0 && i > paragraph.Start && char.IsWhiteSpace(text[i - 1]) && i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1])
                && text.LastIndexOfAny(['.', '?', '!'], i - 1, i - open - 1) is var stop and > 0)
            {
                spans.Add(Spans(text, open, stop + 1));
                open = i;
                continue;
            }

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
        // A mark that opens at the very end of a paragraph quotes nothing.
        var innerEnd = Math.Max(open + 1, text[end - 1] is '”' or '"' ? end - 1 : end);
        while (innerEnd > open + 1 && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ','))
        {
            innerEnd--;
        }

        return (new TextSpan(open, end), new TextSpan(open + 1, innerEnd));
    }
}
