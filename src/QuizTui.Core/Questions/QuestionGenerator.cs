using QuizTui.Core.Entities;
using QuizTui.Core.Grammar;
using QuizTui.Core.Summaries;
using QuizTui.Core.Text;

namespace QuizTui.Core.Questions;

/// <summary>
/// Generates comprehension questions (who, where, when, how many, who said) from an article's
/// extraction by grammatical transformation of its sentences, ranks them and formats the best few.
/// Built once and shared: sealed, immutable, thread-safe. Same input, options and seed → same output.
/// </summary>
/// <example>
/// <c>QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Count: 5))</c> →
/// "Who met Vladimir Putin for more than two hours?" (John Kerry), "Where did Syrian rebels say they
/// had seized four Filipino peacekeepers?" (the Golan Heights), ...
/// </example>
public sealed class QuestionGenerator
{
    private static readonly Lazy<QuestionGenerator> Shipped = new(() => new QuestionGenerator(PosTagger.Default, Chunker.Default, Lemmatizer.Default));

    private const int MaxSentenceLength = 800;

    private readonly PosTagger _tagger;
    private readonly Chunker _chunker;
    private readonly Lemmatizer _lemmatizer;

    public QuestionGenerator(PosTagger tagger, Chunker chunker, Lemmatizer lemmatizer)
    {
        _tagger = tagger;
        _chunker = chunker;
        _lemmatizer = lemmatizer;
    }

    /// <summary>The generator with the shipped models, loaded once on first use.</summary>
    public static QuestionGenerator Default => Shipped.Value;

    /// <summary>Questions preferring the facts of the summary's sentences (null: by position).</summary>
    public QuestionSet Generate(Extraction extraction, Summary? summary, QuestionOptions? options = null) =>
        Generate(extraction, options, summary?.Sentences.Select(s => s.Span).Concat(summary.Headline is { } h ? [h.Span] : []).ToList());

    /// <param name="central">Spans of the sentences a summarizer ranks highest; null to rank by position.</param>
    public QuestionSet Generate(Extraction extraction, QuestionOptions? options = null, IReadOnlyCollection<TextSpan>? central = null)
    {
        options ??= QuestionOptions.Default;
        var context = new ArticleContext(extraction);
        var candidates = Candidates(context)
            .Where(c => options.Types is null || options.Types.Contains(c.Type))
            .ToList();
        var selected = QuestionRanker.Select(candidates, Math.Max(0, options.Count), context, central?.ToHashSet());
        var questions = selected.Select((c, i) => QuestionBuilder.Build(c, i, context, options)).ToList();
        var note = questions.Count switch
        {
            0 => "This article has too little in it for good questions (no clear who, where, when or how many facts).",
            < 3 when options.Count >= 3 => $"This article supports only {questions.Count} good question{(questions.Count == 1 ? "" : "s")}.",
            _ => null,
        };
        return new QuestionSet(questions, note);
    }

    /// <summary>Every candidate question of the article, before ranking (for evaluation and tests).</summary>
    internal IReadOnlyList<Candidate> Candidates(ArticleContext context)
    {
        var finder = new CandidateFinder(context, _lemmatizer);
        var all = new List<Candidate>();
        var sentences = context.Article.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            // A "sentence" of hundreds of words is a run-on or a list the parser could not split; no question of at
            // most 30 words comes out of it, and tagging it would cost more than the rest of the article.
            if (sentence.Span.Length > MaxSentenceLength || !HasAnswerMaterial(context, sentence.Span))
            {
                continue;
            }

            var names = context.Within(sentence.Span).Where(m => m.Type is MentionType.Person or MentionType.Place or MentionType.Organization).Select(m => m.Span).ToList();
            var tagged = TaggedSentence.Analyze(context.Article.Text, sentence.Span, _tagger, _chunker, names);
            all.AddRange(finder.Find(tagged, sentence, i));
        }

        all.AddRange(QuoteQuestions.Find(context));
        return all;
    }

    private static bool HasAnswerMaterial(ArticleContext context, TextSpan span) =>
        context.Within(span).Any(m => m.Type is MentionType.Person or MentionType.Place or MentionType.Organization)
        || context.Extraction.Times.Any(t => t.Span.Start >= span.Start && t.Span.End <= span.End)
        || context.Extraction.Quantities.Any(q => q.Span.Start >= span.Start && q.Span.End <= span.End);
}
