using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

public sealed class DeterminismTests
{
    private static readonly TestExtraction Article = new TestExtraction(
            "John Kerry met Vladimir Putin in Moscow in March.",
            "Syrian rebels seized 21 peacekeepers in the Golan Heights in May.")
        .Person("John Kerry").Person("Vladimir Putin").Place("Moscow").Place("Golan Heights")
        .Time("March", "2013-03").Time("May", "2013-05").Quantity("21 peacekeepers", 21, "peacekeepers");

    private static string Render(int seed, QuestionFormat? format = QuestionFormat.MultipleChoice) =>
        QuestionFormatter.Format(QuestionGenerator.Default.Generate(Article.Build(), new QuestionOptions(Count: 10, Format: format, Seed: seed)), answerKey: true);

    [Fact]
    public void Same_article_options_and_seed_give_the_same_questions() =>
        Assert.Equal(Render(7, null), Render(7, null));

    [Fact]
    public void Another_seed_reorders_choices_but_keeps_the_questions_and_ids()
    {
        var extraction = Article.Build();
        var a = QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Seed: 1)).Questions;
        var b = QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Seed: 2)).Questions;

        Assert.Equal(a.Select(q => (q.Id, q.Prompt, q.Answer)), b.Select(q => (q.Id, q.Prompt, q.Answer)));
        Assert.Contains(a.Zip(b), p => !p.First.Choices.SequenceEqual(p.Second.Choices));
    }

    [Fact]
    public void Ids_do_not_depend_on_the_format()
    {
        var extraction = Article.Build();
        var mc = QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Format: QuestionFormat.MultipleChoice)).Questions;
        var tf = QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Format: QuestionFormat.TrueFalse)).Questions;

        Assert.Equal(mc.Select(q => q.Id), tf.Select(q => q.Id));
    }

    [Fact]
    public void A_false_statement_swaps_in_a_distractor()
    {
        var questions = Enumerable.Range(0, 6).SelectMany(seed => QuestionGenerator.Default.Generate(Article.Build(), new QuestionOptions(Format: QuestionFormat.TrueFalse, Seed: seed)).Questions);

        Assert.Contains(questions, q => q.Answer == "False");
        Assert.Contains(questions, q => q.Answer == "True" && q.Prompt.Contains("Moscow", StringComparison.Ordinal));
    }
}
