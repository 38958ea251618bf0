using System.Diagnostics;
using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;

namespace QuizTui.Evaluation;

/// <summary>
/// Questions over the 500 BBC development articles: the hard rules (no prompt containing its answer,
/// no unresolved pronoun, evidence that slices back, distinct non-alias choices), questions per
/// article, total time in one process, and the seed's time after warm-up.
/// </summary>
internal static class BbcQuestionsCommand
{
    public static int Run(EvaluationContext context)
    {
        var folder = Path.Combine(context.DataDirectory, "bbc-news-summary", "articles");
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var texts = files.Select(f => File.ReadAllText(f)).ToList();
        var generator = QuestionGenerator.Default;
        var options = new QuestionOptions(Format: context.Flag("--mixed") ? null : QuestionFormat.MultipleChoice);

        // Warm-up: models load, JIT.
        generator.Generate(ExtractionSource.Extract(ArticleParser.Parse(texts[0])), options);

        var extractions = new List<Core.Entities.Extraction>();
        var clock = Stopwatch.StartNew();
        var parserFailures = 0;
        foreach (var text in texts)
        {
            try
            {
                extractions.Add(ExtractionSource.Extract(ArticleParser.Parse(text)));
            }
            catch (ArgumentOutOfRangeException)
            {
                // A parser defect, reported separately; the questions cannot be judged without an article.
                parserFailures++;
            }
        }

        var parseExtract = clock.Elapsed;
        clock.Restart();
        var sets = extractions.Select(e => generator.Generate(e, options)).ToList();
        var generate = clock.Elapsed;

        int questions = 0, containsAnswer = 0, pronoun = 0, badEvidence = 0, badChoices = 0, empty = 0;
        var byType = new Dictionary<QuestionType, int>();
        for (var a = 0; a < sets.Count; a++)
        {
            var article = extractions[a].Article;
            empty += sets[a].Questions.Count == 0 ? 1 : 0;
            foreach (var q in sets[a].Questions)
            {
                questions++;
                byType[q.Type] = byType.GetValueOrDefault(q.Type) + 1;
                var answerWords = PromptChecks.Words(q.Answer).Where(w => w.Length > 2 && !IsWeak(w)).ToList();
                if (answerWords.Any(w => PromptChecks.Words(q.Prompt).Contains(w, StringComparer.OrdinalIgnoreCase)))
                {
                    containsAnswer++;
                    Report(context, "contains answer", q);
                }

                if (Pronouns.HasUnresolved(q.Prompt))
                {
                    pronoun++;
                    Report(context, "pronoun", q);
                }

                var e = q.Evidence;
                if (e.Span.End > article.Text.Length || e.Span.Slice(article.Text) != e.Text || !e.Span.Contains(e.AnswerSpan))
                {
                    badEvidence++;
                    Report(context, "evidence", q);
                }

                if (q.Format == QuestionFormat.MultipleChoice)
                {
                    var distinct = q.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() == q.Choices.Count && q.Choices.Count == 4 && q.Choices.Contains(q.Answer);
                    var kind = q.Type switch { QuestionType.When => AnswerKind.Date, QuestionType.HowMany => AnswerKind.Number, _ => AnswerKind.Person };
                    var aliased = q.Choices.Where(c => c != q.Answer).Any(c => Distractors.Aliases(c, q.Answer, kind) || q.Accept.Any(x => Distractors.Aliases(c, x, kind)));
                    if (!distinct || aliased)
                    {
                        badChoices++;
                        Report(context, "choices", q);
                    }
                }
            }
        }

        var seed = Path.Combine(context.RepositoryRoot, "seeds", "000_cdf53be28635311c.txt");
        var seedExtraction = ExtractionSource.Extract(ArticleParser.Parse(File.ReadAllText(seed)));
        var runs = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var one = Stopwatch.StartNew();
            generator.Generate(seedExtraction, options);
            runs.Add(one.Elapsed.TotalMilliseconds);
        }

        runs.Sort();
        Console.WriteLine($"parser failures (skipped): {parserFailures}");
        Console.WriteLine($"articles {sets.Count}, questions {questions} ({(double)questions / sets.Count:F2} per article), articles with none {empty}");
        Console.WriteLine("by type: " + string.Join(", ", byType.OrderBy(p => p.Key).Select(p => $"{QuestionFormatter.Name(p.Key)} {p.Value}")));
        Console.WriteLine($"prompts containing their answer: {containsAnswer}");
        Console.WriteLine($"prompts with an unresolved pronoun: {pronoun}");
        Console.WriteLine($"evidence spans not slicing back: {badEvidence}");
        Console.WriteLine($"multiple-choice items with repeated or aliased choices: {badChoices}");
        Console.WriteLine($"time: parse+extract {parseExtract.TotalSeconds:F2} s, questions {generate.TotalSeconds:F2} s, total {(parseExtract + generate).TotalSeconds:F2} s for {sets.Count} articles");
        Console.WriteLine($"seed questions after warm-up: median {runs[runs.Count / 2]:F1} ms, min {runs[0]:F1} ms");

        // The field the distractor finder reads (sports people for a sports story), against the corpus's own folders.
        var fields = files.Select((f, i) => (Folder: Path.GetFileName(Path.GetDirectoryName(f)!), Field: ArticleFields.Of(texts[i])))
            .GroupBy(x => x.Folder, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        Console.WriteLine("article field by folder: " + string.Join("; ", fields.Select(g =>
            $"{g.Key} " + string.Join(" ", g.GroupBy(x => x.Field).OrderBy(x => x.Key).Select(x => $"{x.Key.ToString().ToLowerInvariant()} {x.Count()}")))));
        return containsAnswer + pronoun + badEvidence + badChoices == 0 ? 0 : 1;
    }

    private static bool IsWeak(string word) => word.ToLowerInvariant() is "the" or "and" or "over" or "more" or "than" or "about";

    private static void Report(EvaluationContext context, string what, Question q)
    {
        if (context.Flag("--verbose"))
        {
            Console.WriteLine($"  [{what}] {q.Prompt} → {q.Answer} | {string.Join(" / ", q.Choices)}");
        }
    }
}
