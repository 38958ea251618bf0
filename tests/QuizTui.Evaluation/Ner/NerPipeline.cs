using QuizTui.Core.Entities;

namespace QuizTui.Evaluation.Ner;

/// <summary>The path a CoNLL text takes: the same as a real article's.</summary>
public static class NerPipeline
{
    public const string Description = "EntityRecognizer (one region a line)";

    public static IReadOnlyList<Mention> Run(ConllDocument document) => EntityRecognizer.Default.Recognize(document.Text, document.Lines);
}
