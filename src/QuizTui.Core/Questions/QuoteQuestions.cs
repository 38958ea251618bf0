using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;

namespace QuizTui.Core.Questions;

/// <summary>"“The alternative is ...,” Kerry warned" → "Who said “The alternative is ...”?" → John Kerry.</summary>
internal static class QuoteQuestions
{
    public static IEnumerable<Candidate> Find(ArticleContext context)
    {
        var sentences = context.Article.Sentences;
        foreach (var quote in context.Article.Quotes)
        {
            if (quote.Speaker is null || Speaker(context, quote) is not { } speaker)
            {
                continue;
            }

            var words = quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A fragment woven into the sentence ("to bring “the government ... table”") is not a quotation to attribute.
            if (words.Length < 5 || !char.IsUpper(words[0][0]))
            {
                continue;
            }

            var shown = Shorten(words);
            var key = AnswerForms.Entity(context, speaker, AnswerKind.Person, speaker.Text, speaker.Span);
            var prompt = $"Who said “{shown}”?";
            if (PromptChecks.ContainsAnswer(prompt, key, context))
            {
                continue;
            }

            if (Evidence(context, quote, speaker) is not { } evidence)
            {
                continue;
            }

            var index = IndexOf(sentences, quote.Sentence);
            var pronoun = Pronouns.IsPronoun(quote.Speaker) ? 0.1 : 0;
            yield return new Candidate(QuestionType.WhoSaid, prompt, key, evidence, index, $"{{A}} said “{shown}”.", 0.1 + pronoun);
        }
    }

    /// <summary>
    /// The quote's sentence, reaching back to the sentence that names the speaker when "he said" refers to
    /// a person named earlier in the paragraph, so the evidence always holds the answer; null across paragraphs.
    /// </summary>
    private static Sentence? Evidence(ArticleContext context, Quote quote, Mention speaker)
    {
        var sentence = quote.Sentence;
        if (sentence.Span.Start <= speaker.Span.Start && speaker.Span.End <= sentence.Span.End)
        {
            return sentence;
        }

        var named = context.Article.Sentences.FirstOrDefault(s => s.Span.Start <= speaker.Span.Start && speaker.Span.End <= s.Span.End);
        if (named is null || named.Paragraph != sentence.Paragraph || named.Span.Start > sentence.Span.Start)
        {
            return null;
        }

        var span = new Text.TextSpan(named.Span.Start, sentence.Span.End);
        return new Sentence(span.Slice(context.Article.Text), span, named.Paragraph);
    }

    /// <summary>The speaker's mention in the quote's sentence, or for "he said" the person named just before.</summary>
    private static Mention? Speaker(ArticleContext context, Quote quote)
    {
        // A reporter's speaker is never "I", "we" or "you": such an attribution comes from quotation marks paired wrongly
        // (an unclosed quotation taken to end at the next one's opening mark).
        if (quote.Speaker!.ToLowerInvariant() is "i" or "we" or "you" or "me" or "us")
        {
            return null;
        }

        // A "he" or "she" the parser could not name from the paragraph is the person just before only when that is the one the
        // story is about: "The 22-year-old pipped Maurice Greene ... “...,” he said" is not Greene's.
        if (Pronouns.IsPronoun(quote.Speaker!))
        {
            return context.PersonBefore(quote.Span.Start, quote.Speaker) is { } person && !context.OtherSexBetween(person, quote.Span.Start, quote.Speaker!)
                && context.MainPersonBefore(quote.Span.Start) == person.Entity ? person : null;
        }

        return context.Within(quote.Sentence.Span).FirstOrDefault(m => m.Type == MentionType.Person
            && (m.Span.End <= quote.Span.Start || m.Span.Start >= quote.Span.End)
            && (quote.Speaker!.Contains(m.Text, StringComparison.Ordinal) || m.Text.Contains(quote.Speaker!, StringComparison.Ordinal)));
    }

    /// <summary>The first words of a long quotation, cut after a comma where one falls, with an ellipsis.</summary>
    private static string Shorten(string[] words)
    {
        const int Most = 14;
        if (words.Length <= Most)
        {
            return string.Join(' ', words).TrimEnd('.', ',', ';', ':');
        }

        var cut = Most;
        for (var i = Most - 1; i >= 7; i--)
        {
            if (words[i].EndsWith(',') || words[i].EndsWith(';'))
            {
                cut = i + 1;
                break;
            }
        }

        return string.Join(' ', words.Take(cut)).TrimEnd('.', ',', ';', ':') + "…";
    }

    private static int IndexOf(IReadOnlyList<Sentence> sentences, Sentence sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Span == sentence.Span)
            {
                return i;
            }
        }

        return sentences.Count;
    }
}
