using QuizTui.Core.Quizzes;

namespace QuizTui.Tui;

/// <summary>The last quiz score of each article, kept by the article's text.</summary>
internal sealed class ScoreBook
{
    private readonly Dictionary<string, QuizResult> last = new(StringComparer.Ordinal);

    public QuizResult? Last(string articleText) => last.GetValueOrDefault(articleText);

    public void Record(string articleText, QuizResult result) => last[articleText] = result;
}
