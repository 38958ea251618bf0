using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;

namespace QuizTui.Evaluation;

/// <summary>Where evaluations get an article's extraction from (the stand-in until the extractor lands).</summary>
internal static class ExtractionSource
{
    public static Extraction Extract(Article article) => StandInExtraction.Extract(article);
}
