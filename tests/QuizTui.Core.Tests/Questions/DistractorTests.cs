using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Questions;

public sealed class DistractorTests
{
    private static readonly TestExtraction Article = new TestExtraction(
            "US Secretary of State John Kerry met Russian President Vladimir Putin in Moscow in March.",
            "Kerry later met Sergei Lavrov in Moscow and flew to Damascus.",
            "Syrian rebels seized 21 peacekeepers in the Golan Heights in May.",
            "Israel and Lebanon protested.")
        .Person("John Kerry").Person("Kerry", "John Kerry").Person("Vladimir Putin").Person("Sergei Lavrov")
        .Place("Moscow").Place("Damascus").Place("Golan Heights").Place("Israel").Place("Lebanon")
        .Time("March", "2013-03").Time("May", "2013-05").Quantity("21 peacekeepers", 21, "peacekeepers");

    /// <summary>The multiple-choice questions of a story, up to 20.</summary>
    private static IReadOnlyList<Question> MultipleChoice(TestExtraction story) =>
        QuestionGenerator.Default.Generate(story.Build(), new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice)).Questions;

    private static IReadOnlyList<Question> Questions(int seed = 0) =>
        QuestionGenerator.Default.Generate(Article.Build(), new QuestionOptions(Count: 20, Seed: seed)).Questions;

    [Fact]
    public void Choices_are_four_distinct_and_include_the_answer()
    {
        foreach (var question in Questions().Where(q => q.Format == QuestionFormat.MultipleChoice))
        {
            Assert.Equal(4, question.Choices.Count);
            Assert.Equal(4, question.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Contains(question.Answer, question.Choices);
        }
    }

    [Fact]
    public void Person_distractors_are_other_people_never_an_alias_of_the_answer()
    {
        var who = Questions().First(q => q.Type == QuestionType.Who && q.Answer == "John Kerry");

        Assert.Contains("Sergei Lavrov", who.Choices);
        Assert.DoesNotContain("Kerry", who.Choices);
    }

    [Fact]
    public void A_she_in_the_prompt_keeps_men_out_of_the_wrong_choices()
    {
        var story = new TestExtraction(
                "Greek sprinter Katerina Thanou says she is eager to compete again.",
                "Her coach Michael Evans and Richard Pound, the chairman of the agency, disagreed.",
                "Sprinters Sarah Jones and Paula Radcliffe did not comment.")
            .Person("Katerina Thanou").Person("Michael Evans").Person("Richard Pound").Person("Sarah Jones").Person("Paula Radcliffe");
        var who = MultipleChoice(story).First(q => q.Answer == "Katerina Thanou" && q.Prompt.Contains(" she ", StringComparison.Ordinal));

        Assert.Contains("Sarah Jones", who.Choices);
        Assert.Contains("Paula Radcliffe", who.Choices);
        Assert.DoesNotContain("Michael Evans", who.Choices);
        Assert.DoesNotContain("Richard Pound", who.Choices);
    }

    [Fact]
    public void A_role_that_says_its_holders_sex_keeps_the_other_sex_out_of_the_wrong_choices()
    {
        var story = new TestExtraction(
                "Johnny Depp was favourite male movie star at the awards.",
                "Julia Roberts and Sarah Jones won prizes, and Michael Moore and Richard Evans spoke.")
            .Person("Johnny Depp").Person("Julia Roberts").Person("Sarah Jones").Person("Michael Moore").Person("Richard Evans");
        var who = MultipleChoice(story).First(q => q.Prompt.StartsWith("Who was favourite male movie star", StringComparison.Ordinal));

        Assert.DoesNotContain("Julia Roberts", who.Choices);
        Assert.DoesNotContain("Sarah Jones", who.Choices);
        Assert.Contains("Michael Moore", who.Choices);
    }

    [Fact]
    public void A_sports_story_short_of_names_is_offered_ordinary_names_not_famous_ones()
    {
        var story = new TestExtraction(
                "Sprinter Kelly Holmes won the 800m race at the championships in Madrid.",
                "The athlete, who took two Olympic medals last season, beat the champion in the final.",
                "Her coach said the club and its fans had waited for the victory, and the league agreed.")
            .Person("Kelly Holmes").Place("Madrid");
        var who = QuestionGenerator.Default.Generate(story.Build(), new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice))
            .Questions.First(q => q.Answer == "Kelly Holmes");

        Assert.Equal(ArticleField.Sport, ArticleFields.Of(story.Build().Article.Text));
        Assert.Equal(4, who.Choices.Count);
        Assert.All(who.Choices.Where(c => c != "Kelly Holmes"), c =>
        {
            Assert.DoesNotContain(c, Gazetteer.Default.PeopleFor(ArticleField.Sport));
            Assert.Contains(c.Split(' ')[0], Gazetteer.Default.FemaleNames);
        });
    }

    [Fact]
    public void A_business_story_short_of_names_is_offered_ordinary_names_shaped_like_the_answer()
    {
        var story = new TestExtraction(
                "Shares in Multiplex fell 19% after the builder said it would not make a profit on Wembley stadium.",
                "Simon Wheatley, from Goldman Sachs, told Reuters that the writeback had hurt the builder's credibility.")
            .Organization("Multiplex").Organization("Goldman Sachs").Organization("Reuters").Place("Wembley").Person("Simon Wheatley").Build();
        var who = QuestionGenerator.Default.Generate(story, new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice))
            .Questions.First(q => q.Answer == "Simon Wheatley");
        var wrong = who.Choices.Where(c => c != "Simon Wheatley").ToList();

        Assert.Equal(3, wrong.Count);
        Assert.All(wrong, c => Assert.Contains(c.Split(' ')[0], Gazetteer.Default.MaleNames.Take(150)));
        Assert.All(wrong, c => Assert.Contains(c.Split(' ')[1], Gazetteer.Default.Surnames));
    }

    [Fact]
    public void Ordinary_names_keep_the_answers_shape_and_never_repeat_the_surname_as_given_name()
    {
        // 1,000 seeds draw the surname "James" about 1,000 times, each with a one in 150 chance of "James" as given name.
        var male = Enumerable.Range(0, 1000).SelectMany(seed => Distractors.OrdinaryPeople("James Smith", "James Smith said so.", Gazetteer.Default, new Random(seed))).ToList();
        var titled = Distractors.OrdinaryPeople("Lord Falconer", "Lord Falconer said so.", Gazetteer.Default, new Random(1)).ToList();
        var surname = Distractors.OrdinaryPeople("Falconer", "Falconer said so.", Gazetteer.Default, new Random(1)).ToList();

        Assert.DoesNotContain(male, c => c.Split(' ') is [var given, var last] && given == last);
        Assert.All(male, c => Assert.Contains(c.Split(' ')[0], Gazetteer.Default.MaleNames.Take(150)));
        Assert.DoesNotContain(male, c => c.EndsWith(" Smith", StringComparison.Ordinal));
        Assert.All(titled, c => Assert.StartsWith("Lord ", c, StringComparison.Ordinal));
        Assert.All(surname, c => Assert.DoesNotContain(' ', c));
    }

    [Fact]
    public void A_thing_named_after_the_and_a_law_are_no_wrong_choices_for_who()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Apple wants the reporters to reveal sources used for stories about the Mac Mini.",
                "Lawyer Kurt Opsahl said the First Amendment protects all reporters, and Tom Goldstein and Dan Gillmor agreed.",
                "The Electronic Frontier Foundation has asked the court to stop Apple.")
            .Organization("Apple").Person("Mac Mini").Person("Kurt Opsahl").Person("Tom Goldstein").Person("Dan Gillmor")
            .Organization("First Amendment").Organization("Electronic Frontier Foundation"));

        Assert.All(questions.Where(q => q.Type is QuestionType.Who or QuestionType.WhoSaid), q =>
        {
            Assert.DoesNotContain("Mac Mini", q.Choices);
            Assert.DoesNotContain("First Amendment", q.Choices);
        });
        Assert.DoesNotContain(questions, q => q.Answer == "First Amendment");
    }

    [Fact]
    public void A_name_without_a_given_name_once_typed_a_body_is_no_wrong_choice_among_people()
    {
        var questions = MultipleChoice(new TestExtraction(
                "David McLetchie has resigned from his post as a partner in a legal firm following criticism over his dual role.",
                "The MSP had been a partner for Tods Murray which has a client opposing the development.",
                "Mr McLetchie said: \"I have been greatly concerned by the recent publicity surrounding my association with Tods Murray.\"",
                "Labour MSP Christine May said Mr McLetchie was \"very clever\".",
                "SNP leader Nicola Sturgeon accused Mr McLetchie of failing to properly serve his constituents.",
                "Peter Misselbrook, executive partner of Tods Murray, said Mr McLetchie had been considering retirement.")
            .OrganizationAt("Tods Murray which", "Tods Murray")
            .Person("David McLetchie").Person("McLetchie", "David McLetchie").Person("Tods Murray", role: "executive partner").Person("Christine May").Person("Nicola Sturgeon")
            .Person("Peter Misselbrook").Organization("Labour").Organization("SNP"));

        Assert.Contains(questions, q => q.Type is QuestionType.Who or QuestionType.WhoSaid && q.Format == QuestionFormat.MultipleChoice);
        Assert.All(questions.Where(q => q.Type is QuestionType.Who or QuestionType.WhoSaid), q => Assert.DoesNotContain("Tods Murray", q.Choices));
    }

    [Fact]
    public void A_firms_product_is_no_wrong_choice_for_a_firm()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Nintendo's new handheld console, the DS, will launch in Europe on 11 March.",
                "Rival Sony will launch its first handheld console, the PSP, before the end of March.",
                "Analysts expect an audience for both the Nintendo DS and Sony's new PSP.",
                "Ubisoft and Electronic Arts are making games for the DS.")
            .Organization("Nintendo").Organization("DS").Organization("Sony").Organization("PSP").Organization("Nintendo DS").Organization("PSP")
            .Organization("Ubisoft").Organization("Electronic Arts").Organization("DS"));

        var question = Assert.Single(questions, q => q.Answer == "Nintendo" && q.Format == QuestionFormat.MultipleChoice);
        Assert.DoesNotContain("PSP", question.Choices);
        Assert.DoesNotContain("DS", question.Choices);
    }

    [Fact]
    public void The_outlet_a_story_was_told_to_is_no_rival_of_a_firm()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Microsoft releases regular security updates to its software to protect PCs.",
                "Graham Cluley of Sophos told BBC News that piracy was a problem.",
                "Oracle and Panasonic declined to comment.")
            .Organization("Microsoft").Person("Graham Cluley").Organization("Sophos").Organization("BBC News").Organization("Oracle").Organization("Panasonic"));

        var question = Assert.Single(questions, q => q.Answer == "Microsoft" && q.Format == QuestionFormat.MultipleChoice);
        Assert.DoesNotContain("BBC News", question.Choices);
    }

    [Fact]
    public void A_title_taken_for_an_organisation_is_no_wrong_choice_for_who()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Tate managed to raise £12.5m funding to buy the portrait.",
                "The Portrait of Omai will be shown in the Creation of Celebrity exhibition, and the National Gallery and the Duchy of Cornwall lent works.")
            .Organization("Tate").Organization("Portrait of Omai").Organization("Creation of Celebrity").Organization("National Gallery").Organization("Duchy of Cornwall"));

        var who = Assert.Single(questions, q => q.Type == QuestionType.Who && q.Answer == "Tate");
        Assert.DoesNotContain("Portrait of Omai", who.Choices);
        Assert.DoesNotContain("Creation of Celebrity", who.Choices);
        Assert.Contains("National Gallery", who.Choices);
    }

    [Fact]
    public void A_one_word_name_the_recogniser_calls_a_person_gets_organisations_outside_sport_and_the_arts()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Web portals such as Google, Amazon and eBay are gathering links to aid agencies.",
                "Yahoo is proving links direct to charities for those that want to donate.")
            .Organization("Google").Organization("Amazon").Organization("eBay").Person("Yahoo"));

        var who = Assert.Single(questions, q => q.Answer == "Yahoo");
        Assert.Contains("Google", who.Choices);
        Assert.Contains("eBay", who.Choices);
        Assert.DoesNotContain(who.Choices, c => Gazetteer.Default.Surnames.Contains(c.Split(' ')[^1]));
    }

    [Fact]
    public void A_name_only_ever_before_a_role_and_a_name_is_no_wrong_person()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Lib Dem leader Charles Kennedy said Tony Blair should set out an exit strategy from Iraq.",
                "Lib Dem chairman Matthew Taylor agreed with Mr Kennedy.")
            .Person("Lib Dem").Person("Charles Kennedy").Person("Kennedy", "Charles Kennedy").Person("Tony Blair").Person("Matthew Taylor").Place("Iraq"));

        Assert.Contains(questions, q => q.Type is QuestionType.Who or QuestionType.WhoSaid);
        Assert.All(questions, q => Assert.DoesNotContain("Lib Dem", q.Choices));
    }

    [Theory]
    [InlineData("FA", "Northern Irish FA", true)]
    [InlineData("UK Athletics", "UKA", true)]
    [InlineData("UK Athletics", "UK Sport", false)]
    [InlineData("Kerry", "Lavrov", false)]
    [InlineData("Lib Dems", "Liberal Democrats", true)]
    [InlineData("S&P", "Standard & Poor", true)]
    [InlineData("Lib Dems", "Labour Party", false)]
    [InlineData("S&P", "Human Rights Watch", false)]
    [InlineData("Conservatives", "Conservative Party", true)]
    [InlineData("Williams", "William Gallas", false)]
    [InlineData("TimeWarner", "Time Warner", true)]
    [InlineData("Tories", "the Conservatives", true)]
    [InlineData("Tory Party", "Labour", false)]
    [InlineData("Scottish National Party", "SNP", true)]
    [InlineData("the Commerce Department", "the Justice Department", false)]
    [InlineData("Bank of England", "the Bank of Japan", false)]
    [InlineData("Oxford University", "University of Oxford", true)]
    public void Aliases_know_short_acronyms_but_not_a_shared_country(string a, string b, bool alias) =>
        Assert.Equal(alias, Distractors.Aliases(a, b, AnswerKind.Organization));

    [Fact]
    public void A_person_the_prompt_names_by_surname_is_no_wrong_choice()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Hollywood star Kate Bosworth met Kevin Spacey and Bobby Darin in London.",
                "Bosworth attended the premiere with Orlando Bloom.")
            .Person("Kate Bosworth").Person("Bosworth", "Kate Bosworth").Person("Kevin Spacey").Person("Bobby Darin").Person("Orlando Bloom").Place("London"));

        var with = Assert.Single(questions, q => q.Prompt == "Who did Bosworth attend the premiere with?");
        Assert.DoesNotContain("Kate Bosworth", with.Choices);
    }

    [Theory]
    [InlineData("The film, directed by her brother, stars two actors from the theatre; its songs topped the charts and the album won an Oscar.", ArticleField.Entertainment)]
    [InlineData("The minister told parliament the government would raise taxes after the election, and the opposition party objected.", ArticleField.General)]
    public void An_article_is_told_by_its_words(string text, ArticleField field) =>
        Assert.Equal(field, ArticleFields.Of(text));

    [Fact]
    public void Place_distractors_have_the_granularity_of_the_answer()
    {
        var cities = Gazetteer.Default.Cities;
        foreach (var where in Questions().Where(q => q.Type == QuestionType.Where && q.Answer is "Moscow" or "Damascus"))
        {
            Assert.All(where.Choices, c => Assert.Contains(c, cities));
        }
    }

    [Fact]
    public void Date_distractors_are_nearby_dates_of_the_same_precision()
    {
        var when = Questions().First(q => q.Type == QuestionType.When);

        Assert.All(when.Choices, c => Assert.Matches(@"^[A-Z][a-z]+ 20\d\d$", c));
    }

    [Fact]
    public void Country_answer_gets_countries_never_a_city()
    {
        var questions = MultipleChoice(new TestExtraction(
                "John Kerry flew to Russia on Monday.", "He had met Putin in Moscow before talks in Lebanon and Jordan.")
            .Person("John Kerry").Person("Putin", "Vladimir Putin").Place("Russia").Place("Moscow").Place("Lebanon").Place("Jordan").Time("Monday", "2013-05-06"));

        var where = Assert.Single(questions, q => q.Type == QuestionType.Where && q.Answer == "Russia");
        Assert.All(where.Choices, c => Assert.Contains(c, Gazetteer.Default.Countries));
        Assert.Contains("Lebanon", where.Choices);
    }

    [Fact]
    public void A_place_another_sentence_gives_for_the_same_fact_is_no_wrong_choice()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Greek pair were charged after missing a series of routine drugs tests in Tel Aviv, Chicago and Athens.",
                "The federation met in Madrid and Vienna to discuss the case.",
                "Then just before the Olympics, the pair dramatically missed another test in Athens.")
            .Place("Tel Aviv").Place("Chicago").Place("Athens").Place("Madrid").Place("Vienna"));

        var where = Assert.Single(questions, q => q.Prompt == "Where did the pair dramatically miss another test?");
        Assert.DoesNotContain("Chicago", where.Choices);
        Assert.DoesNotContain("Tel Aviv", where.Choices);
        Assert.Contains("Madrid", where.Choices);
    }

    [Fact]
    public void An_acronym_the_article_writes_in_the_plural_is_no_organisation_to_ask_about()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Edinburgh MSP earns up to £30,000 a year from the law firm Tods Murray.",
                "MSPs are advised to guard against a conflict of interests, BBC Scotland said.")
            .Organization("MSP").Organization("Tods Murray").Organization("BBC Scotland"));

        Assert.DoesNotContain(questions, q => q.Answer == "MSP");
        Assert.All(questions, q => Assert.DoesNotContain("MSP", q.Choices));
    }

    [Fact]
    public void A_name_typed_a_person_once_and_an_organisation_once_is_no_wrong_choice()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The government is implementing the rarely used Royal Prerogative to withdraw the passports.",
                "Home affairs spokesman Mark Oaten demanded assurances that the evidence was not gained under torture.",
                "He said the move raised questions about the use of the Royal prerogative, as Kate Allen and Louise Christian did.")
            .Person("Royal Prerogative").Person("Mark Oaten").Organization("Royal prerogative", "Royal Prerogative").Person("Kate Allen").Person("Louise Christian"));

        var who = Assert.Single(questions, q => q.Answer == "Mark Oaten" && q.Type == QuestionType.Who);
        Assert.DoesNotContain("Royal Prerogative", who.Choices);
    }

    [Fact]
    public void Person_distractors_leave_out_names_that_are_no_person()
    {
        var questions = MultipleChoice(new TestExtraction(
                "John Kerry met Vladimir Putin in Moscow.", "Sergei Lavrov watched Million Dollar Baby with Kofi Annan.")
            .Person("John Kerry").Person("Vladimir Putin").Person("Sergei Lavrov").Person("Million Dollar Baby").Person("Kofi Annan").Place("Moscow"));

        Assert.DoesNotContain(questions, q => q.Answer == "Million Dollar Baby");
        Assert.All(questions.Where(q => q.Type == QuestionType.Who), q => Assert.DoesNotContain("Million Dollar Baby", q.Choices));
    }

    [Fact]
    public void Organisation_distractors_leave_out_bare_head_words_and_common_words()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Investment bank Morgan Stanley has forecast that the mobile market will grow by 40% a year.",
                "Young and the Federation welcomed the decision, as did Singapore Telecom and Essar.")
            .Organization("Morgan Stanley").Organization("Young").Organization("Federation").Organization("Singapore Telecom").Organization("Essar"));

        var question = Assert.Single(questions, q => q.Answer == "Morgan Stanley");
        Assert.DoesNotContain("Young", question.Choices);
        Assert.DoesNotContain("Federation", question.Choices);
        Assert.Contains("Singapore Telecom", question.Choices);
    }

    [Fact]
    public void Date_distractors_from_the_article_are_the_nearest_ones()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Syrian rebels seized 21 peacekeepers in March.", "The UN had sent them in January 1990.", "More came in May and in June.")
            .Time("March", "2013-03").Time("January 1990", "1990-01").Time("May", "2013-05").Time("June", "2013-06"));

        var when = Assert.Single(questions, q => q.Type == QuestionType.When && q.Answer == "March 2013");
        Assert.Contains("May 2013", when.Choices);
        Assert.DoesNotContain("January 1990", when.Choices);
    }

    [Fact]
    public void A_region_spanning_countries_is_never_a_wrong_place_since_it_may_contain_the_answer()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Syrian rebels seized four peacekeepers in the Golan Heights on Monday.", "Tension is rising across the Middle East, in Kashmir and in the West Bank.")
            .Place("Golan Heights").Place("Middle East").Place("Kashmir").Place("West Bank").Time("Monday", "2013-05-06"));

        var where = Assert.Single(questions, q => q.Type == QuestionType.Where && q.Answer.Contains("Golan Heights", StringComparison.Ordinal));
        Assert.Contains(where.Choices, c => c.Contains("Kashmir", StringComparison.Ordinal));
        Assert.DoesNotContain(where.Choices, c => c.Contains("Middle East", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("John Kerry", "Kerry", true)]
    [InlineData("the Golan Heights", "Golan Heights", true)]
    [InlineData("John Kerry", "Sergei Lavrov", false)]
    [InlineData("Syria", "Russia", false)]
    [InlineData("Scottish National Party", "SNP Holyrood", true)]
    [InlineData("SNP", "Scottish National Party", true)]
    [InlineData("Scottish National Party", "Strathclyde University", false)]
    public void Aliases_are_recognised(string a, string b, bool expected) =>
        Assert.Equal(expected, Distractors.Aliases(a, b, AnswerKind.Person));

    [Fact]
    public void A_name_the_question_contains_is_never_a_choice()
    {
        foreach (var question in Questions().Where(q => q.Format == QuestionFormat.MultipleChoice && q.Type is QuestionType.Who or QuestionType.Where))
        {
            Assert.DoesNotContain(question.Choices, c => question.Prompt.Contains(c, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(Questions(), q => q.Format == QuestionFormat.MultipleChoice && q.Prompt.Contains("Kerry", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_in_millions_are_offered_in_millions_with_the_modifier_in_lower_case()
    {
        var questions = MultipleChoice(new TestExtraction(
                "More than 14.2 million people saw the soap's Christmas episode on BBC One.",
                "Microsoft has sold 19.9 million units worldwide.")
            .Quantity("More than 14.2 million people", 14_200_000, "people", "MORE_THAN").Quantity("19.9 million units", 19_900_000, "units")
            .Organization("Microsoft").Organization("BBC One"));

        var units = Assert.Single(questions, q => q.Type == QuestionType.HowMany && q.Prompt.Contains("units", StringComparison.Ordinal));
        Assert.Equal("19.9 million", units.Answer);
        Assert.All(units.Choices, c => Assert.EndsWith(" million", c, StringComparison.Ordinal));
        var people = Assert.Single(questions, q => q.Type == QuestionType.HowMany && q.Prompt.Contains("people", StringComparison.Ordinal));
        Assert.Equal("more than 14.2 million", people.Answer);
        Assert.All(people.Choices, c => Assert.StartsWith("more than ", c, StringComparison.Ordinal));
    }

    [Fact]
    public void A_news_organisation_gets_news_organisations_for_wrong_choices()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Jonathan Baume, of the First Division Association, told BBC News there were competing agendas for government.",
                "Gordon Brown has criticised the union leader.")
            .Person("Jonathan Baume").Organization("First Division Association").Organization("BBC News").Person("Gordon Brown"));

        var told = Assert.Single(questions, q => q.Answer == "BBC News");
        Assert.DoesNotContain("First Division Association", told.Choices);
        Assert.All(told.Choices.Where(c => c != "BBC News"), c => Assert.Contains(c, Gazetteer.Default.NewsOutlets));
    }

    [Fact]
    public void A_name_cut_after_an_initial_is_no_wrong_choice()
    {
        var questions = MultipleChoice(new TestExtraction(
                "US Treasury Secretary John Snow said a strong dollar was in America's interest.",
                "President George W Bush has promised to halve the deficit, and Carsten Fritsch of Commerzbank agreed.")
            .Person("John Snow").Person("George W").Person("Bush").Person("Carsten Fritsch").Organization("Commerzbank"));

        Assert.Contains(questions, q => q.Answer == "John Snow");
        Assert.All(questions, q => Assert.DoesNotContain("George W", q.Choices));
    }

    [Theory]
    [InlineData("BBC News", true)]
    [InlineData("Sky Sports News", true)]
    [InlineData("The Times", true)]
    [InlineData("UK Sport", false)]
    [InlineData("Hollywood Foreign Press Association", false)]
    [InlineData("Commerzbank", false)]
    public void News_organisations_are_told_by_their_words(string name, bool news) =>
        Assert.Equal(news, OrganisationNames.IsNewsOutlet(name));
    [Fact]
    public void A_company_gets_companies_of_its_kind_for_wrong_choices_not_international_bodies()
    {
        var questions = MultipleChoice(new TestExtraction(
                "British Airways has blamed high fuel prices for a 40% drop in profits.",
                "Analysts had expected the carrier to do better this winter.")
            .Organization("British Airways"));

        var blamed = Assert.Single(questions, q => q.Answer == "British Airways");
        Assert.All(blamed.Choices.Where(c => c != "British Airways"), c => Assert.Contains(c, Gazetteer.Default.OrganisationsOf("airline")));
    }

    [Fact]
    public void A_body_of_no_known_kind_gets_no_listed_wrong_choices_and_is_asked_as_short_answer()
    {
        var questions = QuestionGenerator.Default.Generate(new TestExtraction(
                "Zorblax has announced a plan to cut 200 jobs in the north of England.",
                "The cuts will be made over two years.")
            .Organization("Zorblax").Build(), new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice)).Questions;

        var announced = Assert.Single(questions, q => q.Answer == "Zorblax");
        Assert.Equal(QuestionFormat.ShortAnswer, announced.Format);
    }

    [Theory]
    [InlineData("British Airways", "", "airline")]
    [InlineData("Standard & Poor", "", "bank")]
    [InlineData("Microsoft Corp", "", "tech")]
    [InlineData("Disney", "", "media")]
    [InlineData("Scottish Borders Council", "", "public-body")]
    [InlineData("Kent County Council", "", "council")]
    [InlineData("Ugandan Media Council", "", null)]
    [InlineData("Commerce Department", "", "us-department")]
    [InlineData("Parmalat", "Parmalat, the Italian food group, has reported a doubling in profit.", "food")]
    [InlineData("Sophos", "Anti-virus firm Sophos said 10% of e-mail was infected.", "tech")]
    [InlineData("Turkcell", "Shares in Turkcell fell.", "company")]
    [InlineData("Turkcell", "Turkcell said so.", null)]
    [InlineData("Liberal Democrats", "", "party")]
    [InlineData("European Central Bank", "", "central-bank")]
    [InlineData("Bank of Mexico", "", "central-bank")]
    [InlineData("International Energy Agency", "", "international")]
    public void An_organisations_kind_comes_from_the_lists_its_name_or_what_the_article_calls_it(string name, string text, string? kind) =>
        Assert.Equal(kind, OrganisationKinds.Of(name, text, ArticleField.General, Gazetteer.Default));

    [Theory]
    [InlineData("Motorola Startac", true)]
    [InlineData("Sony Walkman", true)]
    [InlineData("Microsoft Outlook", true)]
    [InlineData("Sony Pictures", false)]
    [InlineData("Microsoft Corp", false)]
    [InlineData("BBC Sport", false)]
    [InlineData("Martin Scorsese", false)]
    [InlineData("Warner Brothers", false)]
    public void A_product_is_a_listed_companys_name_and_a_models(string name, bool product) =>
        Assert.Equal(product, OrganisationNames.IsProduct(name));

    [Fact]
    public void A_product_is_no_answer_to_who()
    {
        var questions = new TestExtraction(
                "The Motorola Startac should be Number One, the judges of the gadget list said on Monday.",
                "The Sinclair Executive was the world's first pocket calculator.")
            .Organization("Motorola Startac").Person("Sinclair Executive").Candidates();

        Assert.DoesNotContain(questions, q => q.Answer is "Motorola Startac" or "Sinclair Executive");
    }

    [Fact]
    public void In_a_story_about_films_a_body_no_list_or_suffix_makes_one_is_no_wrong_organisation()
    {
        var story = new TestExtraction(
                "The film, directed by Jean-Pierre Jeunet, received best actress, picture and director nominations at the awards.",
                "Two associations of French producers challenged the film's right to subsidies, because Warner Bros was a backer.",
                "Other nominated films include The Motorcycle Diaries and Kings And Queen, which stars an actor from the theatre.",
                "Paramount Pictures and Miramax released the other films, and the album of its songs won an Oscar.")
            .Person("Jean-Pierre Jeunet").Organization("Warner Bros").Organization("Motorcycle Diaries").Organization("Kings And Queen")
            .Organization("Paramount Pictures").Organization("Miramax");
        var questions = MultipleChoice(story);

        Assert.Equal(ArticleField.Entertainment, ArticleFields.Of(story.Build().Article.Text));
        var backer = Assert.Single(questions, q => q.Answer == "Warner Bros");
        Assert.DoesNotContain("Motorcycle Diaries", backer.Choices);
        Assert.DoesNotContain("Kings And Queen", backer.Choices);
        Assert.Contains("Paramount Pictures", backer.Choices);
    }

    [Fact]
    public void A_continent_s_wrong_choices_are_other_continents()
    {
        var questions = MultipleChoice(new TestExtraction(
                "BMW sold nearly 95,000 cars in Asia last year.",
                "The carmaker also opened a plant in the West Bank.")
            .Organization("BMW").Place("Asia").Place("the West Bank").Time("last year", "2004"));

        var sold = Assert.Single(questions, q => q.Answer == "Asia");
        Assert.All(sold.Choices.Where(c => c != "Asia"), c => Assert.Contains(c, new[] { "Africa", "Europe", "North America", "South America", "Oceania" }));
    }

    [Fact]
    public void A_name_only_ever_after_a_place_and_its_comma_is_no_wrong_organisation()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Born in Luton, Bedfordshire, in 1920, Hailey served in the Royal Air Force.",
                "The Canadian Broadcasting Corporation bought Flight into Danger for $600.")
            .Place("Luton").Organization("Bedfordshire").Person("Hailey").Organization("Royal Air Force").Organization("Canadian Broadcasting Corporation"));

        var bought = Assert.Single(questions, q => q.Answer == "Canadian Broadcasting Corporation");
        Assert.DoesNotContain("Bedfordshire", bought.Choices);
        Assert.Contains("Royal Air Force", bought.Choices);
    }

    [Fact]
    public void Outside_sport_a_known_place_or_a_plural_typed_as_a_body_is_no_wrong_organisation()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Royal Academy of Dance has launched a new competition to reverse the decline in British ballet.",
                "Newcastle has two dance schools, said the Arts Council, and GM's SRX SUVs were sold to the BBC.")
            .Organization("Royal Academy of Dance").Organization("Newcastle").Organization("Arts Council").Organization("SRX SUVs").Organization("BBC"));

        var launched = Assert.Single(questions, q => q.Answer == "Royal Academy of Dance");
        Assert.DoesNotContain("Newcastle", launched.Choices);
        Assert.DoesNotContain("SRX SUVs", launched.Choices);
    }

    [Fact]
    public void A_name_listed_with_places_or_a_compass_point_before_one_is_no_wrong_organisation()
    {
        var questions = MultipleChoice(new TestExtraction(
                "UK Coal operates 15 mines across Nottinghamshire, Derbyshire, the West Midlands and Durham.",
                "The South Yorkshire company sells coal.",
                "Renault makes cars.", "Nissan sold vans.", "Fiat builds lorries.", "Volvo built buses.")
            .Organization("UK Coal").Organization("Nottinghamshire").Organization("Derbyshire").Place("West Midlands").Organization("Durham")
            .Organization("South Yorkshire").Organization("Renault").Organization("Nissan").Organization("Fiat").Organization("Volvo"));

        var operates = Assert.Single(questions, q => q.Answer == "UK Coal");
        Assert.Empty(operates.Choices.Intersect(["Nottinghamshire", "Derbyshire", "Durham", "South Yorkshire"]));
        Assert.Contains("Nissan", operates.Choices);
    }

    [Fact]
    public void A_wrong_organisation_is_offered_without_its_bracketed_acronym()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Bank of England will almost certainly raise rates this year.",
                "Figures came from the Office for National Statistics (ONS) on Monday.",
                "Reuters reported the figures.", "Monument Securities sold bonds.")
            .Organization("Bank of England").Organization("Office for National Statistics (ONS)").Organization("Reuters").Organization("Monument Securities"));

        var raise = Assert.Single(questions, q => q.Answer == "Bank of England");
        Assert.Contains("Office for National Statistics", raise.Choices);
        Assert.DoesNotContain(raise.Choices, c => c.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void After_also_one_shared_content_word_makes_another_name_no_wrong_answer()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Katerina Thanou and Kostas Kenteris were suspended by the IAAF for missing three drugs tests.",
                "Thanou's coach Christos Tzekos was also suspended by the IAAF.",
                "Grigoris Ioanidis, their lawyer, spoke to reporters.",
                "Kostas Panagopoulos chaired the committee.")
            .Person("Katerina Thanou").Person("Thanou", "Katerina Thanou").Person("Kostas Kenteris").Person("Christos Tzekos")
            .Person("Grigoris Ioanidis").Person("Kostas Panagopoulos").Organization("IAAF"));

        var suspended = Assert.Single(questions, q => q.Answer == "Christos Tzekos" && q.Prompt.Contains("suspended", StringComparison.Ordinal));
        Assert.DoesNotContain("Katerina Thanou", suspended.Choices);
        Assert.DoesNotContain("Kostas Kenteris", suspended.Choices);
    }

    [Fact]
    public void A_part_someone_plays_is_no_wrong_person()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Marlon Brando eventually took the role of Don Corleone.",
                "Budd Schulberg told Vanity Fair magazine that Alice Marchak suggested the novel.",
                "Sophie Okonedo, who plays Don Cheadle's wife, praised George Raft.")
            .Person("Marlon Brando").Person("Don Corleone").Person("Budd Schulberg").Person("Alice Marchak").Person("Sophie Okonedo")
            .Person("Don Cheadle").Person("George Raft").Organization("Vanity Fair"));

        var told = Assert.Single(questions, q => q.Answer == "Budd Schulberg");
        Assert.DoesNotContain("Don Corleone", told.Choices);
        Assert.Contains(questions, q => q.Choices.Contains("Don Cheadle"));
    }

    [Fact]
    public void A_name_given_as_an_instance_of_things_is_no_wrong_person()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Jeff Blake said the studio had a diverse slate this year.",
                "Small offerings such as Napoleon Dynamite did well, and playwrights such as Martin Lynch praised them.",
                "Paul Dergarabedian counted the takings.", "George Harrison sang.")
            .Person("Jeff Blake").Person("Napoleon Dynamite").Person("Martin Lynch").Person("Paul Dergarabedian").Person("George Harrison"));

        var said = Assert.Single(questions, q => q.Answer == "Jeff Blake");
        Assert.DoesNotContain("Napoleon Dynamite", said.Choices);
        Assert.Contains(questions, q => q.Choices.Contains("Martin Lynch"));
    }

    [Fact]
    public void A_work_someone_is_up_for_or_performs_in_is_no_wrong_person_and_best_actor_says_the_sex()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Leonardo DiCaprio faces competition from Johnny Depp in the best actor category.",
                "Imelda Staunton for Vera Drake and Kate Winslet for Finding Neverland were nominated.",
                "Cate Blanchett was praised for her performance in The Aviator.", "Richard Gere sang.", "Tom Hanks danced.", "Michael Caine laughed.")
            .Person("Leonardo DiCaprio").Person("Johnny Depp").Person("Imelda Staunton").Person("Vera Drake").Person("Kate Winslet")
            .Person("Finding Neverland").Person("Cate Blanchett").Person("The Aviator").Person("Richard Gere").Person("Tom Hanks").Person("Michael Caine"));

        var actor = Assert.Single(questions, q => q.Answer == "Leonardo DiCaprio" && q.Prompt.Contains("best actor", StringComparison.Ordinal));
        Assert.Equal(["Leonardo DiCaprio", "Michael Caine", "Richard Gere", "Tom Hanks"], actor.Choices.Order(StringComparer.Ordinal));
        Assert.All(questions, q => Assert.DoesNotContain(q.Choices, c => c is "Vera Drake" or "Finding Neverland" or "The Aviator"));
    }

    [Fact]
    public void A_name_ending_in_a_word_for_an_institution_is_no_wrong_person()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Bobby Hernandez said the cause of death appeared to be natural.",
                "Davis and Dee together received Kennedy Center honours in 2004, and Spike Lee praised them.",
                "Ruby Dee mourned.", "George Harrison sang.")
            .Person("Bobby Hernandez").Person("Kennedy Center").Person("Davis", "Ossie Davis").Person("Spike Lee").Person("Ruby Dee").Person("George Harrison"));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.DoesNotContain("Kennedy Center", q.Choices));
    }

    [Fact]
    public void A_figure_of_worship_is_no_wrong_answer_beside_the_people_of_the_story()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Bruce Davey said the film would not be advertised.",
                "The film deals with the last hours of Jesus Christ's life, and Frank Pierson praised it.",
                "Paul Dergarabedian counted the takings.", "George Harrison sang.")
            .Person("Bruce Davey").Person("Jesus Christ").Person("Frank Pierson").Person("Paul Dergarabedian").Person("George Harrison"));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.DoesNotContain("Jesus Christ", q.Choices));
    }

    [Fact]
    public void A_show_is_an_event_and_its_initials_are_no_wrong_organisation()
    {
        Assert.Equal(QuizTui.Core.Entities.MentionType.Other, QuizTui.Core.Entities.Gazetteers.NameHeads.Default.TypeOf(["Consumer", "Electronics", "Show"], "Consumer Electronics Show"));

        var questions = MultipleChoice(new TestExtraction(
                "The US Environmental Protection Agency unveiled new guidelines at the Consumer Electronics Show.",
                "Intel showcased chips at CES.", "BBC News reported it.", "The European Union agreed.", "Unesco met.")
            .Organization("US Environmental Protection Agency").Other("Consumer Electronics Show").Organization("CES").Organization("Intel")
            .Organization("BBC News").Organization("European Union").Organization("Unesco"));

        var unveiled = Assert.Single(questions, q => q.Answer == "US Environmental Protection Agency");
        Assert.DoesNotContain("CES", unveiled.Choices);
    }

    [Fact]
    public void A_name_and_the_acronym_bracketed_after_it_are_one_wrong_choice_not_two()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Bank of England said monetary policy depends on good information.",
                "Figures come from the Office for National Statistics (ONS) each month.",
                "The ONS publishes data.", "The House of Lords criticised the MPC.", "Reuters reported it.")
            .Organization("Bank of England").Organization("National Statistics").Organization("ONS").Organization("House of Lords")
            .Organization("MPC").Organization("Reuters"));

        var said = Assert.Single(questions, q => q.Answer == "Bank of England");
        Assert.False(said.Choices.Contains("ONS") && said.Choices.Contains("National Statistics"));
    }

    [Theory]
    [InlineData("Chevrolet Avalanche", true)]
    [InlineData("GMC Savana", true)]
    public void A_car_makers_model_is_a_product(string name, bool product) =>
        Assert.Equal(product, OrganisationNames.IsProduct(name));

    [Fact]
    public void A_party_is_offered_other_parties_never_a_body_of_another_kind_nor_its_own_nickname()
    {
        var questions = MultipleChoice(new TestExtraction(
                "The Lib Dems are asking the watchdog overseeing the rules to stop the calls.",
                "Labour and the Conservatives are still telephoning people signed up to the Telephone Preference Service.",
                "The Tories say the Direct Marketing Association runs the scheme.")
            .Organization("Lib Dems").Organization("Labour").Organization("Conservatives").Organization("Tories")
            .Organization("Telephone Preference Service").Organization("Direct Marketing Association"));
        var asking = questions.First(q => q.Answer == "Lib Dems");

        Assert.Equal(4, asking.Choices.Count);
        Assert.DoesNotContain("Telephone Preference Service", asking.Choices);
        Assert.DoesNotContain("Direct Marketing Association", asking.Choices);
        Assert.Contains("Labour", asking.Choices);
        Assert.Single(asking.Choices, c => c is "Conservatives" or "the Conservatives" or "Tories");
    }

    [Fact]
    public void A_sea_is_offered_other_seas()
    {
        var questions = MultipleChoice(new TestExtraction(
                "Researchers from Southampton have been looking at wave heights in the Atlantic over the last nine years.",
                "Storms caused havoc across Scotland last month.")
            .Place("Southampton").Place("Atlantic").Place("Scotland"));
        var sea = Assert.Single(questions, q => q.Type == QuestionType.Where && q.Answer.EndsWith("Atlantic", StringComparison.Ordinal));

        Assert.Equal(4, sea.Choices.Count);
        Assert.All(sea.Choices.Where(c => c != sea.Answer), c => Assert.Matches("Sea|Ocean|Mediterranean|Channel|Gulf|Pacific|Adriatic", c));
    }

    [Fact]
    public void Only_a_performer_in_an_arts_story_is_offered_famous_names()
    {
        static Question Who(TestExtraction story, string answer) =>
            QuestionGenerator.Default.Generate(story.Build(), new QuestionOptions(Count: 20, Format: QuestionFormat.MultipleChoice)).Questions.First(q => q.Answer == answer);
        var actor = new TestExtraction(
                "Actor Tom Hanks will star in the film adaptation of the best-selling novel, the studio said.",
                "The movie will open in cinemas in May, after a premiere at the film festival, and the album of its music follows.",
                "Critics at the festival praised the film, its soundtrack album and its Oscar-tipped director.")
            .Person("Tom Hanks", role: "Actor");
        var student = new TestExtraction(
                "Student Frank Bruvik was ordered to pay compensation to the music industry over his film and album downloads site.",
                "The movie studios and record labels said the ruling would help the cinema and the charts.",
                "Critics at the festival praised the film, its soundtrack album and its Oscar-tipped director.")
            .Person("Frank Bruvik", role: "Student");

        Assert.Equal(ArticleField.Entertainment, ArticleFields.Of(actor.Build().Article.Text));
        Assert.Equal(ArticleField.Entertainment, ArticleFields.Of(student.Build().Article.Text));
        Assert.All(Who(actor, "Tom Hanks").Choices.Where(c => c != "Tom Hanks"), c => Assert.Contains(c, Gazetteer.Default.PeopleFor(ArticleField.Entertainment)));
        Assert.All(Who(student, "Frank Bruvik").Choices.Where(c => c != "Frank Bruvik"), c => Assert.DoesNotContain(c, Gazetteer.Default.PeopleFor(ArticleField.Entertainment)));
    }
}
