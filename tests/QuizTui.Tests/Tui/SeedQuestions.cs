using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;
using QuizTui.Core.Text;
using QuizTui.Tui;

namespace QuizTui.Tests.Tui;

/// <summary>
/// Four questions on the seed article written by hand, one of each format, with evidence found in the
/// parsed text: they drive the quiz screens independently of the question generator's choices.
/// </summary>
internal static class SeedQuestions
{
    public static ArticlePipeline Pipeline() =>
        new(generate: (article, setup) => For(article).Where(q => setup.Types.Contains(q.Type)).Take(setup.Count).ToList());

    public static IReadOnlyList<Question> For(Article article) =>
    [
        Make(article, "who", QuestionType.Who, QuestionFormat.MultipleChoice,
            "Who met Vladimir Putin for more than two hours before talks with Sergei Lavrov?",
            "US Secretary of State John Kerry met first", "John Kerry", ["Sergei Lavrov", "John Kerry", "Kofi Annan", "Lakhdar Brahimi"], "Kerry"),
        Make(article, "where", QuestionType.Where, QuestionFormat.ShortAnswer,
            "Where did Syrian rebels say they had seized four Filipino peacekeepers?",
            "Syrian rebels meanwhile said", "the Golan Heights", [], "Golan Heights"),
        Make(article, "when", QuestionType.When, QuestionFormat.TrueFalse,
            "The Geneva accord was agreed by world powers last June.",
            "Lavrov and Kerry said they hoped", "True", ["True", "False"], answerText: "last June"),
        Make(article, "howmany", QuestionType.HowMany, QuestionFormat.MultipleChoice,
            "How many lives had the Syrian conflict already claimed?",
            "“The alternative is that", "over 70,000", ["over 7,000", "over 70,000", "over 700", "over 170,000"], answerText: "over 70,000"),
    ];

    private static Question Make(Article article, string id, QuestionType type, QuestionFormat format, string prompt, string sentenceStart, string answer, string[] choices, string? accept = null, string? answerText = null)
    {
        var sentence = article.Sentences.First(s => s.Text.Contains(sentenceStart, StringComparison.Ordinal));
        var at = sentence.Text.IndexOf(answerText ?? answer.Replace("the ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var answerSpan = new TextSpan(sentence.Span.Start + at, sentence.Span.Start + at + (answerText ?? answer.Replace("the ", string.Empty, StringComparison.Ordinal)).Length);
        return new Question(id, type, format, prompt, answer, accept is null ? [] : [accept], choices, new Evidence(sentence.Text, sentence.Span, answerSpan), 0.5);
    }
}
