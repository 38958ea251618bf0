using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;

namespace QuizTui.Evaluation;

/// <summary>Prints the questions with answer key for the given files (development aid).</summary>
internal static class QuestionsDevCommand
{
    public static int Run(EvaluationContext context)
    {
        var count = int.Parse(context.Option("--count", "10"), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var file in context.Options.Where(o => File.Exists(o)))
        {
            var article = ArticleParser.Parse(File.ReadAllText(file));
            var extraction = ExtractionSource.Extract(article);
            var set = QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Count: count, Format: context.Flag("--short") ? QuestionFormat.ShortAnswer : QuestionFormat.MultipleChoice));
            Console.WriteLine($"=== {file}");
            if (context.Option("--sentence", "") is { Length: > 0 } needle)
            {
                foreach (var sentence in article.Sentences.Where(x => x.Text.Contains(needle, StringComparison.Ordinal)))
                {
                    var tagged = Core.Grammar.TaggedSentence.Analyze(article.Text, sentence.Span, Core.Grammar.PosTagger.Default, Core.Grammar.Chunker.Default);
                    Console.WriteLine(string.Join(' ', Enumerable.Range(0, tagged.Count).Select(i => $"{i}:{tagged.Word(i)}/{tagged.Tags[i]}/{tagged.Chunks[i]}")));
                    foreach (var clause in Core.Grammar.ClauseFinder.Find(tagged))
                    {
                        Console.WriteLine($"  clause subj=[{tagged.Render(clause.Subject)}] aux=[{tagged.Render(clause.Auxiliaries)}] verb={(clause.Verb >= 0 ? tagged.Word(clause.Verb) : "-")} rest=[{tagged.Render(clause.Rest)}] lead=[{tagged.Render(clause.Leading)}] embedded={clause.Embedded}");
                    }
                }
            }

            if (context.Flag("--candidates"))
            {
                var articleContext = new ArticleContext(extraction);
                foreach (var c in QuestionGenerator.Default.Candidates(articleContext))
                {
                    Console.WriteLine($"  {QuestionRanker.Score(c, articleContext, null):F2} {c.Type} {c.Prompt} → {c.Key.Display}");
                }
            }

            Console.WriteLine(QuestionFormatter.Format(set, answerKey: true));
        }

        return 0;
    }
}
