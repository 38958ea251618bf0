using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// Participial phrases read as passive clauses, and the clause boundaries that used to cut facts short:
/// several leading adverbials, a date's comma, a score's dash, a modal passive, "the state of X".
/// </summary>
public sealed class ParticipleTransformationTests
{
    [Fact]
    public void A_leading_participle_is_asked_about_its_subject()
    {
        var questions = new TestExtraction("Founded by Henry Ford in 1903, the company grew into a giant of the car industry.")
            .Person("Henry Ford").Time("1903", "1903").Ask();

        Assert.Contains((QuestionType.When, "When was the company founded by Henry Ford?", "in 1903"), questions);
        Assert.Contains((QuestionType.Who, "Who founded the company in 1903?", "Henry Ford"), questions);
    }

    [Fact]
    public void A_past_form_after_the_opening_noun_with_a_later_verb_of_its_own_is_a_participle()
    {
        var questions = new TestExtraction(
                "Investigations carried out in the wake of Ms Hughes' resignation found more than 7,000 people had entered the UK under the scheme.",
                "European Union finance ministers are meeting on Thursday in Brussels.")
            .Person("Hughes", "Beverley Hughes").Place("UK").Place("Brussels").Quantity("more than 7,000 people", 7000, "people", "more than").Candidates();

        Assert.Contains(questions, q => q.Prompt.StartsWith("How many people did investigations carried out in the wake of Ms Hughes' resignation find", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("did investigations carry out", StringComparison.Ordinal));
    }

    [Fact]
    public void What_an_agent_did_to_a_noun_is_told_in_the_past_but_a_lasting_state_is_not()
    {
        var questions = new TestExtraction(
                "Kostas Kenteris will fight the provisional bans imposed on him by the IAAF at a tribunal this weekend.",
                "Java runs on the operating system owned by Sun Microsystems.")
            .Person("Kostas Kenteris").Organization("IAAF").Organization("Sun Microsystems").Candidates();

        Assert.Contains(questions, q => q.Prompt.StartsWith("Who imposed the provisional bans", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Who owns the operating system?");
        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who imposes", StringComparison.Ordinal) || q.Prompt.StartsWith("Who owned", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_before_takes_the_main_clauses_subject_and_tense()
    {
        var questions = new TestExtraction("Tesla gained experience in telephony before emigrating to the United States in 1884.")
            .Person("Tesla").Place("the United States").Time("1884", "1884").Ask();

        Assert.Contains((QuestionType.When, "When did Tesla emigrate to the United States?", "in 1884"), questions);
        Assert.Contains((QuestionType.Where, "Where did Tesla emigrate in 1884?", "the United States"), questions);
    }

    [Fact]
    public void A_participle_after_the_comma_closing_the_main_clause_is_the_subjects()
    {
        var questions = new TestExtraction("Tesla finished a four-year term in three years, graduating in 1873.")
            .Person("Tesla").Time("1873", "1873").Ask();

        Assert.Contains((QuestionType.When, "When did Tesla graduate?", "in 1873"), questions);
    }

    [Fact]
    public void A_leading_participle_after_a_time_word_is_asked_with_do_support()
    {
        var questions = new TestExtraction("After graduating from the University of Prague in 1880, Tesla moved to Budapest.")
            .Person("Tesla").Place("Budapest").Organization("University of Prague").Time("1880", "1880").Ask();

        Assert.Contains((QuestionType.When, "When did Tesla graduate from the University of Prague?", "in 1880"), questions);
        Assert.Contains((QuestionType.Where, "Where did Tesla move?", "Budapest"), questions);
    }

    [Fact]
    public void Being_and_a_participle_make_a_passive_and_as_before_them_names_a_role()
    {
        var questions = new TestExtraction("Smith served as mayor of Leeds before being elected to Parliament in 2001.")
            .Person("Smith").Place("Leeds").Organization("Parliament").Time("2001", "2001").Ask();

        Assert.Contains((QuestionType.When, "When was Smith elected to Parliament?", "in 2001"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("being", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_with_a_pronoun_object_tells_what_the_event_did_and_is_not_asked()
    {
        var questions = new TestExtraction("Brando took the role of Don Corleone, winning him an Oscar in 1973.")
            .Person("Brando").Person("Don Corleone").Time("1973", "1973").Ask();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_participle_in_a_present_tense_sentence_without_a_date_is_not_asked()
    {
        var questions = new TestExtraction("The club plays in Leeds, drawing crowds from across Yorkshire.")
            .Organization("The club").Place("Leeds").Place("Yorkshire").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("draw", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_between_commas_is_a_passive_clause_in_the_past_when_dated()
    {
        var questions = new TestExtraction("The bridge, opened in May 1932, was the longest in the world.")
            .Time("May 1932", "1932-05").Ask();

        Assert.Contains((QuestionType.When, "When was the bridge opened?", "in May 1932"), questions);
    }

    [Fact]
    public void A_participle_after_a_noun_without_commas_is_asked_too()
    {
        var questions = new TestExtraction("Officials praised the treaty signed by Helmut Kohl in Maastricht.")
            .Person("Helmut Kohl").Place("Maastricht").Ask();

        Assert.Contains((QuestionType.Where, "Where was the treaty signed by Helmut Kohl?", "Maastricht"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Where did officials", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_after_a_noun_in_a_participle_phrase_is_not_asked_as_where()
    {
        var questions = new TestExtraction("Diplomats revived the plan agreed by world powers last June for a peaceful solution in Syria.")
            .Place("Syria").Time("last June", "2012-06").Ask();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
    }

    [Fact]
    public void A_quantified_noun_is_not_asked_about_alone()
    {
        var questions = new TestExtraction("The film was shot in South Africa, with some scenes made in Kigali.")
            .Place("South Africa").Place("Kigali").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("some scenes", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_leading_adverbials_both_stand_before_the_subject()
    {
        var questions = new TestExtraction("In 1064, during the War of Barbastro, William of Montreuil led the papal army.")
            .Person("William of Montreuil").Time("1064", "1064").Ask();

        Assert.Contains((QuestionType.Who, "Who led the papal army?", "William of Montreuil"), questions);
        Assert.Contains((QuestionType.When, "When did William of Montreuil lead the papal army?", "in 1064"), questions);
    }

    [Fact]
    public void A_leading_phrase_without_a_comma_ends_at_the_name_after_the_year()
    {
        var questions = new TestExtraction("In late 1886 Nikola Tesla met Alfred Brown, a telegraph superintendent.")
            .Person("Nikola Tesla").Person("Alfred Brown").Time("late 1886", "1886").Ask();

        Assert.Contains((QuestionType.Who, "Who did Nikola Tesla meet?", "Alfred Brown"), questions);
    }

    [Fact]
    public void A_comma_inside_a_date_does_not_end_the_clause()
    {
        var questions = new TestExtraction("The media day was held on February 1, 2016 at the SAP Center in San Jose.")
            .Place("SAP Center").Place("San Jose").Time("February 1, 2016", "2016-02-01").Ask();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When was the media day held at the SAP Center in San Jose?");
    }

    [Fact]
    public void A_modal_passive_asks_who_with_the_modal()
    {
        var questions = new TestExtraction("The new trophy will be designed by Tiffany & Co.").Organization("Tiffany & Co").Ask();

        Assert.Contains((QuestionType.Who, "Who will design the new trophy?", "Tiffany & Co"), questions);
    }

    [Fact]
    public void A_possessed_agent_is_not_asked_as_the_owner()
    {
        var questions = new TestExtraction("Liberated by Napoleon's army in 1806, Warsaw became a capital again.")
            .Person("Napoleon").Place("Warsaw").Time("1806", "1806").Ask();

        Assert.DoesNotContain(questions, q => q.Answer == "Napoleon");
    }

    [Fact]
    public void The_state_of_a_place_is_answered_whole()
    {
        var questions = new TestExtraction("The scheme is based on trials in the US state of Maine.").Place("Maine").Ask();

        Assert.Contains((QuestionType.Where, "Where is the scheme based on trials?", "the US state of Maine"), questions);
    }

    [Fact]
    public void An_aside_in_brackets_does_not_end_the_clause()
    {
        var questions = new TestExtraction("Ada Lovelace was born to Lord Byron (the poet) and his wife in London.")
            .Person("Ada Lovelace").Person("Lord Byron").Place("London").Ask();

        Assert.Contains((QuestionType.Who, "Who was born to Lord Byron and his wife in London?", "Ada Lovelace"), questions);
    }

    [Fact]
    public void A_purpose_clause_with_a_pronoun_is_cut_from_the_question()
    {
        var questions = new TestExtraction("The Denver Broncos defeated the Carolina Panthers 24–10 to earn their third title.")
            .Organization("Denver Broncos").Organization("Carolina Panthers").Ask();

        Assert.Contains((QuestionType.Who, "Who defeated the Carolina Panthers 24–10?", "Denver Broncos"), questions);
    }

    [Fact]
    public void Such_as_does_not_open_a_clause()
    {
        var questions = new TestExtraction("Several cases such as Debra LaFave's have caused increased scrutiny of teachers.")
            .Person("Debra LaFave").Ask();

        Assert.DoesNotContain(questions, q => q.Answer == "Debra LaFave" && q.Prompt.StartsWith("Who has caused", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_names_stays_in_the_subject_and_a_particle_stays_with_its_verb()
    {
        var questions = new TestExtraction("The survey of shoppers in the UK, France, Germany and the Netherlands was carried out by Capgemini.")
            .Place("UK").Place("France").Place("Germany").Place("Netherlands").Organization("Capgemini").Ask();

        Assert.Contains((QuestionType.Who, "Who carried out the survey of shoppers in the UK, France, Germany and the Netherlands?", "Capgemini"), questions);
    }
}
