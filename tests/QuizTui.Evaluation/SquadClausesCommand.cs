using QuizTui.Core.Entities;
using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;

namespace QuizTui.Evaluation;

/// <summary>
/// The share of SQuAD paragraph sentences in which the clause finder finds no clause (tagged as the
/// question generator tags them, names fixed as proper nouns): a direct measure of how often a tagging
/// error costs a whole sentence's questions. <c>--show N</c> prints every Nth such sentence with its tags.
/// </summary>
internal static class SquadClausesCommand
{
    public static int Run(EvaluationContext context)
    {
        var show = int.Parse(context.Option("--show", "0"), System.Globalization.CultureInfo.InvariantCulture);
        int sentences = 0, empty = 0;
        foreach (var (title, paragraph) in SquadData.Paragraphs(context))
        {
            var parsed = ArticleParser.Parse(title + "\n\n" + paragraph.GetProperty("context").GetString());
            var extraction = ExtractionSource.Extract(parsed);
            foreach (var sentence in parsed.Sentences.Where(s => s.Span.Start >= (parsed.TitleSpan?.End ?? 0)))
            {
                var names = extraction.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Place or MentionType.Organization
                    && m.Span.Start >= sentence.Span.Start && m.Span.End <= sentence.Span.End).Select(m => m.Span).ToList();
                var tagged = TaggedSentence.Analyze(parsed.Text, sentence.Span, PosTagger.Default, Chunker.Default, names);
                sentences++;
                if (ClauseFinder.Find(tagged).Count == 0)
                {
                    empty++;
                    if (show > 0 && empty % show == 0)
                    {
                        Console.WriteLine(string.Join(' ', tagged.Tokens.Select((t, i) => t.Text + "/" + tagged.Tags[i])));
                    }
                }
            }
        }

        Console.WriteLine($"sentences {sentences}, without a clause {empty} ({(double)empty / Math.Max(1, sentences):F3})");
        return 0;
    }
}
