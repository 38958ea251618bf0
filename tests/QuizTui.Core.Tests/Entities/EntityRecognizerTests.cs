using QuizTui.Core.Entities;
using QuizTui.Core.Text;

namespace QuizTui.Core.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static IReadOnlyList<Mention> Recognize(params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var regions = new List<TextSpan>();
        var start = 0;
        foreach (var sentence in sentences)
        {
            regions.Add(new TextSpan(start, start + sentence.Length));
            start += sentence.Length + 1;
        }

        return EntityRecognizer.Default.Recognize(text, regions);
    }

    private static Mention Find(IReadOnlyList<Mention> mentions, string text, int occurrence = 0) =>
        mentions.Where(m => m.Text == text).ElementAt(occurrence);

    [Fact]
    public void A_capitalised_sentence_adverb_is_no_part_of_a_name()
    {
        var text = "\"Even Denzel Washington is getting $20m a movie,\" Lee said.";
        var mentions = EntityRecognizer.Default.Recognize(text, [new TextSpan(0, text.Length)]);

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Even", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Denzel Washington" && m.Type == MentionType.Person);
    }

    [Fact]
    public void A_name_whose_surname_is_a_person_elsewhere_is_that_person()
    {
        var text = """
            World outdoor triple jump record holder and BBC pundit Jonathan Edwards believes Phillips Idowu can take gold at the European Indoor Championships.

            Idowu landed 17.30m at the British trials in Sheffield last month to lead the world triple jump rankings.

            Idowu made his breakthrough five years ago but so far has only a Commonwealth silver medal to his name.
            """;
        var mentions = EntityRecognizer.Default.Recognize(text, [new TextSpan(0, text.Length)]);

        Assert.All(mentions.Where(m => m.Text.Contains("Idowu", StringComparison.Ordinal)), m =>
        {
            Assert.Equal(MentionType.Person, m.Type);
            Assert.Equal("Phillips Idowu", m.Entity);
        });
    }

    [Fact]
    public void A_craft_named_like_a_body_is_another_kind_of_name_and_so_is_its_short_name()
    {
        var mentions = Recognize(
            "Space Shuttle Endeavour will be sent to the California Science Center in Los Angeles.",
            "Space Shuttle Atlantis is being prepped for its final mission.",
            "Finally, Atlantis will go on display at the Kennedy Space Center Visitor Complex.");

        Assert.Equal(3, mentions.Count(m => m.Text.EndsWith("Endeavour", StringComparison.Ordinal) || m.Text.EndsWith("Atlantis", StringComparison.Ordinal)));
        Assert.All(mentions.Where(m => m.Text.EndsWith("Endeavour", StringComparison.Ordinal) || m.Text.EndsWith("Atlantis", StringComparison.Ordinal)),
            m => Assert.Equal(MentionType.Other, m.Type));
        Assert.Equal(MentionType.Organization, Find(mentions, "Kennedy Space Center Visitor Complex").Type);
    }

    [Fact]
    public void An_acronym_of_a_trade_or_a_thing_names_no_body()
    {
        var mentions = Recognize(
            "\"I always said we needed a PR person,\" Thanou said.",
            "Sophos said PC users and IT staff at the BBC should update their software.");

        Assert.DoesNotContain(mentions, m => m.Text is "PR" or "PC" or "IT");
        Assert.Contains(mentions, m => m.Text == "BBC" && m.Type == MentionType.Organization);
    }

    [Fact]
    public void Links_surnames_and_possessives_to_the_full_name()
    {
        var mentions = Recognize(
            "Syrian President Bashar al-Assad met the envoy in Damascus on Monday.",
            "Officials said Assad's future was not discussed, and Assad did not comment.");

        Assert.Equal("Bashar al-Assad", Find(mentions, "Assad").Entity);
        Assert.Equal("Bashar al-Assad", Find(mentions, "Assad", 1).Entity);
        Assert.All(mentions.Where(m => m.Entity == "Bashar al-Assad"), m => Assert.Equal(MentionType.Person, m.Type));
    }

    [Fact]
    public void Merges_spelling_variants_under_the_form_used_most()
    {
        var mentions = Recognize(
            "Russian Foreign Minister Sergey Lavrov arrived in Geneva.",
            "Sergei Lavrov said the talks would go on.",
            "Later Sergei Lavrov met the press, and Lavrov smiled.");

        Assert.All(mentions.Where(m => m.Text.Contains("Lavrov", StringComparison.Ordinal)), m => Assert.Equal("Sergei Lavrov", m.Entity));
        Assert.Equal("Russian Foreign Minister", Find(mentions, "Lavrov").Role);
    }

    [Fact]
    public void Types_demonyms_as_nationalities_linked_to_their_country()
    {
        var mentions = Recognize("Syrian rebels seized four Filipino peacekeepers near the Israeli border.");

        Assert.Equal((MentionType.Nationality, "Syria"), (Find(mentions, "Syrian").Type, Find(mentions, "Syrian").Entity));
        Assert.Equal((MentionType.Nationality, "Philippines"), (Find(mentions, "Filipino").Type, Find(mentions, "Filipino").Entity));
        Assert.Equal((MentionType.Nationality, "Israel"), (Find(mentions, "Israeli").Type, Find(mentions, "Israeli").Entity));
    }

    [Fact]
    public void A_surname_after_a_womans_title_is_not_a_man_of_that_surname()
    {
        var mentions = Recognize(
            "Michael Howard's wife, Sandra, is to play a leading role in the campaign.",
            "Mrs Howard will make solo visits, and Mr Howard will host a news conference.");

        Assert.Equal((MentionType.Person, "Mrs Howard"), (Find(mentions, "Howard").Type, Find(mentions, "Howard").Entity));
        Assert.Equal("Michael Howard", Find(mentions, "Howard", 1).Entity);
    }

    [Fact]
    public void Joins_words_and_another_before_a_bodys_head_into_one_name_but_not_a_country_and_a_firm()
    {
        var mentions = Recognize(
            "An independent tribunal of the Greek Track and Field Federation will meet.",
            "The Foreign and Commonwealth Office warned travellers.",
            "Britain and France Telecom agreed a deal.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Greek Track and Field Federation").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "Foreign and Commonwealth Office").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "France Telecom").Type);
    }

    [Fact]
    public void A_name_after_agency_is_a_firm_and_an_isle_of_somewhere_a_place()
    {
        var mentions = Recognize(
            "The winner gets a deal with literary agency Curtis Brown.",
            "Campaigners on the Isle of Sheppey opposed the plan.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Curtis Brown").Type);
        Assert.Equal(MentionType.Place, Find(mentions, "Isle of Sheppey").Type);
    }

    [Fact]
    public void A_name_in_capitals_of_short_words_keeps_its_capitals()
    {
        var mentions = Recognize("The MDA IV, released in the summer, is an upgrade to T-Mobile's existing smartphone.");

        Assert.Equal("MDA IV", Find(mentions, "MDA IV").Entity);
    }

    [Fact]
    public void A_name_that_starts_again_after_and_is_two()
    {
        var mentions = Recognize("Aides from the Duchy of Lancaster and Duchy of Cornwall will appear before the committee.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Duchy of Lancaster").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "Duchy of Cornwall").Type);
    }

    [Fact]
    public void A_monarchs_number_is_part_of_the_name()
    {
        var mentions = Recognize(
            "It was set up in 1337 by King Edward III to provide income.",
            "Elizabeth II opened the bridge, and Manning won Super Bowl XLIX.");

        Assert.Equal(MentionType.Person, Find(mentions, "Edward III").Type);
        Assert.DoesNotContain(mentions, m => m.Text == "III");
        Assert.Equal(MentionType.Person, Find(mentions, "Elizabeth II").Type);
        Assert.NotEqual(MentionType.Person, Find(mentions, "Super Bowl XLIX").Type);
    }

    [Fact]
    public void Keeps_a_demonym_in_man_or_woman_off_the_name_it_precedes()
    {
        var mentions = Recognize("McIlroy held off the challenge of Welshman Jimmy Watkins.", "Both McIlroy and Watkins had booked their places.");

        Assert.Equal((MentionType.Nationality, "Wales"), (Find(mentions, "Welshman").Type, Find(mentions, "Welshman").Entity));
        Assert.Equal(MentionType.Person, Find(mentions, "Jimmy Watkins").Type);
        Assert.Equal((MentionType.Person, "Jimmy Watkins"), (Find(mentions, "Watkins").Type, Find(mentions, "Watkins").Entity));
    }

    [Fact]
    public void Links_an_acronym_to_the_expansion_the_text_gives()
    {
        var mentions = Recognize(
            "The United Nations said the four peacekeepers were safe.",
            "UN troops have patrolled the area since 1974.");

        Assert.Equal((MentionType.Organization, "United Nations"), (Find(mentions, "UN").Type, Find(mentions, "UN").Entity));
    }

    [Fact]
    public void Links_an_acronym_that_leaves_out_the_country_before_its_name()
    {
        var mentions = Recognize(
            "TimeWarner has to restate its results following a probe by the US Securities Exchange Commission (SEC).",
            "The deal is under review by the SEC.");

        Assert.All(mentions.Where(m => m.Text == "SEC"), m => Assert.Equal("US Securities Exchange Commission", m.Entity));
    }

    [Fact]
    public void A_courtesy_title_inside_a_name_starts_a_person()
    {
        var mentions = Recognize("Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams appealed for more time.");

        var williams = Assert.Single(mentions, m => m.Type == MentionType.Person);
        Assert.Equal("Rowan Williams", williams.Entity);
        Assert.Contains(mentions, m => m.Text == "Canterbury" && m.Type != MentionType.Person);
    }

    [Fact]
    public void A_double_barrelled_surname_ends_the_person_before_it()
    {
        var mentions = Recognize("Billions of pounds should have been used to reduce poverty, Cardinal Cormac Murphy-O'Connor has said.");

        Assert.Equal("Cormac Murphy-O'Connor", Assert.Single(mentions, m => m.Type == MentionType.Person).Entity);
    }

    [Fact]
    public void US_in_capitals_is_the_country_not_the_pronoun()
    {
        var mentions = Recognize("In the US, the patenting of computer programs is permitted.");

        Assert.Equal(MentionType.Place, Find(mentions, "US").Type);
    }

    [Fact]
    public void Capitalised_words_before_an_organisations_head_word_are_its_name()
    {
        var mentions = Recognize("The Legal Affairs Committee (JURI) said the Commission should re-submit the directive.");

        Assert.Contains(mentions, m => m.Text == "Legal Affairs Committee" && m.Type == MentionType.Organization);
    }

    [Fact]
    public void A_name_does_not_take_in_the_full_stop_after_it()
    {
        var mentions = Recognize("\"There is obviously some fear of the word,\" Ms Ensler told the BBC.");

        Assert.Contains(mentions, m => m.Text == "BBC");
        Assert.DoesNotContain(mentions, m => m.Text.EndsWith('.'));
    }

    [Fact]
    public void A_given_name_alone_is_the_one_person_the_article_gives_it_to()
    {
        var mentions = Recognize(
            "Sonia O'Sullivan made her Olympic farewell in Athens.",
            "Our beloved Sonia scraped into the women's 5K final as a fastest loser.");

        Assert.Equal("Sonia O'Sullivan", Find(mentions, "Sonia").Entity);
    }

    [Fact]
    public void A_name_set_after_a_noun_for_a_firm_is_the_firms()
    {
        var mentions = Recognize("UK Athletics also agreed a deal with energy drink company, Red Bull, who will be supplying the product.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Red Bull").Type);
    }

    [Fact]
    public void British_parties_by_their_short_names_are_organisations_and_a_party_and_a_title_no_person()
    {
        var mentions = Recognize(
            "Meanwhile Lib Dem leader Charles Kennedy attacked the Tories.",
            "The party had repaid £500,000 to former Tory Treasurer Lord Ashcroft.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Tories").Type);
        Assert.Equal("Lib Dem leader", Find(mentions, "Charles Kennedy").Role);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && m.Text.StartsWith("Tory", StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_words_of_a_fuller_name_are_that_person_and_a_modifier_before_a_role_is_no_person()
    {
        var mentions = Recognize(
            "Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the World Cross Country Championships in France.",
            "El Guerrouj achieved a lifetime ambition last August when he clinched his first Olympic titles over 1500m and 5,000m.",
            "And he is aiming to break 10,000m Olympic champion Kenenisa Bekele's 5,000m and 10,000m world records.",
            "El Guerrouj could meet Bekele in March.");

        Assert.All(mentions.Where(m => m.Text == "El Guerrouj"), m =>
        {
            Assert.Equal(MentionType.Person, m.Type);
            Assert.Equal("Hicham El Guerrouj", m.Entity);
        });
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && m.Text.Contains("Olympic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_knight_by_his_given_name_is_the_knight_named_in_full()
    {
        var mentions = Recognize(
            "His assurances came after Sir Digby Jones said stability was all important.",
            "Sir Digby added that he did not think the chancellor would.");

        Assert.Equal("Digby Jones", Find(mentions, "Digby").Entity);
    }

    [Fact]
    public void A_word_that_begins_a_firm_named_in_full_before_is_that_firm()
    {
        var mentions = Recognize(
            "Shares in the drinks firm rose on speculation of a takeover by France's Pernod Ricard.",
            "Pernod said it was seeking acquisitions but refused to comment on specifics.",
            "The other two-thirds of Seagram was bought by market leader Diageo.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Pernod").Type);
        Assert.Equal("Pernod Ricard", Find(mentions, "Pernod").Entity);
        Assert.Equal(MentionType.Organization, Find(mentions, "Diageo").Type);
    }

    [Fact]
    public void A_word_alone_before_a_longer_name_keeps_its_own_entity_as_a_product_may_follow()
    {
        var mentions = Recognize(
            "Analysts said Sumitomo had raised its offer.",
            "The Sumitomo Mitsui Financial Group board met on Friday.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Sumitomo Mitsui Financial Group").Type);
        Assert.Equal("Sumitomo", Find(mentions, "Sumitomo").Entity);
    }

    [Fact]
    public void A_party_and_a_title_before_a_name_are_the_role_not_the_name()
    {
        var mentions = Recognize("Ken Livingstone should not apologise for his comment to a reporter, Tory MP Boris Johnson has insisted.");

        Assert.Contains(mentions, m => m.Type == MentionType.Person && m.Text == "Boris Johnson" && m.Role == "Tory MP");
    }

    [Fact]
    public void A_name_after_a_tv_show_is_a_work_and_no_person()
    {
        var mentions = Recognize("He later appeared in Robocop and its sequel and cult TV show Twin Peaks.");

        Assert.DoesNotContain(mentions, m => m.Text == "Twin Peaks" && m.Type == MentionType.Person);
    }

    [Fact]
    public void A_film_title_opening_with_short_words_is_one_work_and_no_place()
    {
        var mentions = Recognize("Mr Conlon's case was highlighted in the Oscar-nominated film In The Name Of The Father, starring Daniel Day-Lewis.");

        Assert.Contains(mentions, m => m.Text == "In The Name Of The Father" && m.Type == MentionType.Other);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Place);
    }

    [Fact]
    public void A_prefixed_name_alone_describes_and_is_no_mention()
    {
        var mentions = Recognize("Ex-Labour minister Frank Field told the programme there was a danger.", "The pro-Kremlin party won.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains('-', StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Frank Field" && m.Type == MentionType.Person);
    }

    [Fact]
    public void A_clipped_name_is_the_body_written_in_full()
    {
        var mentions = Recognize(
            "The Liberal Democrats would allow people to swap their winter fuel payments.",
            "The Lib Dems also accused the Labour Party of inaction.");

        Assert.Equal("Liberal Democrats", Find(mentions, "Lib Dems").Entity);
    }

    [Fact]
    public void Initials_joined_by_an_ampersand_keep_their_capitals()
    {
        var mentions = Recognize("Ratings agency S&P said the solidity of government finances outweighed the risk.", "S&P had held back.");

        Assert.All(mentions.Where(m => m.Text == "S&P"), m => Assert.Equal("S&P", m.Entity));
    }

    [Fact]
    public void A_name_ending_in_a_company_word_is_an_organisation()
    {
        var mentions = Recognize("The company announced it was to buy security software maker Sybari Software.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Sybari Software").Type);
    }

    [Fact]
    public void Leaves_an_acronym_alone_when_the_text_gives_no_expansion()
    {
        var mentions = Recognize("UN troops have patrolled the area since 1974.");

        Assert.Equal("UN", Find(mentions, "UN").Entity);
    }

    [Fact]
    public void Two_names_joined_by_an_ampersand_are_one_firm_and_its_first_word_alone_is_that_firm()
    {
        var mentions = Recognize(
            "Two executives from American International Group and one from Marsh & McLennan were the latest.",
            "Last month Marsh agreed to pay $850m to settle a lawsuit.");

        var firm = Find(mentions, "Marsh & McLennan");
        Assert.Equal(MentionType.Organization, firm.Type);
        Assert.Equal((MentionType.Organization, "Marsh & McLennan"), (Find(mentions, "Marsh").Type, Find(mentions, "Marsh").Entity));
    }

    [Theory]
    [InlineData("Under Secretary")]
    [InlineData("Undersecretary")]
    [InlineData("Under-Secretary")]
    public void The_spellings_of_under_secretary_are_titles(string title) =>
        Assert.True(QuizTui.Core.Entities.Gazetteers.Gazetteer.Default.Lookup(title).HasFlag(QuizTui.Core.Entities.Gazetteers.GazetteerKind.Title));

    [Theory]
    [InlineData("U.S. Secretary of State John Kerry arrived in Moscow on Tuesday.", "John Kerry", "U.S. Secretary of State")]
    [InlineData("UN Secretary General Ban Ki-moon condemned the attack.", "Ban Ki-moon", "UN Secretary General")]
    [InlineData("Israeli Defence Minister Moshe Yaalon said Israel would not intervene.", "Moshe Yaalon", "Israeli Defence Minister")]
    [InlineData("The plan was drawn up by the last UN-Arab League envoy to Syria Kofi Annan in June.", "Kofi Annan", "last UN-Arab League envoy to Syria")]
    [InlineData("Lakhdar Brahimi, the UN-Arab League envoy for Syria, welcomed the accord.", "Lakhdar Brahimi", "UN-Arab League envoy for Syria")]
    [InlineData("In the second half, Pro Bowl quarterback Cam Newton threw for 265 yards.", "Cam Newton", "quarterback")]
    [InlineData("Women will be employed in the foreign ministry, Foreign Minister Prince Saud Al-Faisal has said.", "Saud Al-Faisal", "Foreign Minister")]
    [InlineData("On Friday, Federal Reserve chairman Mr Greenspan's speech sent the dollar higher.", "Greenspan", "Federal Reserve chairman")]
    public void Finds_the_role_the_text_gives_a_person(string sentence, string person, string role)
    {
        var mention = Find(Recognize(sentence), person);

        Assert.Equal((MentionType.Person, role), (mention.Type, mention.Role));
    }

    [Fact]
    public void Gives_no_role_for_a_word_that_names_people_only_now_and_then()
    {
        // "fate": WordNet has a sense of it for people, but not its commonest.
        Assert.Equal("President", Find(Recognize("Russia and the United States differ over the fate of President Bashar al-Assad."), "Bashar al-Assad").Role);
    }

    [Fact]
    public void Gives_no_role_to_a_person_named_in_a_clause()
    {
        var mention = Find(Recognize("John Kerry, who arrived in Moscow on Tuesday, met reporters."), "John Kerry");

        Assert.Null(mention.Role);
    }

    [Fact]
    public void Gives_no_role_for_a_past_tense_that_is_also_a_noun_for_people()
    {
        var mention = Find(Recognize("Tory co-chairman Liam Fox spoke in London. Dr Fox accused Mr Blair of lying about the war."), "Blair");

        Assert.Null(mention.Role);
    }

    [Fact]
    public void A_name_after_a_preposition_taken_up_by_which_is_no_person()
    {
        var mentions = Recognize("The other contenders include Susan Fletcher for Eve Green, which won the first novel prize.");

        Assert.Equal(MentionType.Person, Find(mentions, "Susan Fletcher").Type);
        Assert.DoesNotContain(mentions, m => m.Text == "Eve Green" && m.Type == MentionType.Person);
    }

    [Fact]
    public void A_surname_after_two_particles_ends_the_person_and_of_opens_their_firm()
    {
        var mentions = Recognize("Aviation analyst Nick Van den Brul of BNP Paribas described BA's latest quarterly results as \"pretty modest\".");

        Assert.Equal(MentionType.Person, Find(mentions, "Nick Van den Brul").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "BNP Paribas").Type);
    }

    [Fact]
    public void Never_takes_a_pronoun_for_an_entity()
    {
        var mentions = Recognize("He said She and They would go. It was late, and We left.");

        Assert.DoesNotContain(mentions, m => m.Text is "He" or "She" or "They" or "It" or "We");
    }

    [Theory]
    [InlineData("Thousands of pilgrims prayed at the Blue Mosque in Istanbul on Friday.", "Blue Mosque", MentionType.Place)]
    [InlineData("The delegates stayed at the Hotel Metropole during the talks in Brussels.", "Hotel Metropole", MentionType.Place)]
    [InlineData("Protesters gathered in Taksim Square on Saturday.", "Taksim Square", MentionType.Place)]
    [InlineData("The wounded were taken to Mulago Hospital in Kampala.", "Mulago Hospital", MentionType.Place)]
    [InlineData("The figures were first reported by the Jordan Times on Monday.", "Jordan Times", MentionType.Organization)]
    [InlineData("An editor at the Khaleej Gazette said the toll would rise.", "Khaleej Gazette", MentionType.Organization)]
    [InlineData("Mexico won the Gold Cup in Chicago last year.", "Gold Cup", MentionType.Other)]
    [InlineData("Ticket sales for the Edinburgh Festival rose sharply.", "Edinburgh Festival", MentionType.Other)]
    [InlineData("Millions of pilgrims travel to Saudi Arabia for the Hajj every year.", "Hajj", MentionType.Other)]
    [InlineData("Shops in Manila stayed open late before Christmas.", "Christmas", MentionType.Other)]
    [InlineData("Sprinter Justin Gatlin won the Jesse Owens Award in New York.", "Jesse Owens Award", MentionType.Other)]
    [InlineData("The last Prime Minister of the German Democratic Republic, Lothar de Maizière, is a lawyer.", "Democratic Republic", MentionType.Place)]
    public void Types_a_name_by_its_head_word(string sentence, string name, MentionType type)
    {
        Assert.Equal(type, Find(Recognize(sentence), name).Type);
    }

    [Fact]
    public void Keeps_a_name_cut_at_its_particle_whole()
    {
        var mentions = Recognize("The last Prime Minister of the German Democratic Republic, Lothar de Maizière, is a lawyer.");

        Assert.Equal(MentionType.Person, Find(mentions, "Lothar de Maizière").Type);
        Assert.DoesNotContain(mentions, m => m.Text == "Lothar");
    }

    [Theory]
    [InlineData("Sources told the BBC Michael Howard has always been in favour of ID cards.", "Michael Howard led the party.", "BBC", "Michael Howard")]
    [InlineData("Officials told ITV Tony Blair was wrong to call the election.", "Tony Blair called it in April.", "ITV", "Tony Blair")]
    public void Splits_an_organisation_run_into_a_name_the_article_gives_a_person(string sentence, string other, string organisation, string person)
    {
        var mentions = Recognize(sentence, other);

        Assert.Equal(MentionType.Organization, Find(mentions, organisation).Type);
        Assert.Equal(MentionType.Person, Find(mentions, person).Type);
    }

    [Fact]
    public void Keeps_an_organisation_whose_acronym_opens_its_name()
    {
        var mentions = Recognize("ITV Tyne Tees was based at City Road for over 40 years.", "The BBC Radio Scotland studio opened in 1990.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person);
    }

    [Theory]
    [InlineData("Shirley Temple visited the children in Denver.", "Shirley Temple", MentionType.Person)]
    [InlineData("Thomas Haden Church joined the cast in Los Angeles.", "Thomas Haden Church", MentionType.Person)]
    [InlineData("The Catholic Church opposed the new law in Poland.", "Catholic Church", MentionType.Organization)]
    public void Keeps_a_person_or_a_faith_named_like_a_building(string sentence, string name, MentionType type)
    {
        Assert.Equal(type, Find(Recognize(sentence), name).Type);
    }

    [Theory]
    [InlineData("Many Muslims in the city prayed at home on Friday.", "Muslims", "Islam")]
    [InlineData("Muslims and Christians marched together through Beirut.", "Christians", "Christianity")]
    [InlineData("Officials said the Jewish community in Paris felt threatened.", "Jewish", "Judaism")]
    public void Types_a_religion_word_as_other_linked_to_its_religion(string sentence, string name, string religion)
    {
        var mention = Find(Recognize(sentence), name);

        Assert.Equal((MentionType.Other, religion), (mention.Type, mention.Entity));
    }

    [Theory]
    [InlineData("The singer won a Brit award for the album.", "Brit")]
    [InlineData("Penelope Cruz was nominated for an Oscar for her role.", "Oscar")]
    [InlineData("Critics praised the film Amadeus when it opened in Vienna.", "Amadeus")]
    [InlineData("It beat the French epic, A Very Short Story, at the box office.", "A Very Short Story")]
    [InlineData("She won the prize in London with her book Small Island.", "Small Island")]
    public void Never_takes_a_work_or_an_award_for_a_person(string sentence, string name)
    {
        Assert.Equal(MentionType.Other, Find(Recognize(sentence), name).Type);
    }

    [Fact]
    public void A_name_before_a_stars_name_is_a_work_and_so_are_its_words_after_a_preposition()
    {
        var mentions = Recognize(
            "Vera Drake star Imelda Staunton has 5/1 odds of winning the best actress Oscar at William Hill.",
            "Mike Leigh is the outsider in the best director category for Vera Drake.");

        Assert.Equal([MentionType.Other, MentionType.Other], mentions.Where(m => m.Text == "Vera Drake").Select(m => m.Type));
        Assert.Equal(MentionType.Person, Find(mentions, "Imelda Staunton").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "William Hill").Type);
    }

    [Fact]
    public void A_name_a_dash_or_comma_describes_as_a_work_is_one_but_not_before_the_next_clause()
    {
        var mentions = Recognize(
            "Vera Drake - Leigh's 1950s drama about a backstreet abortionist - was named best film.",
            "Directed by Antoine Fuqua, the film was poorly received.");

        Assert.Equal(MentionType.Other, Find(mentions, "Vera Drake").Type);
        Assert.Equal(MentionType.Person, Find(mentions, "Antoine Fuqua").Type);
    }

    [Fact]
    public void Types_every_mention_of_an_award_alike()
    {
        var mentions = Recognize("Almodovar won the Cesar on Sunday.", "It was his third Cesar award.");

        Assert.Equal([MentionType.Other, MentionType.Other], mentions.Where(m => m.Text == "Cesar").Select(m => m.Type));
    }

    [Theory]
    [InlineData("A Kerry aide said the talks would resume in Geneva.", "Kerry")]
    [InlineData("The Reverend Jesse Jackson spoke in Chicago on Monday.", "Jesse Jackson")]
    [InlineData("Tom Hanks will play Robert Langdon in the film.", "Robert Langdon")]
    [InlineData("The relay team was D Greaves, A Scott and B Turner.", "Scott")]
    public void Keeps_people_named_beside_an_article_or_a_title(string sentence, string name)
    {
        Assert.Equal(MentionType.Person, Find(Recognize(sentence), name).Type);
    }

    [Fact]
    public void Keeps_a_person_whose_name_is_also_a_film_title()
    {
        var mentions = Recognize(
            "Critics praised the film Michael Collins at its premiere.",
            "Michael Collins led the fight, and Collins died in an ambush in 1922.");

        Assert.Equal(MentionType.Other, Find(mentions, "Michael Collins").Type);
        Assert.Equal(MentionType.Person, Find(mentions, "Michael Collins", 1).Type);
        Assert.Equal(MentionType.Person, Find(mentions, "Collins").Type);
    }

    [Fact]
    public void A_place_and_an_unknown_word_the_article_never_uses_alone_or_a_listed_town_is_no_person()
    {
        var mentions = Recognize(
            "Mr Blunkett entered Parliament for Sheffield Brightside in 1987, after first contesting the Sheffield Hallam seat in 1974.",
            "Mr Blunkett was schooled in Sheffield where he led the city council for seven years.",
            "The detention of 12 men at Belmarsh prison, London, and Woodhill, Milton Keynes, was unlawful.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && (m.Text.StartsWith("Sheffield", StringComparison.Ordinal) || m.Text == "Milton Keynes"));
        Assert.Equal(MentionType.Place, Find(mentions, "Sheffield Brightside").Type);
    }

    [Fact]
    public void A_firm_named_after_its_founder_and_a_listed_carmaker_are_organisations()
    {
        var mentions = Recognize(
            "BMW is to recall all cars equipped with a faulty diesel fuel-injection pump supplied by parts maker Robert Bosch.",
            "Bosch has stopped production of the part but expects to restart by 2 February.",
            "Audi and Mercedes Benz were also supplied with the defective pumps.",
            "A spokesman for DaimlerChrysler, parent company of Mercedes Benz, said it will have to halt some production.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Robert Bosch").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "Bosch").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "Mercedes Benz").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "DaimlerChrysler").Type);
    }

    [Fact]
    public void A_person_after_a_title_inside_a_body_s_name_is_split_from_it()
    {
        var mentions = Recognize(
            "Mr Howard's plans were attacked by charities.",
            "Refugee Council Chief Executive Maeve Sherlock called the plans \"dangerous, ill thought-out and hugely irresponsible\".",
            "Shadow Education Secretary Tim Collins said: \"This is the third report in two days.\"");

        Assert.Equal(MentionType.Person, Find(mentions, "Maeve Sherlock").Type);
        Assert.Equal(MentionType.Organization, Find(mentions, "Refugee Council").Type);
        Assert.Equal(MentionType.Person, Find(mentions, "Tim Collins").Type);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Chief Executive", StringComparison.Ordinal) || m.Text.StartsWith("Shadow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_firms_name_run_together_is_no_person_and_one_with_its_spaced_form()
    {
        var mentions = Recognize(
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.",
            "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
            "Time Warner said on Friday that it now owns 8% of search-engine Google.");

        var firm = mentions.Where(m => m.Text.Replace(" ", "", StringComparison.Ordinal) == "TimeWarner").ToList();
        Assert.DoesNotContain(firm, m => m.Type == MentionType.Person);
        Assert.Equal(["TimeWarner", "TimeWarner"], firm.Where(m => m.Type == MentionType.Organization).Select(m => m.Entity));
    }

    [Fact]
    public void A_peoples_adjective_before_a_federation_is_its_name_and_the_bracketed_word_its_short_name()
    {
        var mentions = Recognize(
            "The International Association of Athletics Federations will appeal against the acquittal of Greek athletes Kostas Kenteris and Katerina Thanou.",
            "The high-profile duo were cleared of doping offences by the Greek Athletics Federation (Segas) last month.",
            "Segas said the IAAF appeal was \"expected\" and \"understandable.\"");

        Assert.Equal(MentionType.Organization, Find(mentions, "Greek Athletics Federation").Type);
        Assert.All(mentions.Where(m => m.Text == "Segas"), m => Assert.Equal("Greek Athletics Federation", m.Entity));
        Assert.Equal(2, mentions.Count(m => m.Text == "Segas"));
    }

    [Fact]
    public void A_peer_is_named_with_the_title()
    {
        var mentions = Recognize(
            "Lord Currie, chairman of super-regulator Ofcom, told the panel that protecting audiences would always be a primary concern.",
            "After Lord Currie departed, the panel agreed.");

        Assert.Equal(["Lord Currie", "Lord Currie"], mentions.Where(m => m.Type == MentionType.Person).Select(m => m.Entity));
    }

    [Fact]
    public void A_body_cut_at_for_after_its_head_word_is_one_body()
    {
        var mentions = Recognize(
            "The International Association of Athletics Federations will appeal against the acquittal of Greek athletes Kostas Kenteris and Katerina Thanou.",
            "Now the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended both athletes.",
            "A CAS hearing could take months.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Court of Arbitration for Sport").Type);
        Assert.All(mentions.Where(m => m.Text == "CAS"), m => Assert.Equal("Court of Arbitration for Sport", m.Entity));
    }

    [Fact]
    public void A_name_opening_with_a_point_of_the_compass_is_a_place()
    {
        var mentions = Recognize(
            "Former Conservative leader William Hague says he will not stand for the leadership again.",
            "He also told the paper he hopes to remain MP for Richmond, North Yorks, and start a family with wife Ffion.");

        Assert.Equal(MentionType.Place, Find(mentions, "North Yorks").Type);
        Assert.Equal(MentionType.Person, Find(mentions, "William Hague").Type);
    }

    [Fact]
    public void A_name_with_a_number_word_an_amount_or_a_plural_title_or_a_malware_head_names_no_person_and_a_PC_no_firm()
    {
        var mentions = Recognize(
            "The decision also saw Clint Eastwood get his third personal nomination for Million Dollar Baby.",
            "It was ignoring a recent Law Lords judgement that this contravenes basic human rights, he said.",
            "Microsoft said the malicious program was called Bankash-A Trojan.",
            "Spyware programs monitor internet use and slow a PC's performance.",
            "Despite starring in five films in 2004, Depardieu made 3.35m Euros (£2.31m) putting him third place in the chart.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && m.Text is "Million Dollar Baby" or "Law Lords" or "3.35m Euros" or "Euros");
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Organization && m.Text is "Bankash-A Trojan" or "PC");
        Assert.Equal(MentionType.Person, Find(mentions, "Clint Eastwood").Type);
    }

    [Fact]
    public void A_royal_known_by_one_given_name_keeps_the_title()
    {
        var mentions = Recognize(
            "Prince Edward will also join the UK delegation in Poland.",
            "\"Bloom recognizes the darker aspects of Andersen's authorship,\" Prince Frederik said.",
            "President Bush met Tony Blair.");

        Assert.Contains(mentions, m => m.Type == MentionType.Person && m.Entity == "Prince Edward");
        Assert.Contains(mentions, m => m.Type == MentionType.Person && m.Entity == "Prince Frederik");
        Assert.Contains(mentions, m => m.Type == MentionType.Person && m.Text == "Bush");
    }

    [Fact]
    public void A_name_with_an_age_set_off_by_commas_is_a_person()
    {
        var mentions = Recognize(
            "The World Anti-Doping Agency (Wada) will appeal against the acquittal of Kostas Kenteris and Katerina Thanou on doping charges, if the IAAF does not.",
            "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments.",
            "Kenteris, 31, and Thanou, 30, had been charged with avoiding drugs tests in Tel Aviv, Chicago and Athens.");

        Assert.All(mentions.Where(m => m.Text.Contains("Kenteris", StringComparison.Ordinal)), m => Assert.Equal(MentionType.Person, m.Type));
        Assert.Equal(MentionType.Place, Find(mentions, "Tel Aviv").Type);
    }

    [Fact]
    public void A_word_capitalised_only_to_open_a_sentence_is_no_name_when_written_in_lower_case_elsewhere()
    {
        var mentions = Recognize(
            "The Movie Association for America has released its latest tool.",
            "Movie piracy cost the industry £3.7bn in 2003, according to analysts.",
            "The MPAA said it supports legal movie sites.");

        Assert.Contains(mentions, m => m.Text == "Movie Association for America");
        Assert.DoesNotContain(mentions, m => m.Text == "Movie");
    }

    [Fact]
    public void A_nickname_in_quotation_marks_is_inside_one_persons_name_and_stands_for_them_alone()
    {
        var mentions = Recognize(
            "Ahmed 'Mido' Hossam has made another apology to the Egyptian people in an attempt to rejoin the national team.",
            "Mido joined Tottenham in an 18-month loan deal near the end of the January transfer window.");

        Assert.Contains(mentions, m => m.Text == "Ahmed 'Mido' Hossam" && m.Type == MentionType.Person);
        Assert.DoesNotContain(mentions, m => m.Text == "Hossam");
        Assert.Equal("Ahmed 'Mido' Hossam", Find(mentions, "Mido").Entity);
    }

    [Fact]
    public void A_given_name_in_brackets_leaves_the_surname_a_person()
    {
        var mentions = Recognize("Many of the international stars like David Beckham and (Roger) Federer had the press opposing them.");

        Assert.Equal(MentionType.Person, Find(mentions, "Federer").Type);
        Assert.DoesNotContain(mentions, m => m.Text == "Roger");
    }

    [Fact]
    public void One_plural_name_after_the_is_a_team_and_no_person()
    {
        var mentions = Recognize("He is sorry for the problems that have led to his exclusion from the Pharaohs since July last year.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person);
    }

    [Fact]
    public void A_surname_with_a_particle_capitalised_at_its_start_is_the_person_of_the_fuller_name()
    {
        var mentions = Recognize(
            "Manchester United striker Ruud van Nistelrooy may make his comeback after an Achilles tendon injury.",
            "Ferguson was unhappy with Van Nistelrooy for not revealing he was carrying an injury.");

        Assert.Equal("Ruud van Nistelrooy", Find(mentions, "Van Nistelrooy").Entity);
    }

    [Fact]
    public void A_peer_is_a_person_whatever_the_tagger_called_the_name_and_is_the_person_of_the_same_surname()
    {
        var mentions = Recognize(
            "Former civil service chief Lord Butler has criticised the way Tony Blair's government operates.",
            "Mr Cunningham said: \"Taken together, Robin Butler's comments are partial.\"");

        var peer = Find(mentions, "Lord Butler");
        Assert.Equal(MentionType.Person, peer.Type);
        Assert.Equal(peer.Entity, Find(mentions, "Robin Butler").Entity);
    }

    [Fact]
    public void A_technology_written_like_a_firm_names_no_body()
    {
        var mentions = Recognize(
            "Telecommunications regulator Ofcom has declared 056 to be the area code for Voip calls.",
            "A few games also let you take on people in real time via Bluetooth short-range radio technology.",
            "The survey showed that retailers needed to inform and educate people about RFID.");

        Assert.DoesNotContain(mentions, m => m.Text is "Voip" or "Bluetooth" or "RFID");
        Assert.Contains(mentions, m => m.Text == "Ofcom" && m.Type == MentionType.Organization);
    }

    [Fact]
    public void A_common_noun_opening_the_sentence_before_initials_describes_the_body()
    {
        var mentions = Recognize("Telco BT stepped in to take over the secure payments on the DEC site.");

        Assert.Contains(mentions, m => m.Text == "BT" && m.Type == MentionType.Organization);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Telco", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_opening_with_no_and_a_play_after_his_own_are_works()
    {
        var mentions = Recognize(
            "His film debut, in 1950, was in the film No Way Out, starring Sydney Poitier and Ruby Dee.",
            "Gone Are the Days is a film he adapted from his own play, Purlie Victorious.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && m.Text is "Way Out" or "No Way Out" or "Purlie Victorious");
        Assert.Contains(mentions, m => m.Text == "Ruby Dee" && m.Type == MentionType.Person);
    }

    [Fact]
    public void Words_the_tagger_named_inside_a_run_of_capitals_up_to_a_head_word_are_that_run()
    {
        var mentions = Recognize("Five of the eight men held an impromptu news conference outside Charing Cross Police Station on Monday evening.");

        Assert.Contains(mentions, m => m.Text == "Charing Cross Police Station" && m.Type == MentionType.Place);
        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person);
    }

    [Fact]
    public void A_relation_before_of_is_no_part_of_the_role_of_the_person_after_it()
    {
        var mentions = Recognize("Those charged included Otis Ferry, the 22-year-old son of rock star Bryan Ferry and Luke Tomlinson, 27.");

        Assert.Equal("rock star", Find(mentions, "Bryan Ferry").Role);
    }

    [Fact]
    public void Initials_in_the_plural_name_no_person()
    {
        var mentions = Recognize(
            "Some 83 MPs gave their answers in 100 hours of taped interviews for the study.",
            "Section 5 of the members interest order legally obliges MSPs to declare registrable interests before taking part in related parliamentary proceedings.",
            "The Newport-based athlete and team-mates Jason Gardener, Marlon Devonish and Mark Lewis-Francis were rewarded with MBEs in the New Year Honours List.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && m.Text is "MPs" or "MSPs" or "MBEs");
        Assert.Equal(MentionType.Person, Find(mentions, "Jason Gardener").Type);
    }

    [Fact]
    public void A_common_word_the_article_also_writes_in_lower_case_is_no_one_alone()
    {
        var mentions = Recognize(
            "Mobiles are not yet ready to be all-singing, all-dancing multimedia devices which will replace portable media players, say two reports.",
            "There are issues about the ease of portability of mobile music.",
            "Google acquired Pyra Labs, makers of the Blogger software, in 2003, and every blogger noticed.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person);
        Assert.Equal(MentionType.Organization, Find(mentions, "Pyra Labs").Type);
    }

    [Fact]
    public void Capitalised_words_on_both_sides_of_an_ampersand_name_one_firm()
    {
        var mentions = Recognize("Anheuser-Busch, Heineken and Scottish & Newcastle have all invested in the Chinese beer industry in the last two years.");

        Assert.Equal(MentionType.Organization, Find(mentions, "Scottish & Newcastle").Type);
        Assert.DoesNotContain(mentions, m => m.Text is "Scottish" or "Newcastle");
    }

    [Fact]
    public void A_given_name_after_a_word_for_a_person_is_a_person_and_so_are_its_other_mentions()
    {
        var mentions = Recognize(
            "Thomas Sam, 42, and his wife Manju Sam, 36, are undergoing trial for manslaughter by gross negligence for the death of their nine-month-old child, Gloria.",
            "By the end, Gloria's eczema was so severe that her skin broke.",
            "Gloria also became unable to move her legs.");

        Assert.All(mentions.Where(m => m.Text == "Gloria"), m => Assert.Equal(MentionType.Person, m.Type));
        Assert.Equal(3, mentions.Count(m => m.Text == "Gloria"));
    }

    [Fact]
    public void An_illness_named_like_a_person_is_no_person()
    {
        var mentions = Recognize(
            "But the Tory leader argued there was a moral case for embracing science which could help victims of Alzheimer's, Parkinson's and Motor Neurone disease.",
            "Sufferers of Motor Neurone Disease and Multiple Sclerosis were also mentioned by Michael Howard.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person && m.Text.StartsWith("Motor Neurone", StringComparison.Ordinal));
        Assert.Equal(MentionType.Person, Find(mentions, "Michael Howard").Type);
    }
}
