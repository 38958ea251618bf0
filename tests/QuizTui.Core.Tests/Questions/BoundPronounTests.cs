using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// A possessive that refers to the clause's own subject stays in the question, which keeps that subject (or asks
/// for it): "BSkyB announced its intention ..." → "When did BSkyB announce its intention ...?". A pronoun
/// nothing in the prompt can bind still drops the question.
/// </summary>
public sealed class BoundPronounTests
{
    [Fact]
    public void Possessive_after_an_organisation_subject_stays_with_it()
    {
        var questions = new TestExtraction("On 8 February 2007, BSkyB announced its intention to replace its digital channels.")
            .Organization("BSkyB").Time("8 February 2007", "2007-02-08").Ask();

        Assert.Contains((QuestionType.When, "When did BSkyB announce its intention to replace its digital channels?", "on 8 February 2007"), questions);
    }

    [Fact]
    public void A_he_is_not_the_person_named_in_the_main_clauses_object_when_its_subject_may_be_a_person()
    {
        var questions = new TestExtraction(
                "Andrea Levy's novel follows two couples.",
                "One is a Jamaican who joined British troops to fight Hitler but finds life difficult out of uniform when he settles in the UK.")
            .Person("Andrea Levy").Person("Hitler").Place("UK", "United Kingdom").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Hitler settle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_is_not_the_last_person_named_when_a_pronoun_of_the_other_sex_came_between()
    {
        var beaten = new TestExtraction(
                "There was a setback for Jade Johnson as she suffered a recurrence of her back injury in the long jump.",
                "Russia took the lead in the high jump as he beat Olympic champion Stefan Holm into second place.")
            .Person("Jade Johnson").Person("Stefan Holm").Place("Russia").Candidates();
        var quoted = QuestionGenerator.Default.Generate(new TestExtraction(
                "There was a setback for Jade Johnson as she suffered a recurrence of her back injury.",
                "“I was proud of the whole team,” he said.")
            .Person("Jade Johnson").Quote("I was proud of the whole team,", "he").Build(),
            new QuestionOptions(Count: 20, Format: QuestionFormat.ShortAnswer));

        Assert.DoesNotContain(beaten, q => q.Answer == "Stefan Holm" && q.Prompt.Contains("Jade Johnson", StringComparison.Ordinal));
        Assert.DoesNotContain(quoted.Questions, q => q.Type == QuestionType.WhoSaid);
    }

    [Fact]
    public void A_pronoun_is_not_a_person_whose_given_name_or_title_is_the_other_sex_s()
    {
        var questions = new TestExtraction(
                "Mira Nair directed the film with Michael Jones.",
                "Her career peaked with Monsoon Wedding in 2001.",
                "Mrs Howard will accompany Mr Fox on his visits.",
                "She made her debut speech in Bournemouth last October.")
            .Person("Mira Nair").Person("Michael Jones").Person("Howard", "Michael Howard").Person("Fox", "Liam Fox").Other("Monsoon Wedding").Place("Bournemouth")
            .Time("2001", "2001").Time("last October", "2004-10").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Michael Jones's career", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt.Contains("Mira Nair's career", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Liam Fox", StringComparison.Ordinal) && q.Prompt.Contains("debut", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_of_the_other_sex_than_the_subject_person_is_not_bound_by_it()
    {
        var questions = new TestExtraction(
                "An investigation into doping claims against Marion Jones has been opened.",
                "Jones could lose her medals after Victor Conte said he gave her performance-enhancing drugs.")
            .Person("Marion Jones").Person("Jones", "Marion Jones").Person("Victor Conte").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Victor Conte" && q.Prompt.Contains(" her ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reflexive_is_its_clauses_subject_and_a_possessive_after_welcome_is_someone_elses()
    {
        var questions = new TestExtraction(
                "Ms Atlas said PBS could put itself financially at risk.",
                "Shadow home secretary David Davis welcomed his \"gracious apology\" and the review itself.")
            .Person("Atlas", "Jacoba Atlas").Organization("PBS").Person("David Davis").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who said PBS could put itself financially at risk?" && q.Answer == "Jacoba Atlas");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("welcomed his", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_a_pronoun_of_its_sex_in_its_own_sentence_is_not_who_a_later_pronoun_is()
    {
        var questions = new TestExtraction(
                "Viktor Makarov joined the KGB in 1970s Russia.",
                "One of his fellow pupils at intelligence school was Vladimir Putin.",
                "At KGB headquarters in Moscow, he was posted to the secret 16th directorate.",
                "By the 1980s he had risen to the rank of senior lieutenant.")
            .Person("Viktor Makarov").Person("Vladimir Putin").Organization("KGB").Place("Moscow").Place("Russia").Time("the 1980s", "198").Candidates();

        Assert.Contains(questions, q => q.Prompt == "When had Viktor Makarov risen to the rank of senior lieutenant?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Was Vladimir Putin posted", StringComparison.OrdinalIgnoreCase) || q.Prompt.Contains("had Vladimir Putin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_after_a_subject_describing_one_person_is_that_persons()
    {
        var questions = new TestExtraction(
                "Gianni Versace built a fashion empire.",
                "In 1997 the 51-year-old designer was shot outside his Florida home by Andrew Cunanan.",
                "Haile Gebrselassie will race in London.",
                "The Ethiopian legend won in Spain on his return from an operation.")
            .Person("Gianni Versace").Person("Andrew Cunanan").Place("Florida").Time("1997", "1997").Person("Haile Gebrselassie").Place("London").Place("Spain").Candidates();

        Assert.Contains(questions, q => q.Prompt.Contains("the 51-year-old designer shot outside his Florida home", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Where did the Ethiopian legend win on his return from an operation?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Gianni Versace's Florida home", StringComparison.Ordinal));
    }

    [Fact]
    public void Possessive_of_someone_named_earlier_in_the_same_subject_stays()
    {
        var questions = new TestExtraction("Thanou, 30, and her compatriot Kostas Kenteris were provisionally suspended by the IAAF in December.")
            .Person("Thanou", "Katerina Thanou").Person("Kostas Kenteris").Organization("IAAF").Candidates();

        Assert.Contains(questions, q => q.Answer == "IAAF" && q.Prompt.Contains("Thanou and her compatriot", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Thanou's compatriot", StringComparison.Ordinal));
    }

    [Fact]
    public void Possessive_after_a_person_subject_is_bound_by_who()
    {
        var questions = new TestExtraction("In 1596, King Sigismund III Vasa moved his court from Kraków to Warsaw.")
            .Person("Sigismund III Vasa").Place("Kraków").Place("Warsaw").Time("1596", "1596").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Prompt.StartsWith("Who moved his court from Kraków to Warsaw", StringComparison.Ordinal));
    }

    [Fact]
    public void Possessive_of_a_passive_subject_stays_when_the_agent_is_asked_for()
    {
        var questions = new TestExtraction("Both teams were coached by John Fox in their last final.").Person("John Fox").Ask();

        Assert.Contains((QuestionType.Who, "Who coached both teams in their last final?", "John Fox"), questions);
    }

    [Fact]
    public void Possessive_that_disagrees_in_number_with_the_subject_is_not_the_subjects()
    {
        var questions = new TestExtraction("In 2004 the company cut their pay.")
            .Time("2004", "2004").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("their", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Who moved his court to Warsaw?", false)]
    [InlineData("Who achieved recognition for her research?", false)]
    [InlineData("When did BSkyB announce its intention?", false)]
    [InlineData("When did the company announce its results?", false)]
    [InlineData("When was its lab torn down?", true)]
    [InlineData("Who told her the news?", true)]
    [InlineData("Who dragged him down?", true)]
    [InlineData("How many people did its factory employ?", true)]
    [InlineData("Where did he go?", true)]
    [InlineData("When did BMW register record sales there?", true)]
    [InlineData("When was there a record turnout?", false)]
    [InlineData("Who asked the providers to hand over communications relevant to that?", true)]
    [InlineData("Where are whose shares listed?", true)]
    [InlineData("Whose shares are listed in New York?", false)]
    [InlineData("How many workers lost their jobs?", false)]
    [InlineData("How many workers lost his jobs?", true)]
    [InlineData("Who said he gave her performance-enhancing drugs?", true)]
    [InlineData("Who said PBS could put itself financially at risk?", false)]
    [InlineData("Who says more would be coming had the Academy Awards not been brought forward?", true)]
    [InlineData("Who said more jobs would be coming?", false)]
    [InlineData("Who said he would defend his title?", false)]
    public void A_pronoun_is_resolved_only_by_something_before_it_in_the_prompt(string prompt, bool unresolved) =>
        Assert.Equal(unresolved, Pronouns.HasUnresolved(prompt));

    [Theory]
    [InlineData("Who is confident she?", true)]
    [InlineData("Who is known for photographs of subjects such?", true)]
    [InlineData("Who suggested Parliament could decide in 2011 or 2012 whether?", true)]
    [InlineData("Who did Kerry meet with?", false)]
    [InlineData("Who visited the United States?", false)]
    [InlineData("Who said the problems showed the principles of the scheme known?", true)]
    [InlineData("Who said the flaws were known?", false)]
    public void A_prompt_that_stops_where_a_phrase_must_go_on_is_cut_short(string prompt, bool cut) =>
        Assert.Equal(cut, PromptChecks.CutShort(prompt));

    [Fact]
    public void A_possessive_after_a_he_subject_stays_once_the_subject_is_named()
    {
        var questions = new TestExtraction(
            "Yoshiaki Tsutsumi was once Japan's richest man.",
            "Inheriting a property business from his father in the 1960s, he became one of Japan's most powerful industrialists.")
            .Person("Yoshiaki Tsutsumi").Time("the 1960s", "196").Ask();

        Assert.Contains((QuestionType.When, "When did Yoshiaki Tsutsumi inherit a property business from his father?", "in the 1960s"), questions);
    }

    [Fact]
    public void A_possessive_after_a_subject_a_person_owns_is_the_persons()
    {
        var questions = new TestExtraction("Campbell's relay triumph made up for his disappointing displays in Athens.")
            .Person("Campbell", "Darren Campbell").Place("Athens").Ask();

        Assert.Contains((QuestionType.Where, "Where did Campbell's relay triumph make up for his disappointing displays?", "Athens"), questions);
    }

    [Fact]
    public void A_possessive_in_an_infinitive_with_a_named_subject_is_that_names()
    {
        var questions = new TestExtraction(
                "In 1888, the editor of Electrical World magazine, Thomas Commerford Martin (a friend and publicist), arranged for Tesla to demonstrate his alternating current system.")
            .Person("Thomas Commerford Martin").Organization("Electrical World").Other("Tesla").Time("1888", "1888").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt.EndsWith("arrange for Tesla to demonstrate his alternating current system?", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Martin's alternating", StringComparison.Ordinal));
        Assert.Contains((QuestionType.Who, "Who arranged for Tesla to demonstrate his alternating current system?", "Thomas Commerford Martin"), questions);
    }

    [Fact]
    public void A_speaker_pronoun_is_the_person_just_before_only_when_the_story_is_about_them()
    {
        var about = QuestionGenerator.Default.Generate(new TestExtraction(
                "Paula Radcliffe has called for all athletes found guilty on drugs charges to be treated as criminals.",
                "Radcliffe's comments come at a time when several American sports stars are under suspicion of steroid use.",
                "“Being caught in possession of drugs should carry a penalty,” she added.")
            .Person("Paula Radcliffe").Person("Radcliffe", "Paula Radcliffe").Quote("Being caught in possession of drugs should carry a penalty,", "she").Build(),
            new QuestionOptions(Count: 20, Format: QuestionFormat.ShortAnswer));
        var beside = QuestionGenerator.Default.Generate(new TestExtraction(
                "Mark Lewis-Francis has stepped up his preparations for the new season.",
                "Lewis-Francis pipped Maurice Greene on the last leg of the relay in Athens.",
                "“The gold medal in Athens has made me realise that I can get to the top,” he said.")
            .Person("Mark Lewis-Francis").Person("Lewis-Francis", "Mark Lewis-Francis").Person("Maurice Greene")
            .Quote("The gold medal in Athens has made me realise that I can get to the top,", "he").Build(),
            new QuestionOptions(Count: 20, Format: QuestionFormat.ShortAnswer));

        Assert.Contains(about.Questions, q => q.Type == QuestionType.WhoSaid && q.Answer == "Paula Radcliffe");
        Assert.DoesNotContain(beside.Questions, q => q.Type == QuestionType.WhoSaid && q.Answer == "Maurice Greene");
    }
}
