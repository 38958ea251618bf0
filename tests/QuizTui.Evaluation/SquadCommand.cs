using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;

namespace QuizTui.Evaluation;

/// <summary>
/// SQuAD v1.1 dev (first part): each paragraph fed with its article title as headline, questions at the
/// default count; the share of human Who / Where / When questions for which one of ours of the same kind
/// (who or who-said for Who) has the same answer (SQuAD token F1 ≥ 0.5 against any human answer).
/// </summary>
internal static class SquadCommand
{
    public static int Run(EvaluationContext context)
    {
        var generator = QuestionGenerator.Default;
        int paragraphs = 0, ours = 0, failures = 0;
        var asked = new Dictionary<string, int>();
        var funnel = context.Flag("--funnel");
        var stages = new Dictionary<(string Kind, string Stage), int>();
        var matched = new Dictionary<string, int>();
        foreach (var (title, paragraph) in SquadData.Paragraphs(context))
        {
            paragraphs++;
            var text = title + "\n\n" + paragraph.GetProperty("context").GetString();
            QuestionSet set;
            Extraction? extraction = null;
            try
            {
                extraction = ExtractionSource.Extract(ArticleParser.Parse(text));
                set = generator.Generate(extraction, new QuestionOptions(Format: QuestionFormat.ShortAnswer));
            }
            catch (SystemException)
            {
                // A defect upstream (parser or time tagger), counted; the human questions still count as missed.
                failures++;
                set = new QuestionSet([], null);
            }

            ours += set.Questions.Count;
            foreach (var qa in paragraph.GetProperty("qas").EnumerateArray())
            {
                var question = qa.GetProperty("question").GetString()!.TrimStart();
                var kind = question.Split(' ', 2)[0].ToLowerInvariant() switch
                {
                    "who" or "whom" or "whose" => "who",
                    "where" => "where",
                    "when" => "when",
                    _ => null,
                };
                if (kind is null)
                {
                    continue;
                }

                asked[kind] = asked.GetValueOrDefault(kind) + 1;
                var answers = qa.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToList();
                var hit = set.Questions.Where(q => Kind(q.Type) == kind)
                    .Any(q => q.Accept.Prepend(q.Answer).Any(form => answers.Any(h => F1(form, h) >= 0.5)));
                matched[kind] = matched.GetValueOrDefault(kind) + (hit ? 1 : 0);
                if (funnel && extraction is not null)
                {
                    // Where a miss is lost: no mention or time of the kind carries the answer, no candidate asks it, or ranking dropped it.
                    var found = kind switch
                    {
                        "when" => extraction.Times.Select(t => t.Text),
                        "where" => extraction.Mentions.Where(m => m.Type is MentionType.Place).Select(m => m.Text),
                        _ => extraction.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization).Select(m => m.Text),
                    };
                    var stage = hit ? "asked"
                        : !found.Any(f => answers.Any(h => F1(f, h) >= 0.5)) ? "not found"
                        : generator.Candidates(new ArticleContext(extraction)).Where(c => Kind(c.Type) == kind)
                            .Any(c => c.Key.Accept.Prepend(c.Key.Display).Any(form => answers.Any(h => F1(form, h) >= 0.5))) ? "ranked out" : "no candidate";
                    stages[(kind, stage)] = stages.GetValueOrDefault((kind, stage)) + 1;
                    if (stage == context.Option("--stage", "no candidate") && context.Flag("--show-lost") && stages[(kind, stage)] % int.Parse(context.Option("--every", "5"), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    {
                        var start = qa.GetProperty("answers")[0].GetProperty("answer_start").GetInt32() + title.Length + 2;
                        var holder = extraction.Article.Sentences.FirstOrDefault(x => x.Span.Start <= start && start < x.Span.End);
                        Console.WriteLine($"LOST {kind}: {question} → {answers[0]}");
                        Console.WriteLine($"     text: {holder?.Text}");
                    }
                }

                if (!hit && context.Flag("--misses") && (asked[kind] % 7) == 0)
                {
                    // A sample of what people ask that we do not: the human question, its answers, our questions of the kind.
                    Console.WriteLine($"MISS {kind}: {question} → {string.Join(" | ", answers.Distinct())}");
                    var body = paragraph.GetProperty("context").GetString()!;
                    var at = qa.GetProperty("answers")[0].GetProperty("answer_start").GetInt32();
                    var from = Math.Max(0, body.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1)) + 1);
                    var to = body.IndexOf(". ", Math.Min(body.Length, at + 1), StringComparison.Ordinal) is var end and >= 0 ? end + 1 : body.Length;
                    Console.WriteLine($"     text: {body[from..to].Trim()}");
                    foreach (var q in set.Questions.Where(q => Kind(q.Type) == kind))
                    {
                        Console.WriteLine($"     ours: {q.Prompt} → {q.Answer}");
                    }
                }
            }
        }

        foreach (var ((kind, stage), n) in stages.OrderBy(p => p.Key.Kind, StringComparer.Ordinal).ThenBy(p => p.Key.Stage, StringComparer.Ordinal))
        {
            Console.WriteLine($"funnel {kind,-6} {stage,-13} {n,5}");
        }

        var total = asked.Values.Sum();
        var hits = matched.Values.Sum();
        foreach (var kind in new[] { "who", "where", "when" })
        {
            Console.WriteLine($"{kind,-6} human {asked.GetValueOrDefault(kind),5}  matched {matched.GetValueOrDefault(kind),5}  share {(double)matched.GetValueOrDefault(kind) / Math.Max(1, asked.GetValueOrDefault(kind)):F3}");
        }

        Console.WriteLine($"all    human {total,5}  matched {hits,5}  share {(double)hits / Math.Max(1, total):F3}");
        Console.WriteLine($"upstream failures (paragraphs without questions): {failures}");
        Console.WriteLine($"paragraphs {paragraphs}, our questions {ours} ({(double)ours / paragraphs:F2} per paragraph)");
        return 0;
    }

    private static string? Kind(QuestionType type) => type switch
    {
        QuestionType.Who or QuestionType.WhoSaid => "who",
        QuestionType.Where => "where",
        QuestionType.When => "when",
        _ => null,
    };

    /// <summary>SQuAD's token F1: lower case, punctuation and articles removed.</summary>
    private static double F1(string prediction, string truth)
    {
        var p = Tokens(prediction);
        var t = Tokens(truth);
        var common = p.GroupBy(x => x).Sum(g => Math.Min(g.Count(), t.Count(y => y == g.Key)));
        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / p.Count;
        var recall = (double)common / t.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static List<string> Tokens(string text) =>
        [.. new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("a" or "an" or "the"))];
}
