using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// When questions from the shapes SQuAD's misses showed: decades, centuries, seasons and days without a year as
/// answers; leading adverbials after a discourse adverb, with "since", "by" or "starting in"; dates that are one
/// end of a range; trailing participle phrases with a pronoun the question can do without.
/// </summary>
public sealed class WhenTransformationTests
{
    [Fact]
    public void A_date_after_than_is_what_a_figure_is_measured_against()
    {
        var questions = new TestExtraction("The figure was 30% more than in 2003 and surpassed even the most optimistic predictions.")
            .Time("2003", "2003").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer.Contains("2003", StringComparison.Ordinal));
    }

    [Fact]
    public void Earlier_goes_with_the_date_after_it_and_after_a_preposition_dates_a_noun()
    {
        var questions = new TestExtraction(
                "The minister resigned earlier in 2004 after a row.",
                "On Wednesday, the government revised growth figures from earlier in 2003.")
            .Time("2004", "2004").Time("On Wednesday", "2004-12-08").Time("2003", "2003").Candidates();

        Assert.Contains(questions, q => q.Prompt == "When did the minister resign?");
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("earlier?", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Answer.Contains("2003", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_before_a_name_ending_in_a_plural_takes_were()
    {
        var questions = new TestExtraction("Established in 1981, the Jesse Owens Awards are presented annually to the outstanding US track and field performers.")
            .Other("Jesse Owens Awards").Time("1981", "1981").Ask();

        Assert.Contains(questions, q => q.Prompt == "When were the Jesse Owens Awards established?");
    }

    [Fact]
    public void An_as_clause_whose_subject_runs_over_of_and_and_is_left_out_whole()
    {
        var questions = new TestExtraction(
                "Revenue dipped 1.4% to 86.7bn Swiss francs in 2004 as sales of ice cream and mineral water were dampened by the wet summer.",
                "Labour sees nuisance behaviour as a key election issue but critics claim the record is patchy.")
            .Organization("Labour").Time("2004", "2004").Candidates();

        Assert.Contains(questions, q => q.Prompt == "When did revenue dip 1.4% to 86.7bn Swiss francs?");
        Assert.Contains(questions, q => q.Prompt == "Who sees nuisance behaviour as a key election issue?");
    }

    [Fact]
    public void A_date_after_a_figure_compared_with_from_dates_the_figure()
    {
        var questions = new TestExtraction(
                "Reuters managed to slow a decline in underlying revenues to 5.4% from 10.2% in 2003.",
                "The economy cooled after enjoying spectacular growth of more than 10% in 2000.")
            .Organization("Reuters").Time("2003", "2003").Time("2000", "2000").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer.Contains("2003", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Answer.Contains("2000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_after_an_event_in_a_nouns_phrase_dates_the_event_not_a_report_of_it()
    {
        var questions = new TestExtraction(
                "Lewis-Francis has confirmed his participation in the Norwich Union Grand Prix in Birmingham on 18 February.",
                "O'Sullivan will take part in the Bupa Great Ireland Run in Dublin on 9 April.")
            .Person("Lewis-Francis", "Mark Lewis-Francis").Other("Norwich Union Grand Prix").Place("Birmingham").Time("18 February", "XXXX-02-18")
            .Person("O'Sullivan", "Sonia O'Sullivan").Other("Bupa Great Ireland Run").Place("Dublin").Time("9 April", "XXXX-04-09").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When && q.Prompt.Contains("confirm", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt.Contains("take part", StringComparison.Ordinal));
    }

    [Fact]
    public void Compared_with_after_a_comma_is_a_comparison_not_a_participle_clause()
    {
        var questions = new TestExtraction("Net profit was $186m in the quarter, compared with $1.13bn in the same period in 2003.")
            .Time("2003", "2003").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("quarter compared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadlines_date_after_until_and_a_time_asks_nothing()
    {
        var questions = new TestExtraction("Fiat and General Motors have until midnight on 1 February to settle a disagreement over a potential takeover.")
            .Organization("Fiat").Organization("General Motors").Time("1 February", "XXXX-02-01").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_participle_in_a_clause_whose_object_is_the_noun_before_that_asks_nothing()
    {
        var questions = new TestExtraction(
                "He told BBC Radio 4's Today programme: \"No politician should make the mistake that John Major and his colleagues made in 1992 of saying no matter what the circumstances are.\"")
            .Person("John Major").Organization("BBC Radio 4").Time("1992", "1992").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("colleagues made", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_cutting_a_noun_short_before_the_sentences_verb_asks_nothing()
    {
        var questions = new TestExtraction(
                "Controversial reforms passed in 2001 give the government the right to take control of private property if it is declared idle.")
            .Time("2001", "2001").Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("pass give", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_after_since_and_its_noun_phrase_dates_that_noun_phrase_not_the_verb()
    {
        var questions = new TestExtraction("Hansen, the Commonwealth and European champion, has been sidelined since the European Cup in Poland in June 2004.")
            .Person("Hansen").Place("Poland").Other("European Cup").Time("June 2004", "2004-06").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void Decade_is_an_answer_as_the_text_says_it()
    {
        var questions = new TestExtraction("In the late 1920s, Tesla befriended George Sylvester Viereck.")
            .Person("Tesla").Person("George Sylvester Viereck").Time("the late 1920s", "192").Ask();

        Assert.Contains((QuestionType.When, "When did Tesla befriend George Sylvester Viereck?", "in the late 1920s"), questions);
    }

    [Fact]
    public void A_leading_year_without_a_comma_passes_a_bracketed_aside_after_the_subject()
    {
        var questions = new TestExtraction("In 1927 a zoological garden (Ogród Zoologiczny) was established on the park grounds.")
            .Place("Ogród Zoologiczny").Time("1927", "1927").Ask();

        Assert.Contains((QuestionType.When, "When was a zoological garden established on the park grounds?", "in 1927"), questions);
    }

    [Fact]
    public void A_date_closing_a_leading_phrase_of_time_says_when()
    {
        var questions = new TestExtraction("On his 50th birthday in 1906, Tesla demonstrated his bladeless turbine.")
            .Person("Tesla").Time("1906", "1906").Ask();

        Assert.Contains((QuestionType.When, "When did Tesla demonstrate his bladeless turbine?", "in 1906"), questions);
    }

    [Fact]
    public void A_date_deep_in_a_chain_of_phrases_or_after_a_participle_is_not_the_verbs()
    {
        var deep = new TestExtraction("The prime minister was commenting on the wrongful jailing of 11 people for IRA bomb attacks on pubs in Guildford and Woolwich in 1974.")
            .Place("Guildford").Place("Woolwich").Organization("IRA").Time("1974", "1974").Candidates();
        var participle = new TestExtraction("McIlroy now claims he is in his best shape since finishing fourth for Ireland at the outdoor European Championships in 1998.")
            .Person("McIlroy").Place("Ireland").Other("European Championships").Time("1998", "1998").Candidates();
        var near = new TestExtraction("Kim Collins will compete in the 60m at the Norwich Union Grand Prix in Birmingham on 18 February.")
            .Person("Kim Collins").Other("Norwich Union Grand Prix").Place("Birmingham").Time("18 February", "XXXX-02-18").Candidates();

        Assert.DoesNotContain(deep, q => q.Type == QuestionType.When);
        Assert.DoesNotContain(participle, q => q.Type == QuestionType.When);
        Assert.Contains(near, q => q.Type == QuestionType.When && q.Prompt.StartsWith("When will Kim Collins compete", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_that_owns_a_name_is_no_time_of_the_verb()
    {
        var questions = new TestExtraction("Dan O'Herlihy played the chief executive in 1987's Robocop.")
            .Person("Dan O'Herlihy").Other("Robocop").Time("1987", "1987").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void The_date_of_a_forecast_is_not_when_it_was_made()
    {
        var questions = new TestExtraction("The report forecast total growth of 3.6% in 2004 for the 30 member countries of the OECD.")
            .Organization("OECD").Time("2004", "2004").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_present_perfect_is_asked_when_in_the_simple_past()
    {
        var questions = new TestExtraction("Mark Lewis-Francis has confirmed his participation in the Grand Prix on February 18.")
            .Person("Mark Lewis-Francis").Time("February 18", "2005-02-18").Ask();

        Assert.Contains(questions, q => q.Prompt == "When did Mark Lewis-Francis confirm his participation in the Grand Prix?");
    }

    [Fact]
    public void A_year_written_after_a_name_is_part_of_the_name()
    {
        var questions = new TestExtraction("A book about the evolution of mutants has won the Guardian First Book Award 2004.")
            .Other("Guardian First Book Award").Time("2004", "2004").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void Century_keeps_the_adverb_before_its_preposition()
    {
        var questions = new TestExtraction("Steam turbines replaced reciprocating engines in power stations early in the 20th century.")
            .Time("the 20th century", "19").Ask();

        Assert.Contains((QuestionType.When, "When did steam turbines replace reciprocating engines in power stations?", "early in the 20th century"), questions);
    }

    [Fact]
    public void Season_is_an_answer_without_a_parenthesis_when_the_year_is_written()
    {
        var questions = new TestExtraction("In the autumn of 1991, talks were held for the broadcast rights.")
            .Time("the autumn of 1991", "1991-FA").Ask();

        Assert.Contains((QuestionType.When, "When were talks held for the broadcast rights?", "in the autumn of 1991"), questions);
    }

    [Fact]
    public void Day_without_a_year_is_an_answer_of_its_own()
    {
        var questions = new TestExtraction("Luther is commemorated by the Church of England on 31 October.")
            .Person("Luther").Organization("Church of England").Time("31 October", "XXXX-10-31").Ask();

        Assert.Contains((QuestionType.When, "When is Luther commemorated by the Church of England?", "on 31 October"), questions);
    }

    [Fact]
    public void Time_adverbial_after_a_discourse_adverb_is_asked_about()
    {
        var questions = new TestExtraction("However, in October 2007, the Court of Justice ruled against the Commission.")
            .Organization("Court of Justice").Organization("Commission").Time("October 2007", "2007-10").Ask();

        Assert.Contains((QuestionType.When, "When did the Court of Justice rule against the Commission?", "in October 2007"), questions);
    }

    [Fact]
    public void Phrase_without_a_comma_after_a_discourse_adverb_is_leading_too()
    {
        var questions = new TestExtraction("However, in the early 11th century the dukes began a programme of church reform.")
            .Time("the early 11th century", "10").Ask();

        Assert.Contains((QuestionType.When, "When did the dukes begin a programme of church reform?", "in the early 11th century"), questions);
    }

    [Theory]
    [InlineData("Since the 1980s, Lutheran churches have repudiated the statements.", "the 1980s", "198", "Since when have Lutheran churches repudiated the statements?", "since the 1980s")]
    [InlineData("By autumn 1347, the plague reached Alexandria.", "autumn 1347", "1347-FA", "When did the plague reach Alexandria?", "by autumn 1347")]
    [InlineData("Starting in 1894, Tesla began investigating radiant energy.", "1894", "1894", "When did Tesla begin investigating radiant energy?", "starting in 1894")]
    [InlineData("From 2006 the new rules have applied to all teachers.", "2006", "2006", "When have the new rules applied to all teachers?", "from 2006")]
    public void Leading_since_by_from_and_starting_in_keep_their_words_in_the_answer(string sentence, string time, string value, string prompt, string answer)
    {
        var questions = new TestExtraction(sentence).Time(time, value).Ask();

        Assert.Contains((QuestionType.When, prompt, answer), questions);
    }

    [Theory]
    [InlineData("Most of the counties were developed in the 1980s and 1990s.", "the 1980s", "198", "1990s", "199")]
    [InlineData("The oldest park was established in 1865–1871 by the city.", "1865", "1865", "1871", "1871")]
    public void One_end_of_a_range_or_a_pair_of_dates_is_no_answer(string sentence, string first, string firstValue, string second, string secondValue)
    {
        var questions = new TestExtraction(sentence).Time(first, firstValue).Time(second, secondValue).Ask();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void Since_after_a_perfect_moves_with_the_wh_word()
    {
        var questions = new TestExtraction("The exhibition has been open for viewing since 19 November.", "It is the biggest show since 1993.")
            .Time("19 November", "XXXX-11-19").Time("1993", "1993").Ask();

        Assert.Contains((QuestionType.When, "Since when has the exhibition been open for viewing?", "since 19 November"), questions);
        Assert.DoesNotContain(questions, q => q.Answer.Contains("1993", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rachel Lomax cited the late 1980s as an example.", "the late 1980s", "198")]
    [InlineData("Growth slowed to 0.3% in the quarter ending September 30.", "September 30", "XXXX-09-30")]
    [InlineData("The group is asking bloggers to dedicate their sites on 22 February to the campaign.", "22 February", "XXXX-02-22")]
    [InlineData("A suspect held without charge since December 2001 was freed.", "December 2001", "2001-12")]
    [InlineData("The new speeds start on 17 February for homes and 1 April for businesses.", "17 February", "XXXX-02-17")]
    public void Date_that_is_no_adjunct_of_the_clause_is_not_asked_about(string sentence, string time, string value)
    {
        var extraction = new TestExtraction(sentence).Time(time, value);
        if (sentence.Contains("1 April", StringComparison.Ordinal))
        {
            extraction.Time("1 April", "XXXX-04-01");
        }

        Assert.DoesNotContain(extraction.Ask(), q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_preposition_whose_date_does_not_answer_when_is_not_stranded()
    {
        var questions = new TestExtraction("Warsaw was defended till September 27.").Place("Warsaw").Time("September 27", "XXXX-09-27").Ask();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void Date_followed_by_its_year_is_not_split()
    {
        var questions = new TestExtraction("Tesla was born on 10 July [O.S. 28 June] 1856 into a Serb family.")
            .Person("Tesla").Time("10 July", "XXXX-07-10").Ask();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When && q.Answer.Contains("10 July", StringComparison.Ordinal));
    }

    [Fact]
    public void Trailing_participle_phrase_with_an_unresolved_pronoun_is_cut()
    {
        var questions = new TestExtraction("Greenland signed a treaty in 1985 giving it a special status.")
            .Place("Greenland").Time("1985", "1985").Ask();

        Assert.Contains((QuestionType.When, "When did Greenland sign a treaty?", "in 1985"), questions);
    }

    [Fact]
    public void Regnal_numeral_after_a_name_is_no_pronoun()
    {
        var questions = new TestExtraction("In October 1529, Philip I convoked an assembly of theologians.")
            .Person("Philip I").Time("October 1529", "1529-10").Ask();

        Assert.Contains((QuestionType.When, "When did Philip I convoke an assembly of theologians?", "in October 1529"), questions);
    }

    [Fact]
    public void Subordinate_clause_after_the_leading_adverbial_is_no_subject()
    {
        var questions = new TestExtraction("Thus, on 1 August 1944, as the Red Army was nearing the city, the Warsaw Uprising began.")
            .Organization("Red Army").Time("1 August 1944", "1944-08-01").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("as the Red Army", StringComparison.Ordinal));
    }

    [Fact]
    public void Subject_pronoun_is_not_the_person_the_clause_acts_on()
    {
        var questions = new TestExtraction("Martin Luther was born in Eisleben.", "He sent Martin Luther to Latin schools in Mansfeld.")
            .Person("Martin Luther").Place("Eisleben").Place("Mansfeld").Ask();

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("did Martin Luther send Martin Luther", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("192", "the 1920s")]
    [InlineData("16", "the 17th century")]
    [InlineData("20", "the 21st century")]
    [InlineData("1937-FA", "autumn 1937")]
    [InlineData("XXXX-02-18", "February 18")]
    [InlineData("2013-03", "March 2013")]
    [InlineData("2004-Q2", "the second quarter of 2004")]
    [InlineData("2005-H1", "the first half of 2005")]
    [InlineData("XXXX-WXX-4", "Thursday")]
    [InlineData("XXXX-WXX-7", "Sunday")]
    [InlineData("XXXX-06", "June")]
    public void Time_values_read_as_dates(string value, string expected) => Assert.Equal(expected, TimeText.Format(value));

    [Fact]
    public void A_quarter_is_asked_about_and_its_distractors_are_the_other_quarters()
    {
        var when = OnlyWhen(new TestExtraction("The current account deficit, meanwhile, hit a record $166bn in the second quarter of 2004.")
            .Time("the second quarter of 2004", "2004-Q2"));

        Assert.Equal("When did the current account deficit hit a record $166bn?", when.Prompt);
        Assert.Contains("Q2 2004", when.Accept);
        Assert.Equal(["the first quarter of 2004", "the fourth quarter of 2004", "the second quarter of 2004", "the third quarter of 2004"], when.Choices.Order(StringComparer.Ordinal));
    }

    /// <summary>The one when-question generated, as multiple choice, from the sentence.</summary>
    private static Question OnlyWhen(TestExtraction sentence) =>
        QuestionGenerator.Default.Generate(sentence.Build(), new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice))
            .Questions.Single(q => q.Type == QuestionType.When);

    [Fact]
    public void A_half_without_its_year_is_a_half_of_the_match_and_no_answer()
    {
        var questions = new TestExtraction("In the second half, Hwang Hee-Chan was booked for a bad foul.")
            .Person("Hwang Hee-Chan").Time("the second half", "2018-H2").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Theory]
    [InlineData("European Union finance ministers meet on Thursday to discuss proposals.", "Thursday", "XXXX-WXX-4",
        "When do European Union finance ministers meet to discuss proposals?", "on Thursday", "Friday|Thursday|Tuesday|Wednesday")]
    [InlineData("The prize will be awarded in London in June.", "June", "XXXX-06",
        "When will the prize be awarded in London?", "in June", "April|July|June|May")]
    public void A_day_or_a_month_without_its_year_is_an_answer_with_those_around_it_as_wrong_choices(
        string sentence, string time, string value, string prompt, string said, string choices)
    {
        var when = OnlyWhen(new TestExtraction(sentence).Time(time, value));

        Assert.Equal(prompt, when.Prompt);
        Assert.Contains(said, when.Accept);
        Assert.Equal(choices.Split('|'), when.Choices.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_date_that_bounds_the_first_time_is_not_when_the_clause_happened()
    {
        var questions = new TestExtraction("The number of mortgages approved in the UK has risen for the first time since May 2003.")
            .Place("UK").Time("May 2003", "2003-05").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void The_day_a_statement_was_made_is_not_asked_about()
    {
        var questions = new TestExtraction("The IMF warned on Thursday that India's budget deficit was too large.", "On Monday, the minister said the plan would go ahead.")
            .Organization("IMF").Place("India").Time("Thursday", "XXXX-WXX-4").Time("Monday", "XXXX-WXX-1").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_day_ends_an_adverbial_clause_that_no_comma_closes()
    {
        var questions = new TestExtraction("Mr Blair denied the quote, and before Gordon Brown left for Africa on Tuesday the chancellor told reporters that he trusted the prime minister.")
            .Person("Blair").Place("Africa").Person("Gordon Brown").Time("Tuesday", "XXXX-WXX-2").Candidates();

        Assert.Contains((QuestionType.When, "When did Gordon Brown leave for Africa?", "on Tuesday"), questions);
    }

    [Fact]
    public void Distractors_of_a_decade_are_other_decades()
    {
        var extraction = new TestExtraction("In the 1920s, Tesla befriended George Sylvester Viereck.")
            .Person("Tesla").Person("George Sylvester Viereck").Time("the 1920s", "192").Build();
        var when = QuestionGenerator.Default.Generate(extraction, new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice))
            .Questions.First(q => q.Type == QuestionType.When);

        Assert.Equal(4, when.Choices.Count);
        Assert.All(when.Choices, c => Assert.Matches(@"^the 1[89]\d0s$", c));
    }

    [Fact]
    public void A_lone_verb_the_tagger_read_as_a_participle_is_the_clauses_past()
    {
        var questions = new TestExtraction("In 1521 Luther dealt largely with prophecy, in which he broadened the foundations of the Reformation.")
            .Person("Luther").Time("1521", "1521").Candidates();

        Assert.Contains((QuestionType.When, "When did Luther deal largely with prophecy?", "in 1521"), questions);
    }

    [Fact]
    public void A_participle_before_its_noun_stays_in_the_subject()
    {
        var questions = new TestExtraction("The invading Normans replaced the Anglo-Saxons in 1066.")
            .Time("1066", "1066").Candidates();

        Assert.Contains((QuestionType.When, "When did the invading Normans replace the Anglo-Saxons?", "in 1066"), questions);
    }

    [Fact]
    public void A_gerund_after_a_preposition_stays_in_the_subject()
    {
        var questions = new TestExtraction("The problem of squaring an integer was solved in 1901.")
            .Time("1901", "1901").Candidates();

        Assert.Contains((QuestionType.When, "When was the problem of squaring an integer solved?", "in 1901"), questions);
    }

    [Fact]
    public void A_count_joined_to_another_is_not_asked_alone()
    {
        var questions = new TestExtraction("Jones won three gold medals and two bronzes in Sydney.")
            .Person("Jones").Place("Sydney").Quantity("three gold medals", 3, "medals").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.HowMany);
    }

    [Theory]
    [InlineData("The town was rebuilt after the Siege of Warsaw in 1939.", "Siege of Warsaw", "1939", "1939", "When was the Siege of Warsaw?", "in 1939")]
    [InlineData("The 2007 Lisbon Treaty recognised fundamental rights.", "Lisbon Treaty", "2007", "2007", "When was the Lisbon Treaty signed?", "in 2007")]
    [InlineData("It followed the Congress of Vienna (1815).", "Congress of Vienna", "1815", "1815", "When was the Congress of Vienna held?", "in 1815")]
    [InlineData("Europe changed with the Treaty of Amsterdam in October 1997.", "Treaty of Amsterdam", "October 1997", "1997-10", "When was the Treaty of Amsterdam signed?", "in October 1997")]
    public void A_named_event_dated_where_it_is_named_asks_when(string sentence, string name, string date, string value, string prompt, string answer)
    {
        var questions = new TestExtraction(sentence).Other(name).Time(date, value).Candidates();

        Assert.Contains((QuestionType.When, prompt, answer), questions);
    }

    [Theory]
    [InlineData("Thanou quit the Olympics in August 2004.", "Olympics", "August 2004", "2004-08")]
    [InlineData("The revocation followed the Revocation of the Edict of Nantes in 1685.", "Revocation of the Edict of Nantes", "1685", "1685")]
    [InlineData("Division C is referred to as the Tax Relief Act of 2008.", "Tax Relief Act", "2008", "2008")]
    public void An_event_that_is_one_of_many_or_not_named_by_its_head_asks_nothing(string sentence, string name, string date, string value)
    {
        var questions = new TestExtraction(sentence).Other(name).Time(date, value).Candidates();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("When was the " + name.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void A_cleft_asks_about_the_clause_it_focuses()
    {
        var questions = new TestExtraction("It was only in 1489 that the Venetians acquired full control of the island.")
            .Other("Venetians").Time("1489", "1489").Ask();

        Assert.Contains((QuestionType.When, "When did the Venetians acquire full control of the island?", "in 1489"), questions);
    }

    [Theory]
    [InlineData("It was not until January 1518 that friends of Luther translated the theses into German.", "January 1518", "1518-01",
        "When did friends of Luther translate the theses into German?", "in January 1518")]
    [InlineData("It was not until 5 March 2004 that the company admitted the error.", "5 March 2004", "2004-03-05",
        "When did the company admit the error?", "on 5 March 2004")]
    public void Not_until_in_a_cleft_dates_the_focused_clause(string sentence, string date, string value, string prompt, string answer)
    {
        var questions = new TestExtraction(sentence).Person("Luther").Time(date, value).Ask();

        Assert.Contains((QuestionType.When, prompt, answer), questions);
    }

    [Fact]
    public void A_cleft_on_a_place_asks_where()
    {
        var questions = new TestExtraction("It was in Paris that Smith met the president of France.")
            .Person("Smith").Place("Paris").Place("France").Ask();

        Assert.Contains((QuestionType.Where, "Where did Smith meet the president of France?", "Paris"), questions);
    }

    [Fact]
    public void A_forecast_reported_after_it_asks_no_when()
    {
        var questions = new TestExtraction("Huge changes are afoot in 2005, he predicted, as companies such as the BBC offer TV content over the net.")
            .Organization("BBC").Time("2005", "2005").Candidates();

        Assert.DoesNotContain(questions, q => q.Type == QuestionType.When);
    }

    [Fact]
    public void A_year_after_a_preposition_is_not_part_of_the_subject_that_follows()
    {
        var questions = new TestExtraction("In 1957 competition rules were included in the Treaty of Rome.")
            .Time("1957", "1957").Candidates();

        Assert.Contains((QuestionType.When, "When were competition rules included in the Treaty of Rome?", "in 1957"), questions);
    }

    [Fact]
    public void A_word_after_a_modal_that_can_be_a_verb_is_the_verb()
    {
        var questions = new TestExtraction("The cardinal will touch on this theme again in January.")
            .Time("January", "XXXX-01").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When will the cardinal touch on this theme again?");
    }

    [Fact]
    public void A_common_noun_capitalised_to_open_the_sentence_is_lower_case_in_the_question()
    {
        var questions = new TestExtraction("Service sector activity improved in January, the survey found.")
            .Time("January", "XXXX-01").Candidates();

        Assert.Contains(questions, q => q.Type == QuestionType.When && q.Prompt == "When did service sector activity improve?");
    }
}
