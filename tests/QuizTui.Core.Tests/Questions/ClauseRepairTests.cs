using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// Transformations repaired after grading BBC questions by hand: copula agreement, reduced relatives,
/// listed leading adverbials, commas inside noun phrases, leading time and place adjuncts, named sites,
/// motion verbs, organisations as objects, and quotations whose speaker is named a sentence earlier.
/// </summary>
public sealed class ClauseRepairTests
{
    [Theory]
    [InlineData("Chief financial officer Bruce Misamore acknowledged the point.", "Bruce Misamore")]
    [InlineData("The satirist Jonathan Swift popularised the term.", "Jonathan Swift")]
    [InlineData("SNP leader Nicola Sturgeon welcomed the move.", "Nicola Sturgeon")]
    public void A_noun_that_points_back_is_not_all_a_question_asks_about(string sentence, string person)
    {
        var questions = new TestExtraction(sentence).Person(person).Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Who && q.Answer == person && !q.Prompt.StartsWith("Who was", StringComparison.Ordinal) && !q.Prompt.StartsWith("Who is", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_person_after_the_is_no_answer()
    {
        var questions = new TestExtraction("The Corkman quickly held his hands up in admission and was handed a two-year ban.")
            .Person("Corkman").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Corkman");
    }

    [Fact]
    public void As_if_completes_the_verb_before_it()
    {
        var questions = new TestExtraction("Economist Colen Garrow said the budget looked as if the rand would stimulate economic growth.")
            .Person("Colen Garrow").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("the budget looked?", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Prompt == "Who said the budget looked as if the rand would stimulate economic growth?");
    }

    [Fact]
    public void What_someone_predicts_will_happen_is_no_fact_to_ask_about_but_what_they_say_will_is()
    {
        var questions = new TestExtraction(
                "Most experts predict Jamie Foxx will win best actor for his portrayal of Ray Charles.",
                "Gil Cates said Chris Rock will host the event.")
            .Person("Jamie Foxx").Person("Ray Charles").Person("Gil Cates").Person("Chris Rock").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer == "Jamie Foxx");
        Assert.Contains(questions, q => q.Prompt == "Who will host the event?" && q.Answer == "Chris Rock");
    }

    [Fact]
    public void A_particle_right_after_its_verb_stays_with_it()
    {
        var questions = new TestExtraction("The Ugandan Media Council said the performance would not be put on as it promoted acts such as homosexuality.")
            .Organization("Ugandan Media Council").Candidates();

        Assert.Contains((QuestionType.WhoSaid, "Who said the performance would not be put on?", "Ugandan Media Council"), questions);
    }

    [Fact]
    public void And_before_a_subject_with_a_phrase_and_an_adverb_starts_a_new_clause()
    {
        var questions = new TestExtraction("800m hope James McIlroy never got near his best during the summer and a fourth place in the British trials effectively ended his hopes.")
            .Person("James McIlroy").Candidates();

        Assert.Contains((QuestionType.Who, "Who never got near his best during the summer?", "James McIlroy"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("fourth place", StringComparison.Ordinal));
    }

    [Fact]
    public void Commas_between_adjectives_do_not_end_the_object()
    {
        var questions = new TestExtraction("Using a 3D graphics engine, artists Langlands & Bell have created a virtual, story-based, 3D model of the Coudenberg Cellars.")
            .Organization("Langlands & Bell").Candidates();

        Assert.Contains((QuestionType.Who, "Who has created a virtual, story-based, 3D model of the Coudenberg Cellars?", "Langlands & Bell"), questions);
    }

    [Fact]
    public void A_noun_phrase_ending_in_and_is_no_subject_of_the_verb_after_it()
    {
        var questions = new TestExtraction("Sony has billed the machine as the Walkman of the 21st Century and has sold more than 800,000 units in Japan.")
            .Organization("Sony").Place("Japan").Quantity("more than 800,000 units", 800000, "units", "more than").Candidates();

        Assert.Contains((QuestionType.HowMany, "How many units has Sony sold in Japan?", "more than 800,000"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Century and", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_narrowing_a_place_goes_with_it()
    {
        var questions = new TestExtraction("Between 1997 and 2002, the creative industry brought £21 billion to London alone.")
            .Place("London").Candidates();

        Assert.Contains((QuestionType.Where, "Where did the creative industry bring £21 billion?", "London"), questions);
    }

    [Fact]
    public void A_those_cut_from_its_relative_clause_leaves_no_question()
    {
        var questions = new TestExtraction("MSP Karen Whitefield wants to ensure only those whose roles are essential are at work over the festive season.")
            .Person("Karen Whitefield").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who wants to ensure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compound_led_by_a_name_keeps_its_capital_when_the_sentence_is_turned()
    {
        var questions = new TestExtraction("Oscar-winning director Ron Howard chose Tautou for the part.")
            .Person("Ron Howard").Person("Tautou", "Audrey Tautou").Ask();

        Assert.Contains((QuestionType.Who, "Who did Oscar-winning director Ron Howard choose for the part?", "Audrey Tautou"), questions);
    }

    [Theory]
    [InlineData("Veteran star Ossie Davis died in Miami at the age of 87.", "Where did veteran star Ossie Davis die at the age of 87?")]
    [InlineData("Conductor Marcello Viotti died in Munich at the age of 50.", "Where did conductor Marcello Viotti die at the age of 50?")]
    [InlineData("Most of the terror suspects are detained in Belmarsh.", "Where are most of the terror suspects detained?")]
    [InlineData("Italian tenor Luciano Pavarotti sang in Modena.", "Where did Italian tenor Luciano Pavarotti sing?")]
    [InlineData("President Marcello Viotti died in Munich.", "Where did President Marcello Viotti die?")]
    public void A_sentence_s_capital_goes_when_it_is_turned_and_a_nationality_s_or_a_title_s_stays(string sentence, string expected)
    {
        var questions = new TestExtraction(sentence)
            .Person("Ossie Davis").Person("Marcello Viotti").Person("Luciano Pavarotti").Place("Miami").Place("Munich").Place("Belmarsh").Place("Modena").Candidates();

        Assert.Contains(questions, q => q.Prompt == expected);
    }

    [Fact]
    public void A_count_after_a_participle_in_the_subject_of_a_later_verb_is_not_asked()
    {
        var questions = new TestExtraction("Minister David Lammy said laws affecting 750,000 people with dementia needed updating.")
            .Person("David Lammy").Quantity("750,000 people", 750000, "people").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.HowMany);
    }

    [Fact]
    public void A_relative_clause_without_its_closing_comma_ends_before_the_main_verb()
    {
        var questions = new TestExtraction("In 1893 Richard Dean Adams, who headed up the Niagara Falls Cataract Construction Company sought Tesla's opinion on the best system.")
            .Person("Richard Dean Adams").Organization("Niagara Falls Cataract Construction Company").Person("Tesla").Candidates();

        Assert.Contains((QuestionType.Who, "Who headed up the Niagara Falls Cataract Construction Company?", "Richard Dean Adams"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Company sought", StringComparison.Ordinal));
    }

    [Fact]
    public void Copula_agrees_with_a_plural_complement_when_who_replaces_the_subject()
    {
        var questions = new TestExtraction("BAA are owners of the airports at Heathrow and Gatwick.")
            .Organization("BAA").Place("Heathrow").Place("Gatwick").Ask();

        Assert.Contains((QuestionType.Who, "Who are owners of the airports at Heathrow and Gatwick?", "BAA"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who is owners", StringComparison.Ordinal));
    }

    [Fact]
    public void Copula_stays_singular_with_a_singular_complement()
    {
        var questions = new TestExtraction("Ban Ki-moon was the UN Secretary General.").Person("Ban Ki-moon").Ask();

        Assert.Contains((QuestionType.Who, "Who was the UN Secretary General?", "Ban Ki-moon"), questions);
    }

    [Fact]
    public void Reduced_relative_participle_stays_in_the_subject()
    {
        var questions = new TestExtraction("Sony Ericsson predicted that the number of handsets sold in 2005 would double.")
            .Organization("Sony Ericsson").Time("2005", "2005").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("sell", StringComparison.Ordinal) || q.Prompt.Contains("sold would", StringComparison.Ordinal));
    }

    [Fact]
    public void Listed_places_before_the_subject_are_one_leading_adverbial()
    {
        var questions = new TestExtraction("At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched a series of consultations in September 2004.")
            .Organization("BAA").Place("Heathrow").Place("Gatwick").Place("Edinburgh").Place("Glasgow").Time("September 2004", "2004-09").Ask();

        Assert.Contains((QuestionType.When, "When did BAA launch a series of consultations?", "in September 2004"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("Gatwick BAA", StringComparison.Ordinal));
    }

    [Fact]
    public void Comma_between_adjectives_does_not_cut_the_object_short()
    {
        var questions = new TestExtraction("BAA is also offering to buy noise-hit properties for an index-linked, unblighted price.")
            .Organization("BAA").Ask();

        Assert.Contains((QuestionType.Who, "Who is offering to buy noise-hit properties for an index-linked, unblighted price?", "BAA"), questions);
    }

    [Fact]
    public void Leading_time_adverbial_asks_when_about_the_main_clause()
    {
        var questions = new TestExtraction("In 1943, a Supreme Court decision restored the patents of Nikola Tesla.")
            .Person("Nikola Tesla").Time("1943", "1943").Ask();

        Assert.Contains((QuestionType.When, "When did a Supreme Court decision restore the patents of Nikola Tesla?", "in 1943"), questions);
    }

    [Fact]
    public void Leading_time_adverbial_without_a_comma_ends_before_the_subject()
    {
        var questions = new TestExtraction("In 2012 the Economist Intelligence Unit ranked Warsaw as the most liveable city.")
            .Organization("Economist Intelligence Unit").Place("Warsaw").Time("2012", "2012").Ask();

        Assert.Contains((QuestionType.When, "When did the Economist Intelligence Unit rank Warsaw as the most liveable city?", "in 2012"), questions);
    }

    [Fact]
    public void Leading_place_adverbial_asks_where()
    {
        var questions = new TestExtraction("In Germany, teachers are recruited by the states.").Place("Germany").Ask();

        Assert.Contains((QuestionType.Where, "Where are teachers recruited by the states?", "Germany"), questions);
    }

    [Fact]
    public void Named_site_with_its_town_is_a_place_answer()
    {
        var questions = new TestExtraction("Martin Luther was buried in the Castle Church in Wittenberg.")
            .Person("Martin Luther").Place("Wittenberg").Ask();

        Assert.Contains((QuestionType.Where, "Where was Martin Luther buried?", "the Castle Church in Wittenberg"), questions);
    }

    [Fact]
    public void Motion_verb_with_to_asks_where_and_source_keeps_from()
    {
        var questions = new TestExtraction("The cinema relocated to Gateshead.", "The earliest glassware comes from Egypt.")
            .Place("Gateshead").Place("Egypt").Ask();

        Assert.Contains((QuestionType.Where, "Where did the cinema relocate?", "Gateshead"), questions);
        Assert.Contains((QuestionType.Where, "Where does the earliest glassware come from?", "Egypt"), questions);
    }

    [Fact]
    public void Place_after_a_noun_in_a_copula_complement_is_not_asked_about()
    {
        var questions = new TestExtraction("The airport is the hub of many of the airlines operating in the UK.").Place("UK").Ask();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
    }

    [Fact]
    public void Organisation_object_gets_a_who_question()
    {
        var questions = new TestExtraction("The Panthers beat the Arizona Cardinals in the final.")
            .Organization("Panthers").Organization("Arizona Cardinals").Ask();

        Assert.Contains((QuestionType.Who, "Who did the Panthers beat in the final?", "Arizona Cardinals"), questions);
    }

    [Fact]
    public void Quotation_whose_speaker_was_named_before_has_evidence_holding_the_speaker()
    {
        var set = QuestionGenerator.Default.Generate(new TestExtraction(
                "John Kerry arrived in Moscow on Tuesday.",
                "“The alternative is that there is even more violence in the region,” he warned.")
            .Person("John Kerry").Place("Moscow").Quote("The alternative is that there is even more violence in the region,", "he").Build(),
            new QuestionOptions(Count: 20, Format: QuestionFormat.ShortAnswer));

        var said = Assert.Single(set.Questions, q => q.Type == QuestionType.WhoSaid);
        Assert.Equal("John Kerry", said.Answer);
        Assert.True(said.Evidence.Span.Contains(said.Evidence.AnswerSpan));
        Assert.StartsWith("John Kerry arrived", said.Evidence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who said “I bow down to you”?", false)]
    [InlineData("Who said “She called me last week”?", false)]
    [InlineData("Where did he go?", true)]
    public void Pronouns_inside_a_quotation_need_no_resolving(string prompt, bool unresolved) =>
        Assert.Equal(unresolved, Pronouns.HasUnresolved(prompt));

    [Fact]
    public void An_adverb_of_degree_stays_with_its_adjective()
    {
        // A main clause: the same verdict ruled by someone ("has ruled that ...") is their opinion and asks nothing.
        var questions = new TestExtraction("Turkcell's 70% controlling stake is too high for the regulators.")
            .Organization("Turkcell").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Whose 70% controlling stake is too high for the regulators?");
        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("is high?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_aside_between_a_reported_subject_and_its_verb_is_left_out()
    {
        var questions = new TestExtraction("The State Department said John Kerry, the Secretary of State, contacted Thailand's foreign minister.")
            .Organization("State Department").Person("John Kerry").Place("Thailand").Candidates();

        Assert.Contains(questions, q => q.Answer == "State Department" && q.Prompt == "Who said John Kerry contacted Thailand's foreign minister?");
    }

    [Fact]
    public void A_place_named_in_apposition_answers_where()
    {
        var questions = new TestExtraction("In 1873, Tesla returned to his birthtown, Smiljan.")
            .Person("Tesla").Place("Smiljan").Time("1873", "1873").Candidates();

        Assert.Contains((QuestionType.Where, "Where did Tesla return?", "Smiljan"), questions);
    }

    [Fact]
    public void A_list_after_a_comma_stays_in_the_object()
    {
        var questions = new TestExtraction("Labour made low inflation, unemployment and mortgage rates the centrepiece of a new poster campaign.")
            .Organization("Labour").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt == "Who made low inflation?");
        Assert.Contains((QuestionType.Who, "Who made low inflation, unemployment and mortgage rates the centrepiece of a new poster campaign?", "Labour"), questions);
    }

    [Fact]
    public void A_count_whose_noun_heads_a_list_is_not_asked_about_alone()
    {
        var questions = new TestExtraction("The largest recall involves 155,465 pickups, vans and sports utility vehicles.")
            .Quantity("155,465 pickups", 155465, "pickups").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.HowMany);
    }

    [Fact]
    public void Telling_someone_nothing_the_clause_holds_asks_nothing()
    {
        var questions = new TestExtraction("Mr Brown told Mr Blair: \"There is nothing you could ever say to me now that I could ever believe.\"")
            .Person("Mr Brown", "Gordon Brown").Person("Mr Blair", "Tony Blair").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt == "Who did Mr Brown tell?");
    }

    [Fact]
    public void A_quotation_the_clause_breaks_off_in_is_left_out_with_its_that()
    {
        var questions = new TestExtraction("Luther objected to a saying attributed to Johann Tetzel that \"As soon as the coin in the coffer rings, the soul springs.\"")
            .Person("Luther", "Martin Luther").Person("Johann Tetzel").Candidates();

        Assert.Contains((QuestionType.Who, "Who objected to a saying attributed to Johann Tetzel?", "Martin Luther"), questions);
    }

    [Fact]
    public void A_quotation_that_completes_a_verb_is_not_cut_off()
    {
        var questions = new TestExtraction("Mr Blair said having Turkey in the EU was of \"importance to the future peace of my country, Britain, and the wider world\".")
            .Person("Mr Blair", "Tony Blair").Place("Turkey").Organization("EU").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith(" was?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subordinator_inside_the_words_before_a_verb_opens_the_clause()
    {
        var questions = new TestExtraction("It is the first Super Bowl held in the Bay Area since 1985, and the first in California since Super Bowl XXXVII took place in San Diego in 2003.")
            .Organization("Super Bowl XXXVII").Place("San Diego").Place("California").Place("Bay Area").Time("1985", "1985").Time("2003", "2003").Candidates();

        Assert.Contains((QuestionType.Where, "Where did Super Bowl XXXVII take place in 2003?", "San Diego"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("the first in California", StringComparison.Ordinal));
    }

    [Fact]
    public void What_took_place_is_not_asked_for_as_a_doer()
    {
        var questions = new TestExtraction("The summit took place in Geneva in June, and the strike happened in May.")
            .Organization("The summit").Place("Geneva").Time("June", "2013-06").Time("May", "2013-05").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Who);
    }

    [Fact]
    public void A_second_verb_after_an_intransitive_one_takes_the_base_form_too()
    {
        var questions = new TestExtraction("On May 21, 2013, NFL owners voted and awarded the game to Levi's Stadium.")
            .Organization("NFL").Place("Levi's Stadium").Time("May 21, 2013", "2013-05-21").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When did NFL owners award the game to Levi's Stadium?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("vote and awarded", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_after_and_and_its_own_phrase_of_time_shares_the_subject_and_takes_the_time()
    {
        var questions = new TestExtraction("Tamara de Lempicka was born in Warsaw to wealthy parents and in 1916 married a Polish lawyer, Tadeusz Lempicki.")
            .Person("Tamara de Lempicka").Place("Warsaw").Time("1916", "1916").Person("Tadeusz Lempicki").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When did Tamara de Lempicka marry a Polish lawyer?" && q.Answer == "in 1916");
        Assert.Contains(questions, q => q.Type == QuestionType.Where && q.Prompt == "Where was Tamara de Lempicka born to wealthy parents?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("and in 1916", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_after_a_comma_and_and_may_open_with_its_own_phrase_of_time()
    {
        var questions = new TestExtraction("This view was instantly controversial, and in the early 1990s three Advocate Generals persuasively argued that Directives should create rights.")
            .Organization("Advocate Generals").Time("the early 1990s", "199").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Answer == "in the early 1990s"
            && q.Prompt == "When did three Advocate Generals persuasively argue that Directives should create rights?");
    }

    [Fact]
    public void A_relative_clause_without_its_opening_comma_stands_aside_from_the_subject()
    {
        var questions = new TestExtraction("Mr Snow who is currently in Dublin at the start of a four-nation EU visit, has applauded Ireland's introduction of lower taxes.")
            .Person("Snow", "John Snow").Place("Dublin").Place("Ireland").Organization("EU").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Prompt == "Who has applauded Ireland's introduction of lower taxes?");
        Assert.Contains(questions, q => q.Type == QuestionType.Where && q.Answer == "Dublin");
    }

    [Fact]
    public void A_verb_group_that_opens_with_an_ing_form_is_no_clause()
    {
        var questions = new TestExtraction("On Monday, the legal team for two Algerian suspects being held without trial told a court the men did not want bail.")
            .Time("Monday", "XXXX-WXX-1").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("When being", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_set_off_after_the_subject_has_that_subject()
    {
        var questions = new TestExtraction("The prize, which will be awarded in London, will be given once every two years.",
                "Airbus, which overtook Boeing as the number one civilian planemaker in 2003, is focusing on super jumbos.",
                "Her links to Opus Dei, which means \"Work of God\" in Latin, have provoked controversy.")
            .Place("London").Organization("Airbus").Organization("Boeing").Time("2003", "2003").Organization("Opus Dei").Place("Latin").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.Where && q.Prompt == "Where will the prize be awarded?");
        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When did Airbus overtake Boeing as the number one civilian planemaker?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("links to Opus Dei mean", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_phrase_of_time_leads_the_sentence_without_a_comma()
    {
        var questions = new TestExtraction("Last year MAB, which opposed the war in Iraq, urged Muslims not to vote for Labour.")
            .Organization("MAB").Place("Iraq").Organization("Labour").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.Where && q.Prompt == "Where did MAB oppose the war?");
        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Prompt == "Who urged Muslims not to vote for Labour?");
    }

    [Fact]
    public void A_phrase_after_and_before_an_auxiliary_leaves_the_participle_in_the_subject()
    {
        var questions = new TestExtraction("Billions of pounds spent on conflict in Iraq and in the Middle East should have been used to reduce poverty.")
            .Place("Iraq").Place("the Middle East").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("pounds spend", StringComparison.Ordinal) || q.Prompt.Contains("pounds have been used", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_joined_to_another_phrase_is_not_asked_about_alone()
    {
        var questions = new TestExtraction("A super-casino in Glasgow could be located at Ibrox or the Scottish Exhibition Centre.", "The party will hold its conference in Manchester and not Blackpool.")
            .Place("Glasgow").Place("Ibrox").Place("Scottish Exhibition Centre").Place("Manchester").Place("Blackpool").Organization("The party").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer is "Ibrox" or "Scottish Exhibition Centre" or "Manchester" or "Blackpool");
    }

    [Fact]
    public void Verbs_joined_after_an_agent_leave_it_an_answer()
    {
        var questions = new TestExtraction("Both schemes are run by the Direct Marketing Association and backed by EU directives on privacy.")
            .Organization("Direct Marketing Association").Organization("EU").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Answer == "Direct Marketing Association");
    }

    [Fact]
    public void A_spaced_hyphen_sets_an_aside_apart_and_its_participle_is_about_the_subject()
    {
        var questions = new TestExtraction("The demand for $280bn (£155bn) - filed by the Clinton administration in 1999 - was rejected in a 2-1 decision.", "Comedy Fat Albert - co-written by Bill Cosby - entered the chart in second place.")
            .Person("Clinton").Person("Bill Cosby").Other("Comedy Fat Albert").Time("1999", "1999").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When was the demand for $280bn filed by the Clinton administration?" && q.Answer == "in 1999");
        Assert.Contains((QuestionType.Who, "Who co-wrote Comedy Fat Albert?", "Bill Cosby"), questions);
    }

    [Fact]
    public void A_hyphen_written_against_a_word_is_no_dash()
    {
        var questions = new TestExtraction("The Financial Times said Fiat may transfer Maserati within its wholly- owned Alfa Romeo division.")
            .Organization("Financial Times").Organization("Fiat").Organization("Maserati").Organization("Alfa Romeo").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("wholly?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_after_a_dash_is_about_the_name_before_it()
    {
        var questions = new TestExtraction("Nair said her film had picked up on the way Thackeray - who was born in India but moved to England as a young man - had seen the world.")
            .Person("Nair").Person("Thackeray").Place("India").Place("England").Candidates();

        Assert.Contains((QuestionType.Where, "Where was Thackeray born?", "India"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("the way Thackeray born", StringComparison.Ordinal));
    }

    [Fact]
    public void What_was_said_after_a_subordinate_clause_is_not_cut_to_that_clause()
    {
        var questions = new TestExtraction("Mr Howard said as both parties planned to cut the number of civil servants at Whitehall - Labour by more than 80,000 - they should accept a similar drop.")
            .Person("Mr Howard", "Michael Howard").Place("Whitehall").Organization("Labour").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who said as", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comparison_s_year_is_not_the_clause_s()
    {
        var questions = new TestExtraction("Only two out of 16 principal dancers at the Royal Ballet are British, compared to 16 of the 21 principals in 1985.")
            .Organization("Royal Ballet").Time("1985", "1985").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_place_after_the_noun_of_a_from_phrase_is_the_noun_s()
    {
        var questions = new TestExtraction("Radcliffe concedes she will probably learn a lot from her bad experiences in Athens in time.")
            .Person("Radcliffe", "Paula Radcliffe").Place("Athens").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.Where);
    }

    [Fact]
    public void A_bare_number_for_a_subject_stands_for_people_named_elsewhere()
    {
        var questions = new TestExtraction("Solicitor Gareth Pierce claimed the detention had driven four of the detainees to madness, saying two were being held in Broadmoor.")
            .Person("Gareth Pierce").Place("Broadmoor").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("were two", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_attributed_to_I_asks_nobody_who_said_it()
    {
        var set = QuestionGenerator.Default.Generate(new TestExtraction(
                "William Gallas went down after the clash.",
                "“I can tell you it wasn't an intentional headbutt,” I said.")
            .Person("William Gallas").Quote("I can tell you it wasn't an intentional headbutt,", "I").Build(),
            new QuestionOptions(Count: 20, Format: QuestionFormat.ShortAnswer));

        Assert.DoesNotContain(set.Questions, q => q.Type == QuestionType.WhoSaid);
    }

    [Fact]
    public void A_part_named_after_as_inside_the_subject_is_no_subject()
    {
        var questions = new TestExtraction("A controversial film starring Hollywood actor Kevin Bacon as a convicted paedophile won top honours at the London Film Festival in May.")
            .Person("Kevin Bacon", role: "Hollywood actor").Organization("London Film Festival").Time("May", "XXXX-05").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("paedophile win", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_joined_by_and_with_its_own_subject_is_cut_from_the_first()
    {
        var questions = new TestExtraction("Dwain Chambers was banned for two years after testing positive for THG and his suspension runs out in November this year.")
            .Person("Dwain Chambers").Other("THG").Time("November this year", "XXXX-11").Candidates();

        Assert.Contains((QuestionType.Who, "Who was banned for two years after testing positive for THG?", "Dwain Chambers"), questions);
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("suspension runs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_contraction_stays_one_word()
    {
        var questions = new TestExtraction("Jamie Costin didn't arrive at hospital in Athens until nine hours after the accident.")
            .Person("Jamie Costin").Place("Athens").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.Who && q.Prompt.StartsWith("Who didn't arrive at hospital", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_pronoun_in_what_someone_says_is_not_the_speaker()
    {
        var questions = new TestExtraction(
                "Dwain Chambers was banned by the British Olympic Association.",
                "Kim Collins says the British Olympic Association should reverse the decision to ban him from the Olympics for life.")
            .Person("Dwain Chambers").Person("Kim Collins").Organization("British Olympic Association").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("ban Kim Collins", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_of_time_before_a_subordinate_clause_keeps_its_later()
    {
        var questions = new TestExtraction("And Martyn came to Everton's rescue three minutes later when Rooney raced clean through.")
            .Person("Martyn").Candidates();

        Assert.Contains(questions, q => q.Prompt == "Who came to Everton's rescue three minutes later?");
        Assert.DoesNotContain(questions, q => q.Prompt.EndsWith("three minutes?", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_nested_clause_forecasts_is_no_fact_to_ask_about()
    {
        var forecast = new TestExtraction("It's very easy to forget that in 1983 when we put the bid document in we were forecasting that the total market would be two million people.")
            .Quantity("two million people", 2000000, "people").Candidates();
        var found = new TestExtraction("It's very easy to forget that in 1983 when we put the bid document in we were finding that the total market would be two million people.")
            .Quantity("two million people", 2000000, "people").Candidates();

        Assert.DoesNotContain(forecast, q => q.Type == QuestionType.HowMany);
        Assert.Contains(found, q => q.Type == QuestionType.HowMany);
    }

    [Theory]
    [InlineData("How many separate spyware programs is each one harbouring?", true)]
    [InlineData("Who said the advent of digital technology also helped to introduce all those things?", true)]
    [InlineData("How many of the cases has each one of the courts heard?", false)]
    [InlineData("Who said “I did all those things”?", false)]
    public void A_one_or_things_pointing_back_at_the_sentence_before_needs_resolving(string prompt, bool unresolved) =>
        Assert.Equal(unresolved, Pronouns.HasUnresolved(prompt));
}
