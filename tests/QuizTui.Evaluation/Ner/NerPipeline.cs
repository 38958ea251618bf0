using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;

namespace QuizTui.Evaluation.Ner;

/// <summary>The path a CoNLL text takes: the same as a real article's (parser, then extractor).</summary>
public static class NerPipeline
{
    public const string Description = "ArticleParser + Extractor";

    public static IReadOnlyList<Mention> Run(ConllDocument document) => Extractor.Default.Extract(ArticleParser.Parse(document.Text)).Mentions;
}
