using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Questions;

public sealed class SeedQuestionsTests
{
    public static TheoryData<string> Seeds() => [.. Locations.SeedArticles().Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_questions_with_answer_key_read_as_approved(string seed)
    {
        var article = ArticleParser.Parse(File.ReadAllText(Locations.Seed(seed)));

        var set = ArticleQuestions.Generate(article, new QuestionOptions(Count: 20));

        Snapshot.Verify(QuestionFormatter.Format(set, answerKey: true), Path.GetFileNameWithoutExtension(seed));
    }
}
