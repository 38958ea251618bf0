using System.Runtime.CompilerServices;
using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Summaries;
using QuizTui.Core.Text;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Screens;

namespace QuizTui.Tui;

/// <summary>
/// The core's analyses as the trainer uses them, each computed once per article. A piece the build
/// does not have (no extractor, no generator) is reported as missing by its screen, never faked.
/// </summary>
internal sealed class ArticlePipeline(
    Func<Article, Extraction>? extract = null,
    Func<Article, QuizSetup, IReadOnlyList<Question>>? generate = null,
    AnswerJudge? judge = null)
{
    private readonly ConditionalWeakTable<Article, IReadOnlyList<(TextSpan, Style)>> marks = [];
    private readonly ConditionalWeakTable<Article, Extraction> extractions = [];
    private readonly ConditionalWeakTable<Article, Summary> summaries = [];
    private readonly ConditionalWeakTable<Article, KeyFacts> facts = [];

    /// <summary>Everything the build has, wired to the core.</summary>
    public static ArticlePipeline Default { get; } = Create();

    private static ArticlePipeline Create()
    {
        ArticlePipeline? pipeline = null;
        pipeline = new(
            extract: a => Extractor.Default.Extract(a),
            generate: (a, s) => ArticleQuestions.Generate(a, new QuestionOptions(s.Count, s.Types, s.Format, s.Seed), pipeline!.Extraction(a)).Questions,
            judge: new AnswerJudge(AnswerMatcher.Match));
        return pipeline;
    }

    public Article Parse(string text) => ArticleParser.Parse(text, ParseOptions.Default);

    public bool CanExtract => extract is not null;

    /// <summary>The extractive summary, computed once per article.</summary>
    public Summary Summarize(Article article) => summaries.GetValue(article, a => Summarizer.Default.Summarize(a));

    /// <summary>Key facts need the extractor; null without one.</summary>
    public KeyFacts? Facts(Article article, Summary summary) =>
        extract is null ? null : facts.GetValue(article, a => KeyFactsBuilder.Build(Extraction(a)!, summary));

    /// <summary>How answers are judged.</summary>
    public AnswerJudge Judge { get; } = judge ?? new AnswerJudge();

    /// <summary>The spans to highlight, or null without an extractor.</summary>
    public IReadOnlyList<(TextSpan Span, Style Style)>? Marks(Article article) =>
        extract is null ? null : marks.GetValue(article, a => Highlighter.Marks(Extraction(a)!));

    /// <summary>People, places, dates and numbers of the article, or null without an extractor.</summary>
    public Extraction? Extraction(Article article) => extract is null ? null : extractions.GetValue(article, a => extract(a));

    /// <summary>The quiz's questions, or null when the build has no question generator.</summary>
    public IReadOnlyList<Question>? Questions(Article article, QuizSetup setup) => generate?.Invoke(article, setup);
}
