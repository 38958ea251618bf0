using System.Runtime.CompilerServices;
using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
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

    /// <summary>Everything the build has, wired to the core.</summary>
    public static ArticlePipeline Default { get; } = new(extract: a => Extractor.Default.Extract(a));

    public Article Parse(string text) => ArticleParser.Parse(text, ParseOptions.Default);

    public bool CanExtract => extract is not null;

    /// <summary>False until the build has a summarizer.</summary>
    public bool CanSummarize => false;

    /// <summary>How answers are judged.</summary>
    public AnswerJudge Judge { get; } = judge ?? new AnswerJudge();

    /// <summary>The spans to highlight, or null without an extractor.</summary>
    public IReadOnlyList<(TextSpan Span, Style Style)>? Marks(Article article) =>
        extract is null ? null : marks.GetValue(article, a => Highlighter.Marks(extract(a)));

    /// <summary>The quiz's questions, or null when the build has no question generator.</summary>
    public IReadOnlyList<Question>? Questions(Article article, QuizSetup setup) => generate?.Invoke(article, setup);
}
