using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>The transformations found by verb (coordination, relative clauses) and inside phrases (role, possessor, preposition).</summary>
public sealed class PhraseTransformationTests
{
    [Fact]
    public void A_clause_after_a_comma_and_conjunction_is_asked_about()
    {
        var questions = new TestExtraction("The Panthers finished the season strongly, and Cam Newton was named the league's best player.")
            .Organization("Panthers").Person("Cam Newton").Ask();

        Assert.Contains((QuestionType.Who, "Who was named the league's best player?", "Cam Newton"), questions);
    }

    [Fact]
    public void A_relative_who_takes_its_antecedent_as_subject()
    {
        var questions = new TestExtraction("The crowd loved the set by Adele Adkins, who headlined the festival in Leeds.")
            .Person("Adele Adkins").Place("Leeds").Ask();

        Assert.Contains((QuestionType.Who, "Who headlined the festival in Leeds?", "Adele Adkins"), questions);
    }

    [Fact]
    public void A_role_that_names_whose_it_is_asks_who_held_it()
    {
        var questions = new TestExtraction("NFL Commissioner Roger Goodell stated that the final would be spectacular.")
            .Person("Roger Goodell", role: "NFL Commissioner").Ask();

        Assert.Contains((QuestionType.Who, "Who was the NFL Commissioner?", "Roger Goodell"), questions);
    }

    [Fact]
    public void A_possessor_that_takes_the_keeps_it_and_one_that_does_not_goes_without()
    {
        var questions = new TestExtraction(
                "\"This extension will provide additional time,\" said Donald Nicolaisen, the SEC's chief accountant.",
                "Microsoft's chief executive Steve Ballmer said growth would be strong.")
            .Person("Donald Nicolaisen", role: "SEC's chief accountant").Organization("SEC")
            .Person("Steve Ballmer", role: "Microsoft's chief executive").Organization("Microsoft").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who was the SEC's chief accountant?");
        Assert.Contains(questions, q => q.Prompt == "Who was Microsoft's chief executive?");
    }

    [Fact]
    public void A_role_after_a_possessive_pronoun_names_whose_it_is()
    {
        var questions = new TestExtraction("Mel Gibson and his Icon Productions partner Bruce Davey said they would not be campaigning for success at the Oscars.")
            .Person("Mel Gibson").Person("Bruce Davey", role: "Icon Productions partner").Organization("Icon Productions").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who was Mel Gibson's Icon Productions partner?");
        Assert.DoesNotContain(questions, q => q.Prompt == "Who was the Icon Productions partner?");
    }

    [Fact]
    public void A_role_asks_who_held_it_only_where_it_stands_beside_the_name()
    {
        var beside = new TestExtraction("Foreign Minister Prince Saud Al-Faisal said women would be employed in the ministry.")
            .Person("Saud Al-Faisal", role: "Foreign Minister").Ask();
        var apart = new TestExtraction("Ms Robinson, a friend of the Tory leader, also revealed that as a student Mr Howard was much loved.")
            .Person("Robinson").Person("Howard", "Michael Howard", role: "Tory leader").Candidates();

        Assert.Contains((QuestionType.Who, "Who was the Foreign Minister?", "Saud Al-Faisal"), beside);
        Assert.DoesNotContain(apart, q => q.Prompt.Contains("Tory leader", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_without_an_owner_asks_nothing()
    {
        var questions = new TestExtraction("Quarterback Cam Newton threw three passes to the end zone in Denver.")
            .Person("Cam Newton", role: "quarterback").Place("Denver").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("quarterback", StringComparison.OrdinalIgnoreCase) && q.Prompt.StartsWith("Who was", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("American sprinter Kelli White failed a drugs test in Paris, like another sprinter before her.", "Kelli White", "American sprinter", false)]
    [InlineData("British actor Clive Owen won the award in London ahead of every other actor.", "Clive Owen", "British actor", false)]
    [InlineData("Russian rival Svetlana Feofanova finished second in Paris.", "Svetlana Feofanova", "Russian rival", false)]
    [InlineData("Spanish inventor Jeronimo Ayanz obtained the first patent for a steam engine in Paris.", "Jeronimo Ayanz", "Spanish inventor", true)]
    [InlineData("French President Jacques Chirac met the other presidents in Paris.", "Jacques Chirac", "French President", true)]
    public void A_calling_after_a_nationality_is_asked_only_when_it_fits_one_person(string sentence, string person, string role, bool asked)
    {
        var questions = new TestExtraction(sentence).Person(person, role: role).Place("Paris").Place("London").Candidates();

        Assert.Equal(asked, questions.Any(q => q.Prompt == $"Who was the {role}?"));
    }

    [Theory]
    [InlineData("In 1952, following pressure from Tesla's nephew, Sava Kosanović, the estate was shipped to Belgrade.", "Who was Tesla's nephew?", true)]
    [InlineData("In 1952, following pressure from Tesla's nephew, Sava Kosanović and others, the estate was shipped to Belgrade.", "Who was Tesla's nephew?", false)]
    public void A_relation_set_off_before_a_full_name_asks_who_held_it(string sentence, string prompt, bool asked)
    {
        var questions = new TestExtraction(sentence).Person("Tesla").Person("Sava Kosanović").Place("Belgrade").Candidates();

        Assert.Equal(asked, questions.Any(q => q.Prompt == prompt && q.Answer == "Sava Kosanović"));
    }

    [Fact]
    public void A_possessive_subject_asks_whose()
    {
        var questions = new TestExtraction("Greg Anderson's clients include several baseball stars.").Person("Greg Anderson").Ask();

        Assert.Contains((QuestionType.Who, "Whose clients include several baseball stars?", "Greg Anderson"), questions);
    }

    [Fact]
    public void A_possessed_name_is_not_asked_as_whose()
    {
        var questions = new TestExtraction("New People Party's Regina Ip was re-elected with 60,760 votes.")
            .Organization("New People Party").Person("Regina Ip").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Whose", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_after_a_closing_preposition_is_asked_with_the_preposition_stranded()
    {
        var questions = new TestExtraction("Cam Newton completed a long pass to Ted Ginn.").Person("Cam Newton").Person("Ted Ginn").Ask();

        Assert.Contains((QuestionType.Who, "Who did Cam Newton complete a long pass to?", "Ted Ginn"), questions);
    }

    [Fact]
    public void A_trailing_adjunct_with_a_pronoun_that_names_nobody_is_cut()
    {
        var questions = new TestExtraction("The team was coached by John Fox in their last final.").Person("John Fox").Ask();

        Assert.Contains((QuestionType.Who, "Who coached the team?", "John Fox"), questions);
    }

    [Fact]
    public void An_infinitive_that_says_what_a_plan_is_is_not_cut_as_a_purpose()
    {
        // "has plans" alone says nothing; with its pronoun unresolved the whole question goes.
        var questions = new TestExtraction("EduVision already has plans to extend it to more remote regions.").Organization("EduVision").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("has plans?", StringComparison.Ordinal));
    }

    [Fact]
    public void What_an_unnamed_speaker_says_of_he_is_not_given_to_the_last_name()
    {
        var questions = new TestExtraction(
                "Coach John McLaughlin entered Dermot Donnelly for the race.",
                "But the athlete told BBC Sport on Friday that he would not be running.")
            .Person("John McLaughlin", role: "Coach").Person("Dermot Donnelly").Organization("BBC Sport").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("McLaughlin would not", StringComparison.Ordinal) || q.Prompt.Contains("Donnelly would not", StringComparison.Ordinal));
    }
}
