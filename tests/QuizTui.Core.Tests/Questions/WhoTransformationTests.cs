using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// Who questions whose answer stands behind a title ("Pro Bowl linebacker Von Miller"), in a reduced passive
/// ("the castle built in 1080 by Robert Curthose"), after a leading phrase without a comma, or as the object of
/// a clause whose subject is "they" for a team named in the sentence before.
/// </summary>
public sealed class WhoTransformationTests
{
    [Fact]
    public void A_list_with_a_gerund_item_goes_on_to_its_last_item()
    {
        var questions = new TestExtraction("David Blunkett had been in charge of a substantial body of government portfolios including race, policing and immigration.")
            .Person("David Blunkett").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who had been in charge of a substantial body of government portfolios including race, policing and immigration?");
    }

    [Fact]
    public void What_someone_is_hoping_will_happen_is_no_fact()
    {
        var questions = new TestExtraction("The organisers are hoping that Isinbayeva's main rival, fellow Russian Svetlana Feofanova, will also take part in the event.")
            .Person("Isinbayeva", "Yelena Isinbayeva").Person("Svetlana Feofanova").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("will take part", StringComparison.Ordinal));
    }

    [Fact]
    public void Having_nothing_is_no_fact_and_the_one_succeeded_held_the_role_before()
    {
        var questions = new TestExtraction(
                "However, DEC has no connection with the fake site and says it has contacted the police.",
                "Butler finished four seconds ahead of Hayley Yelling, who last month succeeded Paula Radcliffe as European champion.")
            .Organization("DEC").Person("Butler", "Kathy Butler").Person("Hayley Yelling").Person("Paula Radcliffe").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("no connection", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Answer == "Paula Radcliffe" && q.Prompt.Contains("European champion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_that_owns_what_was_said_stays_in_it()
    {
        var questions = new TestExtraction("Steve Gallagher, US chief economist at SG, said January's figures were \"decent numbers\".")
            .Person("Steve Gallagher").Organization("SG").Time("January", "2005-01").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who said January's figures were \"decent numbers\"?");
    }

    [Fact]
    public void The_first_place_of_a_leading_list_is_no_whole_answer()
    {
        var questions = new TestExtraction(
                "At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched a series of consultations.",
                "At Gatwick, the company has written to homes likely to be affected.")
            .Place("Heathrow").Place("Gatwick").Place("Edinburgh").Place("Glasgow").Organization("BAA").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where && q.Answer == "Heathrow");
        Assert.Contains(questions, q => q.Type == QuestionType.Where && q.Answer == "Gatwick");
    }

    [Fact]
    public void A_clause_cut_before_what_its_only_leads_to_is_not_asked()
    {
        var questions = new TestExtraction(
                "The EU said a tax would only be passed after full consultation with airlines.",
                "European Union finance ministers are meeting on Thursday in Brussels.")
            .Organization("EU", "European Union").Organization("European Union").Place("Brussels").Time("on Thursday", "2005-01-20").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt == "Who said a tax would only be passed?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("finances", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Where are European Union finance ministers meeting on Thursday?");
    }

    [Fact]
    public void A_subject_someone_else_matches_with_as_does_has_no_one_answer()
    {
        var questions = new TestExtraction("Hayley Yelling also competes in Edinburgh on 15 January, as does in-form Scot Kathy Butler.")
            .Person("Hayley Yelling").Person("Kathy Butler").Place("Edinburgh").Time("15 January", "2005-01-15").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who competes", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt.StartsWith("Where does Hayley Yelling compete", StringComparison.Ordinal));
    }

    [Fact]
    public void The_full_stop_a_closing_quotation_held_goes_before_the_question_mark()
    {
        var questions = new TestExtraction("Segas said the IAAF appeal was \"expected\" and \"understandable.\"")
            .Organization("Segas").Organization("IAAF").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who said the IAAF appeal was \"expected\" and \"understandable\"?");
    }

    [Fact]
    public void A_clause_after_and_may_open_with_a_possessor_and_what_it_owns()
    {
        var questions = new TestExtraction("Leigh was presented with his statuette by Timothy Spall and Staunton's award was announced by Patrick Stewart.")
            .Person("Leigh", "Mike Leigh").Person("Timothy Spall").Person("Staunton", "Imelda Staunton").Person("Patrick Stewart").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who was presented with his statuette by Timothy Spall?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Spall and", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_set_includes_is_no_object_to_ask_who_of()
    {
        var questions = new TestExtraction("Other winners included Paddy Considine, who was crowned best actor.")
            .Person("Paddy Considine").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("include", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_behind_a_title_answers_for_the_subject()
    {
        var questions = new TestExtraction("Pro Bowl linebacker Von Miller led the team with 11 sacks.")
            .Person("Von Miller").Ask();

        Assert.Contains((QuestionType.Who, "Who led the team with 11 sacks?", "Von Miller"), questions);
    }

    [Fact]
    public void A_subject_who_tells_its_object_to_do_something_is_asked_about_as_the_doer()
    {
        var questions = new TestExtraction("Microsoft has warned PC users to update their systems with the latest security fixes.")
            .Organization("Microsoft").Ask();

        Assert.Contains((QuestionType.Who, "Who has warned PC users to update their systems with the latest security fixes?", "Microsoft"), questions);
    }

    [Fact]
    public void A_plural_subjects_present_verb_agrees_with_who_even_when_tagged_as_a_base_form()
    {
        var questions = new TestExtraction("The Lib Dems accuse Mr Blair of making a \"touchy-feely\" speech to Labour delegates which will not help him regain public trust.")
            .Organization("Lib Dems").Person("Mr Blair", "Tony Blair").Organization("Labour").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who accuses Mr Blair of making a \"touchy-feely\" speech to Labour delegates?");
        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who accuse ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_name_the_article_gives_a_courtesy_title_is_asked_about_in_a_passive_whatever_its_given_name()
    {
        var questions = new TestExtraction(
                "Arash Sigarchi was arrested last month after using his blog to criticise the arrest of other online journalists.",
                "Mr Sigarchi edits a newspaper in northern Iran.")
            .Person("Arash Sigarchi").Person("Mr Sigarchi", "Arash Sigarchi").Place("Iran").Ask();

        Assert.Contains((QuestionType.Who, "Who was arrested last month?", "Arash Sigarchi"), questions);
    }

    [Fact]
    public void What_was_said_is_not_cut_to_its_condition()
    {
        var questions = new TestExtraction(
                "Mr Blair said that whether the public chose Michael Howard or Mr Kennedy, it would result in a Tory government.")
            .Person("Mr Blair", "Tony Blair").Person("Michael Howard").Person("Mr Kennedy", "Charles Kennedy").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who said that whether", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_a_passive_agent_is_from_goes_with_the_agent()
    {
        var questions = new TestExtraction("The 60m hurdles was won by European medal favourite Christine Arron of France on Sunday.")
            .Person("Christine Arron").Place("France").Ask();

        Assert.Contains((QuestionType.Who, "Who won the 60m hurdles on Sunday?", "Christine Arron"), questions);
    }

    [Fact]
    public void A_name_the_article_calls_a_story_is_no_answer_to_who_but_a_spokesman_for_a_play_is()
    {
        var questions = new TestExtraction(
                "Young book fans have voted Fergus Crane, a story about a boy who is taken on an adventure by a flying horse, the winner of two prizes.",
                "Philip Rinaldi, a spokesman for the play, said the opening date remains unchanged.")
            .Person("Fergus Crane").Person("Philip Rinaldi").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Fergus Crane");
        Assert.Contains(questions, q => q.Answer == "Philip Rinaldi");
    }

    [Fact]
    public void What_a_nested_verb_tells_its_object_to_do_is_not_trimmed_as_a_purpose()
    {
        var questions = new TestExtraction(
                "The Tories wanted a sunset clause inserted in the Anti-Terrorism Bill that would have forced ministers to revisit it in November.")
            .Organization("Tories").Other("Anti-Terrorism Bill").Time("November", "2005-11").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("forced ministers?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_age_between_commas_is_not_who_a_relative_clause_is_about()
    {
        var questions = new TestExtraction(
                "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the women's 100m silver medal in Sydney, face a maximum two-year ban if found guilty.")
            .Person("Kenteris").Person("Thanou").Place("Sydney").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("did 30 ", StringComparison.Ordinal) || q.Prompt.Contains("Games and Thanou", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Who won the men's 200m title at the 2000 Sydney Games?");
    }

    [Fact]
    public void A_part_in_a_cast_is_asked_as_who_played_it()
    {
        var questions = new TestExtraction(
                "The book was adapted into a hit film in 1970, starring Burt Lancaster as the harassed airport manager and Dean Martin as a womanising pilot.")
            .Person("Burt Lancaster").Person("Dean Martin").Time("1970", "1970").Ask();

        Assert.Contains((QuestionType.Who, "Who played the harassed airport manager?", "Burt Lancaster"), questions);
    }

    [Fact]
    public void A_copulas_complement_keeps_the_relative_clause_that_says_which_ones()
    {
        var questions = new TestExtraction(
                "Dame Muriel Spark is among three British authors who have made the shortlist for the inaugural international Booker Prize.")
            .Person("Muriel Spark").Other("Booker Prize").Ask();

        Assert.Contains((QuestionType.Who, "Who is among three British authors who have made the shortlist for the inaugural international Booker Prize?", "Muriel Spark"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt == "Who is among three British authors?");
    }

    [Fact]
    public void An_object_keeps_a_short_relative_clause_that_says_which_ones()
    {
        var questions = new TestExtraction(
                "Charles Evans Jr battled over his role with the people who eventually made the film, and won a producer's credit.",
                "Ampas decided to limit the number of producers who could be nominated after Shakespeare in Love's victory in 1999 saw five producers collect awards.")
            .Person("Charles Evans Jr").Organization("Ampas").Ask();

        Assert.Contains((QuestionType.Who, "Who battled over his role with the people who eventually made the film?", "Charles Evans Jr"), questions);
        Assert.Contains((QuestionType.Who, "Who decided to limit the number of producers?", "Ampas"), questions);
    }

    [Fact]
    public void A_time_keeps_the_when_clause_that_says_which_time()
    {
        var questions = new TestExtraction("Radcliffe's comments come at a time when several American sports stars are under suspicion of steroid use.")
            .Person("Radcliffe", "Paula Radcliffe").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Whose comments come at a time when several American sports stars are under suspicion of steroid use?");
        Assert.DoesNotContain(questions, q => q.Prompt == "Whose comments come at a time?");
    }

    [Fact]
    public void An_object_whose_relative_clause_is_followed_by_a_verb_is_that_verb_s_subject()
    {
        var questions = new TestExtraction(
                "The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs the succession, was discriminatory.",
                "Lord Dubs agreed to withdraw his bill after its second reading.")
            .Person("Lord Falconer").Other("Act of Settlement").Person("Lord Dubs").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who agreed the 1701 Act", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Who agreed to withdraw his bill?");
    }

    [Fact]
    public void Do_support_takes_the_base_form_of_a_prefixed_irregular_verb()
    {
        var questions = new TestExtraction("The Conservative Party repaid the loan to its treasurer in March.")
            .Organization("Conservative Party").Time("March", "2005-03").Candidates();

        Assert.Contains(questions, q => q.Prompt == "When did the Conservative Party repay the loan to its treasurer?");
    }

    [Fact]
    public void Two_titles_joined_by_and_stand_before_one_name()
    {
        var questions = new TestExtraction("Six-time Grammy winner and Academy Award nominee Lady Gaga performed the national anthem.")
            .Person("Lady Gaga").Ask();

        Assert.Contains((QuestionType.Who, "Who performed the national anthem?", "Lady Gaga"), questions);
    }

    [Fact]
    public void Two_names_joined_by_and_are_not_answered_by_the_second_alone()
    {
        var questions = new TestExtraction("Andrew Beh said UPS and Deutsche Post were the most likely bidders.")
            .Person("Andrew Beh").Organization("UPS").Organization("Deutsche Post").Ask();

        Assert.DoesNotContain(questions, q => q.Answer == "Deutsche Post");
    }

    [Fact]
    public void A_past_form_with_a_by_agent_after_a_noun_is_a_participle_not_the_nouns_verb()
    {
        var questions = new TestExtraction("The city was named after the castle built in 1080 by Robert Curthose.")
            .Person("Robert Curthose").Time("1080", "1080").Ask();

        Assert.Contains((QuestionType.Who, "Who built the castle in 1080?", "Robert Curthose"), questions);
        Assert.Contains((QuestionType.When, "When was the castle built by Robert Curthose?", "in 1080"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("did the castle build", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leading_phrase_without_a_comma_takes_one_noun_phrase_and_leaves_the_subject_whole()
    {
        var questions = new TestExtraction("Since 1990 the President of Warsaw had been elected by the City Council.")
            .Place("Warsaw").Organization("City Council").Ask();

        Assert.Contains(questions, q => q.Answer == "City Council" && q.Prompt.StartsWith("Who had elected the President of Warsaw", StringComparison.Ordinal));
    }

    [Fact]
    public void They_after_a_team_named_in_the_sentence_before_is_the_team()
    {
        var questions = new TestExtraction(
                "The Panthers finished the regular season at the top of the NFC South.",
                "They defeated the Arizona Cardinals 49–15 in the NFC Championship Game.")
            .Organization("NFC South").Organization("Arizona Cardinals").Organization("NFC Championship Game").Ask();

        Assert.Contains((QuestionType.Who, "Who did the Panthers defeat 49–15 in the NFC Championship Game?", "Arizona Cardinals"), questions);
    }

    [Fact]
    public void They_after_a_common_noun_stays_unresolved()
    {
        var questions = new TestExtraction(
                "The rebels finished the regular season at the top of the NFC South.",
                "They defeated the Arizona Cardinals 49–15 in the NFC Championship Game.")
            .Organization("NFC South").Organization("Arizona Cardinals").Organization("NFC Championship Game").Ask();

        Assert.DoesNotContain(questions, q => q.Answer == "Arizona Cardinals");
    }

    [Fact]
    public void A_role_before_a_name_in_apposition_asks_who_held_it()
    {
        var questions = new TestExtraction("In 1888, the editor of Electrical World magazine, Thomas Commerford Martin, arranged a demonstration in New York.")
            .Person("Thomas Commerford Martin").Organization("Electrical World").Place("New York").Time("1888", "1888").Candidates();

        Assert.Contains((QuestionType.Who, "Who was the editor of Electrical World magazine?", "Thomas Commerford Martin"), questions);
    }

    [Fact]
    public void An_office_after_a_name_outside_the_subject_asks_who_holds_it_but_a_trade_does_not()
    {
        var questions = new TestExtraction(
                "There was also recognition for James Clarke, chairman of the London Marathon.",
                "Sales fell, said David Naude, economist at Deutsche Bank.")
            .Person("James Clarke").Organization("London Marathon").Person("David Naude").Organization("Deutsche Bank").Candidates();

        Assert.Contains((QuestionType.Who, "Who is the chairman of the London Marathon?", "James Clarke"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("economist at Deutsche Bank", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_headed_by_a_role_asks_for_the_person_in_apposition()
    {
        var questions = new TestExtraction("In 1888, the editor of Electrical World magazine, Thomas Commerford Martin, arranged a demonstration in New York.")
            .Person("Thomas Commerford Martin").Organization("Electrical World").Place("New York").Time("1888", "1888").Candidates();

        Assert.Contains((QuestionType.Who, "Who arranged a demonstration in New York?", "Thomas Commerford Martin"), questions);
    }

    [Theory]
    [InlineData("Anne Thompson of the Hollywood Reporter said that the film was heart-wrenching.", "Hollywood Reporter")]
    [InlineData("The chief executive of Microsoft told staff in Seattle that the deal was off.", "Microsoft")]
    [InlineData("The wife of John Smith died in Paris on Tuesday.", "John Smith")]
    public void The_object_of_an_of_phrase_is_not_the_subjects_answer(string sentence, string name)
    {
        var extraction = name == "John Smith" ? new TestExtraction(sentence).Person(name) : new TestExtraction(sentence).Organization(name);

        Assert.DoesNotContain(extraction.Candidates(), q => q.Type is QuestionType.Who or QuestionType.WhoSaid && q.Answer == name);
    }

    [Fact]
    public void A_person_named_with_where_they_are_from_heads_the_subject()
    {
        var questions = new TestExtraction("Anne Thompson of the Hollywood Reporter said that the film was heart-wrenching.")
            .Person("Anne Thompson").Organization("Hollywood Reporter").Candidates();

        Assert.Contains((QuestionType.WhoSaid, "Who said that the film was heart-wrenching?", "Anne Thompson"), questions);
    }

    [Theory]
    [InlineData("But the home secretary said Michael Howard was wrong to say the law was biased in favour of burglars.", "Michael Howard")]
    [InlineData("The court ruled that Telia's stake in the network was too high.", "Telia")]
    public void A_verdict_someone_reports_is_not_asked_as_a_fact(string sentence, string name)
    {
        var extraction = name == "Telia" ? new TestExtraction(sentence).Organization(name) : new TestExtraction(sentence).Person(name);

        Assert.DoesNotContain(extraction.Candidates(), q => q.Answer == name);
    }

    [Fact]
    public void In_a_story_about_films_who_asks_for_no_organisation_that_may_be_a_work()
    {
        var questions = new TestExtraction(
                "Boogeyman took $19.5m in three days at the box office.",
                "Sony Pictures released the movie in the US.",
                "The director said the film and its songs would reach the charts, and the album followed.")
            .Organization("Boogeyman").Organization("Sony Pictures").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Boogeyman");
        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Answer == "Sony Pictures");
    }

    [Fact]
    public void In_a_story_about_films_who_asks_for_a_person_only_by_a_name_that_reads_like_one()
    {
        var questions = new TestExtraction(
                "The Woodsman won the Satyajit Ray Award at the film festival.",
                "Million Dollar Baby led the Oscar hopefuls at the box office.",
                "The film was directed by Nicole Kassell, and its stars, songs and album reached the charts.",
                "Pawel Pawlikowski made the movie.",
                "Pawlikowski won the best screenplay award.")
            .Person("Woodsman").Person("Million Dollar Baby").Person("Nicole Kassell").Person("Pawel Pawlikowski").Person("Pawlikowski").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer is "Woodsman" or "Million Dollar Baby");
        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Answer == "Nicole Kassell");
        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Answer == "Pawlikowski");
    }

    [Fact]
    public void A_clause_cut_before_what_was_said_asks_nothing()
    {
        var questions = new TestExtraction("One judge, Stewart O'Nan, carried around a note written on a napkin that said: \"We are friends of books.\"")
            .Person("Stewart O'Nan").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("said?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_before_a_name_takes_the_possessor_the_pronoun_refers_to()
    {
        var questions = new TestExtraction(
                "Nikola Tesla lived in New York.",
                "His loyal secretary, Dorothy Skerrit, worked with him in New York for 30 years.")
            .Person("Nikola Tesla").Place("New York").Person("Dorothy Skerrit").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who was Nikola Tesla's loyal secretary?" && q.Answer == "Dorothy Skerrit");
    }

    [Fact]
    public void A_noun_misread_as_a_verb_after_of_does_not_turn_the_main_verb_into_a_participle()
    {
        var questions = new TestExtraction("European cross-country champion Hayley Yelling completed a hat-trick of wins in the Reebok Cardiff Cross Challenge in Bute Park on Sunday afternoon.")
            .Person("Hayley Yelling").Organization("Reebok Cardiff Cross Challenge").Place("Bute Park").Time("Sunday afternoon", "2004-11-28TAF").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("of win ", StringComparison.Ordinal) || q.Prompt.Contains(" does ", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Answer == "Hayley Yelling" && q.Prompt.StartsWith("Who completed a hat-trick of wins", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_named_after_a_team_asks_who_held_it()
    {
        var questions = new TestExtraction("In the second half, Panthers quarterback Cam Newton threw for 265 yards.")
            .Person("Cam Newton", role: "Panthers quarterback").Organization("Panthers").Candidates();

        Assert.Contains((QuestionType.Who, "Who was the Panthers quarterback?", "Cam Newton"), questions);
    }

    [Fact]
    public void A_role_of_titles_alone_fits_too_many_people_to_ask()
    {
        var questions = new TestExtraction("Chief Executive Martin Sorrell said the company had a good year.")
            .Person("Martin Sorrell", role: "Chief Executive").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who was the Chief", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reporting_verb_with_a_thing_for_object_asks_for_its_subject()
    {
        var questions = new TestExtraction("In July 1960, Hugh Dryden announced the Apollo program to industry representatives.")
            .Person("Hugh Dryden").Time("July 1960", "1960-07").Ask();

        Assert.Contains((QuestionType.Who, "Who announced the Apollo program to industry representatives?", "Hugh Dryden"), questions);
    }

    [Fact]
    public void A_surname_particle_is_part_of_a_persons_name()
    {
        var questions = new TestExtraction("Martin Luther married Katharina von Bora in 1525.")
            .Person("Martin Luther").Person("Katharina von Bora").Time("1525", "1525").Ask();

        Assert.Contains((QuestionType.Who, "Who did Martin Luther marry in 1525?", "Katharina von Bora"), questions);
    }

    [Fact]
    public void They_in_a_clause_joined_after_the_main_one_is_the_main_clauses_plural_subject()
    {
        var questions = new TestExtraction("Several monks of Saint-Evroul fled to southern Italy, where they were patronised by Robert Guiscard.")
            .Person("Robert Guiscard").Place("Italy").Ask();

        Assert.Contains((QuestionType.Who, "Who patronised several monks of Saint-Evroul?", "Robert Guiscard"), questions);
    }

    [Fact]
    public void They_after_another_plural_is_not_taken_for_the_main_subject()
    {
        var questions = new TestExtraction("The United Nations said the peacekeepers were seized while they were patrolling in the Golan Heights.")
            .Organization("United Nations").Place("Golan Heights").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("United Nations patrolling", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_of_time_before_after_stays_with_its_clause()
    {
        var questions = new TestExtraction("Arash Sigarchi was sentenced one day after an online campaign highlighted the case.")
            .Person("Arash Sigarchi").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt == "Who was sentenced one day?");
    }

    [Fact]
    public void A_report_cut_before_its_verb_gives_no_where_question()
    {
        var questions = new TestExtraction("Conservatives in parliament say Turkcell's stake in Irancell, the new network, should be cut from 70% to 49%.")
            .Organization("Turkcell").Place("Irancell").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
    }

    [Fact]
    public void A_name_as_a_role_asks_who_held_it()
    {
        var questions = new TestExtraction("Westwood One will carry the game, with Kevin Harlan as play-by-play announcer.")
            .Organization("Westwood One").Person("Kevin Harlan").Candidates();

        Assert.Contains((QuestionType.Who, "Who will be the play-by-play announcer?", "Kevin Harlan"), questions);
    }

    [Fact]
    public void A_participle_phrase_of_the_passives_subject_does_not_dangle_in_the_active_question()
    {
        var questions = new TestExtraction("The amendment will be debated by the Lords on Tuesday without having been considered by MPs.")
            .Organization("Lords").Candidates();

        Assert.Contains((QuestionType.Who, "Who will debate the amendment on Tuesday?", "Lords"), questions);
    }

    [Fact]
    public void A_name_before_a_finite_verb_after_told_is_the_reported_subject_not_the_object()
    {
        var questions = new TestExtraction("Party sources told the BBC Michael Howard has always been in favour of ID cards.")
            .Organization("BBC").Person("Michael Howard").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who did party sources tell", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_cut_to_its_head_word_is_no_answer()
    {
        var questions = new TestExtraction("The Federation cleared the pair of charges relating to missed tests last week.", "The IAAF banned the two athletes for two years.")
            .Organization("Federation").Organization("IAAF").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Federation");
        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Answer == "IAAF");
    }

    [Fact]
    public void The_first_of_several_passive_agents_is_no_answer_but_an_apposed_role_does_not_stop_one()
    {
        var listed = new TestExtraction("Den was confronted by Zoe, Chrissie and Sam in the Queen Vic.")
            .Person("Den").Person("Zoe").Person("Chrissie").Person("Sam").Ask();
        var apposed = new TestExtraction("The announcement was made by Bill Gates, Microsoft chairman and chief software architect, in San Francisco.")
            .Person("Bill Gates").Organization("Microsoft").Place("San Francisco").Ask();

        Assert.DoesNotContain(listed, q => q.Prompt == "Who confronted Den?");
        Assert.Contains(apposed, q => q.Prompt.StartsWith("Who made the announcement", StringComparison.Ordinal) && q.Answer == "Bill Gates");
    }

    [Fact]
    public void The_last_of_two_subjects_joined_after_an_apposition_is_no_answer()
    {
        var relative = new TestExtraction("Kenteris, who won gold at the 2000 Olympics, and Thanou were suspended by the IAAF for missing three drugs tests.")
            .Person("Kenteris").Person("Thanou").Organization("IAAF").Candidates();
        var apposed = new TestExtraction("Sweden's Carolina Kluft, the Olympic heptathlon champion, and Slovenia's Jolanda Ceplak had winning performances, too.")
            .Place("Sweden").Place("Slovenia").Person("Carolina Kluft").Person("Jolanda Ceplak").Candidates();

        Assert.DoesNotContain(relative, q => q.Answer == "Thanou");
        Assert.DoesNotContain(apposed, q => q.Answer == "Jolanda Ceplak");
    }

    [Fact]
    public void The_first_of_several_names_each_with_a_bracket_is_no_answer()
    {
        var competition = new TestExtraction("The Australian star faces competition from Daniel Craig (Enduring Love), Phil Davis (Vera Drake) and Ian Hart (Blind Fight).")
            .Person("Daniel Craig").Person("Phil Davis").Person("Ian Hart").Candidates();
        var nominees = new TestExtraction("Fellow nominees include Imelda Staunton (Vera Drake), Natalie Press (My Summer of Love) and Anne Reid (The Mother).")
            .Person("Imelda Staunton").Person("Natalie Press").Person("Anne Reid").Candidates();

        Assert.DoesNotContain(competition, q => q.Answer == "Daniel Craig");
        Assert.DoesNotContain(nominees, q => q.Answer == "Imelda Staunton");
    }

    [Fact]
    public void The_first_of_two_agents_with_an_aside_between_dashes_is_no_answer()
    {
        var questions = new TestExtraction("Jason Gardener will be joined in the event by Mark Lewis-Francis - runner-up three years ago in Vienna - and new boy Darren Chin.")
            .Person("Jason Gardener").Person("Mark Lewis-Francis").Person("Darren Chin").Place("Vienna").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Mark Lewis-Francis");
    }

    [Fact]
    public void A_bill_is_no_doer()
    {
        var questions = new TestExtraction("The Bill will then go to a third reading and be debated in the Lords.")
            .Organization("Bill").Organization("Lords").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Bill");
    }

    [Fact]
    public void A_name_its_complement_calls_a_work_is_no_person_to_ask_for()
    {
        var track = new TestExtraction("Mustafa Yoda is currently one of the hottest tracks on the station.").Person("Mustafa Yoda").Candidates();
        var singer = new TestExtraction("Mustafa Yoda is currently one of the hottest singers on the station.").Person("Mustafa Yoda").Candidates();

        Assert.DoesNotContain(track, q => q.Answer == "Mustafa Yoda");
        Assert.Contains(singer, q => q.Answer == "Mustafa Yoda");
    }

    [Fact]
    public void One_of_those_a_thing_was_done_jointly_by_is_no_answer()
    {
        var questions = new TestExtraction("The project was conducted jointly by the Environmental Research Institute in Thurso, which is part of the Millennium Institute network, and the Southampton Oceanography Centre.")
            .Organization("Environmental Research Institute").Place("Thurso").Organization("Millennium Institute").Organization("Southampton Oceanography Centre").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Environmental Research Institute");
    }

    [Fact]
    public void A_subject_that_only_has_parts_is_no_doer()
    {
        var questions = new TestExtraction("The Duchy of Cornwall is a large estate, and also includes residential properties, shops and offices.")
            .Organization("Duchy of Cornwall").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who includes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_joined_verb_that_does_not_agree_with_the_first_subject_is_not_its()
    {
        var questions = new TestExtraction(
                "Theresa May told the Today programme that the government's plans were \"inadequate\" and were \"papering over the cracks\".")
            .Person("Theresa May").Organization("Today").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("papering", StringComparison.Ordinal) && q.Answer == "Theresa May");
    }

    [Fact]
    public void A_period_named_after_a_country_is_not_who_a_pronoun_means()
    {
        var questions = new TestExtraction(
                "Guy has published many histories, including one of Tudor England.",
                "He became an honorary professor of the University of St Andrews in 2003.")
            .Person("Guy", "John Guy").Person("Tudor England").Organization("University of St Andrews").Time("2003", "2003").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Tudor England", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "When did John Guy become an honorary professor of the University of St Andrews?");
    }

    [Fact]
    public void The_first_of_several_names_each_with_a_role_is_no_complete_answer()
    {
        var questions = new TestExtraction(
                "Gebrselassie will face Olympic champion Stefano Baldini, world champion Jaouad Gharib, and arch-rival Paul Tergat, the current world record holder.",
                "Bill Gates, Microsoft chairman and chief software architect, met Tony Blair.")
            .Person("Gebrselassie", "Haile Gebrselassie").Person("Stefano Baldini").Person("Jaouad Gharib").Person("Paul Tergat")
            .Person("Bill Gates").Organization("Microsoft").Person("Tony Blair").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Stefano Baldini");
        Assert.Contains(questions, q => q.Answer == "Bill Gates");
    }

    [Fact]
    public void A_denial_reported_after_it_is_a_claim_not_a_fact()
    {
        var questions = new TestExtraction(
                "Former Worldcom boss Bernie Ebbers, who is accused of overseeing an $11bn fraud, never made accounting decisions, a witness has told jurors.")
            .Person("Bernie Ebbers").Organization("Worldcom").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who never made", StringComparison.Ordinal));
    }

    [Fact]
    public void A_by_right_after_a_word_for_a_work_names_its_maker_not_the_doer()
    {
        var questions = new TestExtraction("Howl's Moving Castle is based on a children's fantasy novel by UK author Diana Wynne Jones.")
            .Other("Howl's Moving Castle").Person("Diana Wynne Jones").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who bases", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agent_after_a_reduced_relative_is_the_participles_and_its_patient_takes_the_of_phrase_noun()
    {
        var questions = new TestExtraction("Black Friday is based upon the novel of the same name written by journalist S Hussain Zaidi, which looks at the explosions.")
            .Other("Black Friday").Person("S Hussain Zaidi", "Hussain Zaidi").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who bases", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Who wrote the novel of the same name?" && q.Answer == "Hussain Zaidi");
    }

    [Fact]
    public void The_first_of_several_objects_is_no_answer()
    {
        var questions = new TestExtraction("The movie also stars British actors Bob Hoskins and Brenda Blethyn.")
            .Person("Bob Hoskins").Person("Brenda Blethyn").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Bob Hoskins");
    }

    [Fact]
    public void A_role_marked_only_by_a_place_asks_nothing_when_the_calling_is_repeated()
    {
        var questions = new TestExtraction(
                "Bosworth plays Darin's wife, real life Hollywood actress Sandra Dee.",
                "Actress Sandra Dee lives in Los Angeles.")
            .Person("Bosworth").Person("Darin").Person("Sandra Dee").Place("Los Angeles").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt == "Who is the Hollywood actress?");
    }

    [Fact]
    public void A_complement_cut_before_its_verb_after_a_particle_asks_nothing()
    {
        var questions = new TestExtraction(
                "Mr Kennedy pointed out that the Netherlands, Portugal and the Czech Republic, which all have troops in Iraq, have announced their withdrawal.")
            .Person("Kennedy").Place("Netherlands").Place("Portugal").Place("Czech Republic").Place("Iraq").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("that the Netherlands?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_read_across_a_verb_and_a_courtesy_title_is_no_accepted_form()
    {
        var extraction = new TestExtraction("He accused Mr Blair's government of being less than straightforward.", "Tony Blair declined to comment.")
            .Person("Tony Blair").Build();
        var mention = extraction.Mentions.First(m => m.Entity == "Tony Blair") with { Role = "accused Mr" };
        var key = AnswerForms.Entity(new ArticleContext(extraction), mention, AnswerKind.Person, "Tony Blair", mention.Span);

        Assert.DoesNotContain(key.Accept, a => a.StartsWith("accused", StringComparison.Ordinal));
        Assert.Contains("Blair", key.Accept);
    }

    [Fact]
    public void A_name_set_off_after_a_bare_noun_stays_in_the_question()
    {
        var questions = new TestExtraction(
                "This week, UK Athletics also agreed a four-year deal with energy drink company, Red Bull, who will be supplying the product to athletics.")
            .Organization("UK Athletics").Organization("Red Bull").Candidates();

        Assert.Contains((QuestionType.Who, "Who agreed a four-year deal with energy drink company Red Bull?", "UK Athletics"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("company?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generational_suffix_is_no_accepted_surname()
    {
        var extraction = new TestExtraction("Charles Evans Jr battled over his role and won a producer's credit.").Person("Charles Evans Jr").Build();
        var mention = extraction.Mentions.First(m => m.Entity == "Charles Evans Jr");
        var key = AnswerForms.Entity(new ArticleContext(extraction), mention, AnswerKind.Person, "Charles Evans Jr", mention.Span);

        Assert.DoesNotContain("Jr", key.Accept);
        Assert.Contains("Evans", key.Accept);
    }

    [Fact]
    public void A_description_before_a_copula_and_a_name_asks_who_fits_it()
    {
        var questions = new TestExtraction("One of the most prominent Huguenot refugees in the Netherlands was Pierre Bayle.")
            .Person("Pierre Bayle").Place("Netherlands").Candidates();

        Assert.Contains((QuestionType.Who, "Who was one of the most prominent Huguenot refugees in the Netherlands?", "Pierre Bayle"), questions);
    }

    [Fact]
    public void What_was_said_is_not_only_the_adverbial_before_it()
    {
        var questions = new TestExtraction(
                "Lib Dem spokesman Ed Davey meanwhile said instead of the \"bonfire of quangos\" New Labour had promised, there had been an \"explosion\" of them.")
            .Person("Ed Davey").Organization("Lib Dem").Organization("New Labour").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who said instead of", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_names_with_their_ages_are_one_subject_not_answered_by_the_second()
    {
        var charged = new TestExtraction(
                "Greek sprinters Kostas Kenteris and Katerina Thanou have been cleared.",
                "Kenteris, 31, and Thanou, 30, had been charged with avoiding drug tests in Tel Aviv, Chicago and Athens.")
            .Person("Kostas Kenteris").Person("Katerina Thanou").Person("Kenteris", "Kostas Kenteris").Person("Thanou", "Katerina Thanou")
            .Place("Tel Aviv").Place("Chicago").Place("Athens").Candidates();
        var taken = new TestExtraction("Mr Abbasi, 23, from Croydon, south London, was taken to Guantanamo Bay after being captured in Afghanistan in 2001.")
            .Person("Abbasi").Place("Croydon").Place("London").Place("Guantanamo Bay").Place("Afghanistan").Time("2001", "2001").Candidates();

        Assert.DoesNotContain(charged, q => q.Type == QuestionType.Who && q.Prompt.StartsWith("Who had been charged", StringComparison.Ordinal));
        Assert.Contains(taken, q => q.Type == QuestionType.Where && q.Prompt.StartsWith("Where was Mr Abbasi", StringComparison.Ordinal) && q.Answer == "Guantanamo Bay");
    }

    [Fact]
    public void A_plural_description_is_not_answered_by_the_first_name_of_its_list()
    {
        var questions = new TestExtraction("The other protesters are John Holliday, 37, a huntsman from Ledbury, and Robert Thame, 34.")
            .Person("John Holliday").Person("Robert Thame").Place("Ledbury").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who is the other", StringComparison.Ordinal) || q.Prompt.StartsWith("Who are the other", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_participles_before_one_agent_both_turn_active()
    {
        var questions = new TestExtraction("Sideways is written and directed by Alexander Payne, who directed the 2002 hit About Schmidt.")
            .Person("Alexander Payne").Other("Sideways").Other("About Schmidt").Candidates();

        Assert.Contains((QuestionType.Who, "Who writes and directs Sideways?", "Alexander Payne"), questions);
    }

    [Fact]
    public void A_subject_noun_the_tagger_read_as_an_adjective_still_heads_a_passive()
    {
        var questions = new TestExtraction("The funeral was held by Johannes Bugenhagen in Wittenberg.")
            .Person("Johannes Bugenhagen").Place("Wittenberg").Candidates();

        Assert.Contains((QuestionType.Who, "Who held the funeral in Wittenberg?", "Johannes Bugenhagen"), questions);
    }

    [Fact]
    public void A_description_others_share_asks_no_who()
    {
        var questions = new TestExtraction(
                "Toyota sales jumped 11% while rival Nissan notched up a 10% increase.",
                "Korea's Hyundai was another big gainer, turning in a 19% surge in February sales.",
                "Scotland's Ian Mackie was also in action in Leipzig.")
            .Organization("Toyota").Organization("Nissan").Organization("Hyundai").Place("Korea").Place("Scotland").Person("Ian Mackie").Place("Leipzig").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who was another", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who was in action", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Who notched up a 10% increase?");
    }

    [Fact]
    public void An_initial_for_a_surname_is_no_accepted_answer_alone()
    {
        var story = new TestExtraction("The festival screened the British film Bullet Boy, starring So Solid Crew rapper Asher D.")
            .Person("Asher D", role: "So Solid Crew rapper").Other("Bullet Boy").Build();

        var question = Assert.Single(QuestionGenerator.Default.Generate(story, new QuestionOptions(Count: 10, Format: QuestionFormat.ShortAnswer)).Questions, q => q.Answer == "Asher D");
        Assert.DoesNotContain("D", question.Accept);
    }
}
