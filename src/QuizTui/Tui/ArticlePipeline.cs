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
/// does not have yet (no extractor, no summarizer) is reported as missing, never faked.
/// </summary>
internal sealed class ArticlePipeline
{
    private readonly ConditionalWeakTable<Article, IReadOnlyList<(TextSpan, Style)>> marks = [];

    public static ArticlePipeline Default { get; } = new();

    public Article Parse(string text) => ArticleParser.Parse(text, ParseOptions.Default);

    public bool CanExtract => false;

    /// <summary>The spans to highlight, or null without an extractor.</summary>
    public IReadOnlyList<(TextSpan Span, Style Style)>? Marks(Article article)
    {
        if (!CanExtract)
        {
            return null;
        }

        return marks.GetValue(article, a => Highlighter.Marks(Extract(a)));
    }

    /// <summary>False until the build has a summarizer.</summary>
    public bool CanSummarize => false;

    /// <summary>The quiz's questions, or null when the build has no question generator.</summary>
    public IReadOnlyList<Question>? Questions(Article article, QuizSetup setup) => null;

    /// <summary>How answers are judged: the default judge until the typo-tolerant matcher is in the build.</summary>
    public AnswerJudge Judge { get; } = new();

    private static Extraction Extract(Article article) => throw new NotSupportedException(article.Title);
}
