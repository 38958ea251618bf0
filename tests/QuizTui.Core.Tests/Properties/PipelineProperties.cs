using CsCheck;
using QuizTui.Core.Parsing;
using QuizTui.Testing.Properties;
using QuizTui.Testing.Robustness;

namespace QuizTui.Core.Tests.Properties;

/// <summary>
/// Invariants of the whole pipeline on random article-like text (see <see cref="ArticleTextGen"/>):
/// offsets slice back, sentences tile the paragraphs in order, questions keep their keys, output is
/// deterministic. Iterations are bounded so the suite stays within seconds.
/// </summary>
public sealed class PipelineProperties
{
    private const int Iterations = 60;

    [Fact]
    public void Every_stage_keeps_its_invariants_on_article_like_text() =>
        ArticleTextGen.Text().Sample(text => PipelineCheck.Run(text, questions: false), iter: Iterations, threads: 1);

    [Fact]
    public void Every_stage_keeps_its_invariants_on_raw_bytes_decoded_like_the_exe() =>
        Gen.Byte.Array[1, 400].Sample(bytes => PipelineCheck.RunBytes(bytes, questions: false), iter: Iterations, threads: 1);

    [Fact]
    public void The_same_text_parses_to_the_same_article() =>
        ArticleTextGen.Text().Sample(text =>
        {
            var first = ArticleFormatter.Format(ArticleParser.Parse(text));
            var second = ArticleFormatter.Format(ArticleParser.Parse(text));
            return first == second;
        }, iter: Iterations / 2, threads: 1);

    [Fact]
    public void Parsing_a_text_with_its_line_ends_normalised_keeps_the_invariants() =>
        ArticleTextGen.Text().Sample(text => PipelineCheck.Run(text.Replace("\r\n", "\n").Replace('\r', '\n'), questions: false), iter: Iterations / 2, threads: 1);

    /// <summary>A question's evidence contains its answer (a quotation's speaker named a sentence before included); short articles keep it to seconds.</summary>
    [Fact]
    public void Questions_keep_their_invariants_on_article_like_text() =>
        ArticleTextGen.Text(maxPieces: 16).Sample(text => PipelineCheck.Run(text), iter: 12, threads: 1);
}
