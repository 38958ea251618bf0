using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

public sealed class TransformationTests
{
    [Fact]
    public void Subject_question_replaces_the_subject_with_who()
    {
        var questions = new TestExtraction("US Secretary of State John Kerry met President Vladimir Putin in Moscow on Tuesday.")
            .Person("John Kerry").Person("Vladimir Putin").Place("Moscow").Time("Tuesday", "2013-05-07").Ask();

        Assert.Contains((QuestionType.Who, "Who met President Vladimir Putin in Moscow on Tuesday?", "John Kerry"), questions);
    }

    [Fact]
    public void Object_question_uses_do_support_with_the_base_form()
    {
        var questions = new TestExtraction("John Kerry met Vladimir Putin for more than two hours.")
            .Person("John Kerry").Person("Vladimir Putin").Ask();

        Assert.Contains((QuestionType.Who, "Who did John Kerry meet for more than two hours?", "Vladimir Putin"), questions);
    }

    [Fact]
    public void A_place_dated_by_its_decade_is_answered_by_the_place()
    {
        var questions = new TestExtraction("Mr Makarov joined the KGB in 1970s Russia, as an idealistic 20 year-old.")
            .Person("Mr Makarov", "Viktor Makarov").Organization("KGB").Place("Russia").Ask();

        Assert.Contains((QuestionType.Where, "Where did Mr Makarov join the KGB?", "Russia"), questions);
    }

    [Fact]
    public void A_subject_count_joined_to_another_further_on_asks_nothing()
    {
        var questions = new TestExtraction("Two executives from American International Group and one from Marsh & McLennan pleaded guilty.")
            .Organization("American International Group").Organization("Marsh & McLennan").Quantity("Two executives", 2, "executives").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.HowMany);
    }

    [Fact]
    public void A_subject_count_joined_to_another_by_and_another_asks_nothing()
    {
        var questions = new TestExtraction("Nine men from West Yorkshire and another man from Leicester have been arrested and freed on bail.")
            .Place("West Yorkshire").Place("Leicester").Quantity("Nine men", 9, "men").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.HowMany);
    }

    [Fact]
    public void Place_adjunct_becomes_where_with_do_support()
    {
        var questions = new TestExtraction("Syrian rebels seized four peacekeepers in the Golan Heights.", "They also seized a tank.")
            .Place("Golan Heights").Quantity("four peacekeepers", 4, "peacekeepers").Ask();

        Assert.Contains((QuestionType.Where, "Where did Syrian rebels seize four peacekeepers?", "the Golan Heights"), questions);
    }

    [Fact]
    public void A_place_right_after_an_events_noun_locates_the_clauses_action()
    {
        var questions = new TestExtraction("Tesla demonstrated a radio-controlled boat to the public during an electrical exhibition at Madison Square Garden.")
            .Person("Tesla").Place("Madison Square Garden").Ask();

        Assert.Contains((QuestionType.Where, "Where did Tesla demonstrate a radio-controlled boat to the public during an electrical exhibition?", "Madison Square Garden"), questions);
    }

    [Fact]
    public void A_leading_adverbial_keeps_a_name_set_off_after_its_last_noun()
    {
        var questions = new TestExtraction("In 1952, following pressure from Tesla's nephew, Sava Kosanović, Tesla's entire estate was shipped to Belgrade.")
            .Person("Tesla").Person("Sava Kosanović").Place("Belgrade").Time("1952", "1952").Ask();

        Assert.Contains((QuestionType.Where, "Where was Tesla's entire estate shipped?", "Belgrade"), questions);
        Assert.Contains((QuestionType.When, "When was Tesla's entire estate shipped to Belgrade?", "in 1952"), questions);
    }

    [Fact]
    public void Time_adjunct_becomes_when_with_the_resolved_date()
    {
        var questions = new TestExtraction("Syrian rebels seized 21 Filipino peacekeepers in March.")
            .Time("March", "2013-03").Quantity("21 Filipino peacekeepers", 21, "peacekeepers").Ask();

        Assert.Contains((QuestionType.When, "When did Syrian rebels seize 21 Filipino peacekeepers?", "in March (2013)"), questions);
    }

    [Fact]
    public void Passive_with_an_agent_becomes_an_active_who_question()
    {
        var questions = new TestExtraction("The peace plan was drafted by Kofi Annan in Geneva.")
            .Person("Kofi Annan").Place("Geneva").Ask();

        Assert.Contains((QuestionType.Who, "Who drafted the peace plan in Geneva?", "Kofi Annan"), questions);
        Assert.Contains((QuestionType.Where, "Where was the peace plan drafted by Kofi Annan?", "Geneva"), questions);
    }

    [Fact]
    public void An_agent_inside_a_that_clause_is_not_the_agent_of_the_clause_around_it()
    {
        var questions = new TestExtraction("Shani Rhys James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly Government.")
            .Person("Shani Rhys James").Organization("Arts Council of Wales").Organization("Welsh Assembly Government").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who worries", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Answer == "Shani Rhys James");
    }

    [Fact]
    public void An_emphatic_do_is_asked_plainly()
    {
        var questions = new TestExtraction("Despite the dire warnings, Mr Greenspan did offer some good news for the short term.")
            .Person("Greenspan", "Alan Greenspan").Ask();

        Assert.Contains((QuestionType.Who, "Who offered some good news for the short term?", "Alan Greenspan"), questions);
    }

    [Fact]
    public void A_do_standing_for_a_verb_said_before_is_not_asked_about()
    {
        var questions = new TestExtraction("People were wondering what would happen if Paula was forced to drop out of this race, as she did in the marathon in Athens.")
            .Person("Paula").Place("Athens").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains(" do ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_singular_verb_after_who_takes_the_last_of_two_joined_names()
    {
        var questions = new TestExtraction("Other nominees include Ziyi Zhang for House of Flying Daggers and UK star Kate Winslet, who has two nods for her roles in Finding Neverland.")
            .Person("Ziyi Zhang").Person("Kate Winslet").Quantity("two nods", 2, "nods").Ask();

        Assert.Contains(questions, q => q.Type == QuestionType.HowMany && q.Prompt.Contains("does UK star Kate Winslet have", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Daggers and", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_an_indirect_question_opens_is_not_asked_about()
    {
        var questions = new TestExtraction("Macrovision did not specify how many machines could have a problem with RipGuard.")
            .Organization("Macrovision").Organization("RipGuard").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("could many machines", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_something_owns_that_modifies_a_noun_is_a_product_not_a_doer()
    {
        var questions = new TestExtraction(
                "Macrovision says its new RipGuard technology will thwart most of the current DVD ripping programs.",
                "Macrovision said RipGuard would also prevent against copying in stores.")
            .Organization("Macrovision").Organization("RipGuard").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "RipGuard");
        Assert.Contains(questions, q => q.Answer == "Macrovision");
    }

    [Fact]
    public void A_name_right_after_a_noun_for_a_made_thing_is_no_doer_but_one_after_a_verb_may_be()
    {
        var questions = new TestExtraction(
                "The originality award was won by PlayStation 2 title Singstar in London.",
                "Hanks will play Robert Langdon, who is trying to solve a murder in Paris.")
            .Organization("Singstar").Place("London").Person("Hanks", "Tom Hanks").Person("Robert Langdon").Place("Paris").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Singstar");
        Assert.Contains(questions, q => q.Answer == "Robert Langdon");
    }

    [Fact]
    public void A_given_name_alone_that_a_fuller_name_begins_with_is_no_answer()
    {
        var questions = new TestExtraction(
                "UK Athletics chief executive David Moorcroft welcomed the appointment of Dave Collins.",
                "I believe David will make a great leader for the team in Madrid.")
            .Person("David Moorcroft").Person("Dave Collins").Person("David").Place("Madrid").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "David");
        Assert.Contains(questions, q => q.Answer == "David Moorcroft");
    }

    [Fact]
    public void An_agent_after_a_second_participle_is_that_participle_s_not_the_first()
    {
        var questions = new TestExtraction("The prize was presented at an awards ceremony held in London on Thursday and hosted by Jonathan Ross.")
            .Person("Jonathan Ross").Place("London").Time("Thursday", "2005-02-03").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who presented", StringComparison.Ordinal));
    }

    [Fact]
    public void Copula_inverts_be()
    {
        var questions = new TestExtraction("Hezbollah is based in Lebanon.", "Ban Ki-moon is the UN Secretary General.")
            .Place("Lebanon").Organization("Hezbollah").Person("Ban Ki-moon").Ask();

        Assert.Contains((QuestionType.Where, "Where is Hezbollah based?", "Lebanon"), questions);
        Assert.Contains((QuestionType.Who, "Who is the UN Secretary General?", "Ban Ki-moon"), questions);
    }

    [Fact]
    public void Modal_moves_before_the_subject()
    {
        var questions = new TestExtraction("The foreign ministers will meet in Geneva in June.")
            .Place("Geneva").Time("June", "2013-06").Ask();

        Assert.Contains((QuestionType.Where, "Where will the foreign ministers meet in June?", "Geneva"), questions);
        Assert.Contains((QuestionType.When, "When will the foreign ministers meet in Geneva?", "in June (2013)"), questions);
    }

    [Fact]
    public void Negated_clause_keeps_its_negation_in_subject_questions_only()
    {
        var questions = new TestExtraction("Moshe Yaalon did not attend the meeting in Jerusalem.")
            .Person("Moshe Yaalon").Place("Jerusalem").Ask();

        Assert.Contains((QuestionType.Who, "Who did not attend the meeting in Jerusalem?", "Moshe Yaalon"), questions);
        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
    }

    [Fact]
    public void Quotation_asks_who_said_it_with_the_name_resolved()
    {
        var questions = new TestExtraction("“The alternative is that there is even more violence in the region,” Kerry warned.")
            .Person("Kerry", "John Kerry").Quote("The alternative is that there is even more violence in the region,", "Kerry").Ask();

        Assert.Contains((QuestionType.WhoSaid, "Who said “The alternative is that there is even more violence in the region”?", "John Kerry"), questions);
    }

    [Fact]
    public void Reported_speech_asks_who_said_and_the_reported_clause_stands_alone()
    {
        var questions = new TestExtraction("Lavrov said both Russia and the United States were ready to talks in Geneva.")
            .Person("Lavrov", "Sergei Lavrov").Place("Russia").Place("United States").Place("Geneva").Ask();

        Assert.Contains(questions, q => q.Type == QuestionType.WhoSaid && q.Prompt.StartsWith("Who said both Russia", StringComparison.Ordinal) && q.Answer == "Sergei Lavrov");
    }

    [Fact]
    public void Apposition_is_trimmed_from_the_subject_and_asked_about()
    {
        var questions = new TestExtraction("In one of the first reactions, Lakhdar Brahimi, the UN-Arab League envoy for Syria, described the deal as a first step.")
            .Person("Lakhdar Brahimi").Place("Syria").Organization("UN-Arab League").Ask();

        Assert.Contains((QuestionType.Who, "Who described the deal as a first step?", "Lakhdar Brahimi"), questions);
    }

    [Fact]
    public void Apposition_gives_a_who_is_candidate()
    {
        var extraction = new TestExtraction("Lakhdar Brahimi, the UN-Arab League envoy for Syria, described the deal as a first step.")
            .Person("Lakhdar Brahimi").Place("Syria").Build();

        var candidates = QuestionGenerator.Default.Candidates(new ArticleContext(extraction));

        Assert.Contains(candidates, c => c.Prompt == "Who is the UN-Arab League envoy for Syria?" && c.Key.Value == "Lakhdar Brahimi");
    }

    [Fact]
    public void Pronoun_subject_is_replaced_by_the_person_it_refers_to()
    {
        var questions = new TestExtraction("John Kerry arrived on Monday.", "He met Vladimir Putin in Moscow.")
            .Person("John Kerry").Person("Vladimir Putin").Place("Moscow").Time("Monday", "2013-05-06").Ask();

        Assert.Contains((QuestionType.Where, "Where did John Kerry meet Vladimir Putin?", "Moscow"), questions);
    }

    [Fact]
    public void Count_in_the_object_becomes_how_many()
    {
        var questions = new TestExtraction("The Syrian conflict has claimed over 70,000 lives.")
            .Quantity("over 70,000 lives", 70000, "lives", "MORE_THAN").Place("Syria").Ask();

        Assert.Contains((QuestionType.HowMany, "How many lives has the Syrian conflict claimed?", "over 70,000"), questions);
    }

    [Fact]
    public void A_count_of_two_joined_nouns_after_the_verb_is_not_asked_with_one_of_them()
    {
        var joined = new TestExtraction("The report counts 11 householders or occupiers of business premises in the district.")
            .Quantity("11 householders", 11, "householders").Candidates();
        var twoVerbs = new TestExtraction("Police have also closed 150 crack houses and issued more than 400 dispersal orders.")
            .Quantity("150 crack houses", 150, "crack houses").Candidates();

        Assert.DoesNotContain(joined, q => q.Type == QuestionType.HowMany);
        Assert.Contains((QuestionType.HowMany, "How many crack houses have police closed?", "150"), twoVerbs);
    }

    [Fact]
    public void A_word_the_article_always_capitalises_keeps_its_capital_when_moved()
    {
        var questions = new TestExtraction("Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on using force against burglars.", "A Tory attempt to change the law failed.")
            .Person("Michael Howard").Person("Tony Blair").Candidates();

        Assert.Contains(questions, q => q.Prompt.StartsWith("Who has Tory leader Michael Howard accused", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_whose_name_runs_on_past_the_phrase_is_not_a_where_answer()
    {
        var questions = new TestExtraction("David Miliband spent time at the left-leaning Institute for Public Policy Research.")
            .Person("David Miliband").Organization("Institute for Public Policy Research").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
    }

    [Fact]
    public void A_place_after_a_second_joined_verb_is_not_asked_with_the_first()
    {
        var questions = new TestExtraction("The Rusesabagina family fled Rwanda and now live in Belgium.")
            .Place("Rwanda").Place("Belgium").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where && q.Answer == "Belgium");
    }

    [Fact]
    public void A_past_form_between_a_possessive_and_a_noun_is_no_verb()
    {
        const string text = "Ceplak acted as pacemaker for Holmes' failed attempt on the record in Birmingham in 2003.";
        var tagged = Core.Grammar.TaggedSentence.Analyze(text, new Core.Text.TextSpan(0, text.Length), Core.Grammar.PosTagger.Default, Core.Grammar.Chunker.Default);

        Assert.Equal("JJ", tagged.Tags[Enumerable.Range(0, tagged.Count).First(k => tagged.Word(k) == "failed")]);
    }

    [Fact]
    public void A_place_after_the_object_of_a_verb_relating_events_or_inside_a_name_asks_no_where()
    {
        var followed = new TestExtraction("The jump followed a fire at Western Refining Company's refinery in Texas.")
            .Organization("Western Refining Company").Place("Texas").Candidates();
        var entitled = new TestExtraction("The film is entitled U-Carmen eKhayelitsha or Carmen in Khayelitsha after the township.")
            .Other("U-Carmen eKhayelitsha").Place("Khayelitsha").Candidates();
        var seized = new TestExtraction("Syrian rebels seized four peacekeepers in the Golan Heights.")
            .Place("Golan Heights").Candidates();

        Assert.DoesNotContain(followed, q => q.Type == QuestionType.Where);
        Assert.DoesNotContain(entitled, q => q.Type == QuestionType.Where);
        Assert.Contains(seized, q => q.Type == QuestionType.Where && q.Answer == "the Golan Heights");
    }

    [Fact]
    public void A_subject_that_is_only_a_share_asks_nothing_but_a_sum_does()
    {
        var shares = new TestExtraction("Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy and 10.3% in Switzerland.")
            .Place("Argentina").Place("Italy").Place("Switzerland").Candidates();
        var sum = new TestExtraction("Some £3.7bn will be spent in England on implementing the programme.").Place("England").Candidates();

        Assert.DoesNotContain(shares, q => q.Prompt.Contains("38.4%", StringComparison.Ordinal));
        Assert.Contains(sum, q => q.Type == QuestionType.Where && q.Answer == "England");
    }

    [Fact]
    public void A_list_of_names_stays_whole_in_the_question_and_its_first_name_is_no_answer()
    {
        var won = new TestExtraction("Derartu Tulu has won the Boston, London and Tokyo Marathons, as well as the world 10,000m title in 2001.")
            .Person("Derartu Tulu").Place("Boston").Place("London").Place("Tokyo").Candidates();
        var situated = new TestExtraction("These countries are mainly situated in Sub-Saharan Africa, Latin America and the Caribbean.")
            .Place("Sub-Saharan Africa").Place("Latin America").Place("Caribbean").Candidates();
        var dated = new TestExtraction("The film's worldwide release will start in South Korea on 24 December, and France on 12 January.")
            .Place("South Korea").Place("France").Time("24 December", "2004-12-24").Candidates();
        var apposed = new TestExtraction("Kamal Nath, Commerce and Industry Minister, announced the decision in Delhi on Thursday.")
            .Person("Kamal Nath").Place("Delhi").Candidates();

        Assert.Contains((QuestionType.Who, "Who has won the Boston, London and Tokyo Marathons?", "Derartu Tulu"), won);
        Assert.DoesNotContain(situated, q => q.Type == QuestionType.Where);
        Assert.Contains(dated, q => q.Type == QuestionType.Where && q.Answer == "South Korea" && !q.Prompt.Contains("France", StringComparison.Ordinal));
        Assert.Contains(apposed, q => q.Type == QuestionType.Who && q.Answer == "Kamal Nath");
    }

    [Fact]
    public void A_count_that_a_measure_is_asks_no_how_many()
    {
        var measured = new TestExtraction("The average size of an English constituency was 70,000 people, Mr Howard said.")
            .Person("Howard").Quantity("70,000 people", 70000, "people").Candidates();
        var counted = new TestExtraction("The crash was 120 miles from the coast, and the victims were 12 children.")
            .Quantity("12 children", 12, "children").Candidates();

        Assert.DoesNotContain(measured, q => q.Type == QuestionType.HowMany);
        Assert.Contains(counted, q => q.Type == QuestionType.HowMany && q.Answer == "12");
    }

    [Fact]
    public void A_word_that_rounds_a_count_opens_the_subject()
    {
        var about = new TestExtraction("About 200 people attended the rally in London in May.").Place("London").Time("May", "XXXX-05").Candidates();
        var some = new TestExtraction("Some 500 staff lost their jobs in Leeds in May.").Place("Leeds").Time("May", "XXXX-05").Candidates();

        Assert.Contains((QuestionType.Where, "Where did about 200 people attend the rally in May?", "London"), about);
        Assert.Contains((QuestionType.Where, "Where did some 500 staff lose their jobs in May?", "Leeds"), some);
    }

    [Fact]
    public void A_place_right_after_an_agent_body_is_where_the_body_is()
    {
        var questions = new TestExtraction("The project was conducted jointly by the Environmental Research Institute in Thurso.")
            .Organization("Environmental Research Institute").Place("Thurso").Candidates();
        var premiere = new TestExtraction("Carrey entertained crowds at the UK premiere of Lemony Snicket in London.")
            .Person("Carrey").Organization("Lemony Snicket").Place("UK").Place("London").Candidates();

        var worked = new TestExtraction("In 1882, Tesla began working for the Continental Edison Company in France.")
            .Person("Tesla").Organization("Continental Edison Company").Place("France").Candidates();
        var buildUp = new TestExtraction("McIlroy will now start his build-up for the European Indoors at Madrid.")
            .Person("McIlroy").Organization("European Indoors").Place("Madrid").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
        Assert.DoesNotContain(buildUp, q => q.Type == QuestionType.Where);
        Assert.Contains(premiere, q => q.Type == QuestionType.Where && q.Answer == "London");
        Assert.Contains(worked, q => q.Type == QuestionType.Where && q.Answer == "France");
    }

    [Fact]
    public void A_noun_phrase_of_time_counted_on_leads_the_sentence()
    {
        var questions = new TestExtraction(
                "A few plays later, on 3rd-and-10 from the 15-yard line, linebacker Von Miller knocked the ball out of Newton's hands.")
            .Person("Von Miller", role: "linebacker").Person("Newton").Candidates();

        Assert.Contains((QuestionType.Who, "Who knocked the ball out of Newton's hands?", "Von Miller"), questions);
    }
}
