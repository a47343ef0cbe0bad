package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole page copied from a browser (Select All, Copy): menus, the article, then what follows it. */
class PageCaptureTest {

    private static final String MENU = String.join("\n", List.of("Skip to main content", "The Daily Planet - Back to home",
            "News", "Opinion", "Sport", "Culture", "Lifestyle", "US news", "World news", "Environment", "Business",
            "Tech", "Science", "Search jobs", "Digital Archive", "Newsletters", "Crosswords", "Facebook", "Twitter"));
    private static final String PARAGRAPH = "The council voted on Tuesday to approve a network of protected cycle"
            + " lanes, ending a dispute that has divided residents for more than a year, officials said.";

    private static Article read(String text) {
        return new ArticlePipeline().process(ArticleSource.of("capture.txt", text));
    }

    private static String body(Article article) {
        return String.join("\n", article.paragraphs().stream().map(Paragraph::text).toList());
    }

    private static String article(int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            text.append("Paragraph ").append(i).append(". ").append(PARAGRAPH).append("\n\n");
        }
        return text.toString();
    }

    @Test
    void findsTheHeadlineAndTheArticleInsideAWholePage() {
        Article article = read(MENU + "\nCycling\nCity council approves new cycle lanes after year-long row\n"
                + "By Maria Okafor\n14 January 2026\nShare on Facebook\nShare on Twitter\n\n" + article(6)
                + "Most popular\nStorm closes ports\nPrices rise again\nTeam wins the cup\nAbout us\nContact us\n"
                + "Privacy policy\nTerms of use\n© 2026 The Daily Planet\n");

        assertThat(article.title()).isEqualTo("City council approves new cycle lanes after year-long row");
        assertThat(article.byline()).contains("By Maria Okafor");
        assertThat(article.paragraphs()).hasSize(6).allMatch(paragraph -> paragraph.text().contains("cycle lanes"));
        assertThat(article.dropped()).extracting(DroppedLine::text).contains("Sport", "Storm closes ports");
    }

    @Test
    void takesTheHeadlineABreadcrumbEndsWithNotTheBreadcrumb() {
        Article article = read(MENU + "\nNews > 2026 > Week 3 > Council approves new cycle lanes after row\n"
                + "« Previous | Next »\n14.01.2026 12:46\nCouncil approves new cycle lanes after row\n"
                + "The new lanes on the high street.\n\n" + article(6));

        assertThat(article.title()).isEqualTo("Council approves new cycle lanes after row");
    }

    @Test
    void takesTheHeadlineOverALongerStandfirstNotTheStandfirst() {
        String standfirst = "Officials said the network of protected lanes that residents voted for on Tuesday"
                + " ends a dispute that divided them for more than a year";
        Article article = read(MENU + "\nSubscribe\nCouncil approves new cycle lanes after long row\n" + standfirst
                + "\n0\n" + article(6));

        assertThat(article.title()).isEqualTo("Council approves new cycle lanes after long row");
        assertThat(article.subtitle()).contains(standfirst);
    }

    @Test
    void dropsAChartsLabelsAmongItsFiguresButNotAHeadingAfterAGallerysCounters() {
        String chart = String.join("\n\n", "Riders per day", "2,000", "1,500", "WEEKDAYS", "1,000", "PROJECTED", "500",
                "0", "’20", "’22", "’24");
        String gallery = String.join("\n\n", "Gallery: the new lanes", "9", "+6", "What the riders say");
        Article article = read(MENU + "\nCouncil approves new cycle lanes after long row\n\n" + article(3) + chart
                + "\n\n" + article(2) + gallery + "\n\n" + article(2));

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .doesNotContain("Riders per day", "WEEKDAYS", "PROJECTED", "2,000", "’22")
                .contains("What the riders say");
        assertThat(article.dropped()).filteredOn(line -> line.reason() == DropReason.FIGURE_LABEL)
                .extracting(DroppedLine::text).contains("Riders per day", "WEEKDAYS", "PROJECTED");
    }

    /** Pages' headers that name the author without "By", and the byline Lector takes from each. */
    static Stream<Arguments> bylinesWithoutBy() {
        String headline = "\nCouncil approves new cycle lanes after long row\n";
        return Stream.of(
                Arguments.of(headline + "Maria Okafor\nFriday 16 January 2026\n0 comments", "Maria Okafor"),
                Arguments.of(headline + "MARIA OKAFOR\nAssociated PressJanuary 16, 2026\n11 Comments", "MARIA OKAFOR"),
                // An author's card a few lines over the headline, with its reading time.
                Arguments.of("\nMaria Okafor\n11 min read\nSign in" + headline, "Maria Okafor"),
                Arguments.of(headline + "Older Article\nNewer Article\non March 10, 2015 by Maria Okafor\nin Transport",
                        "on March 10, 2015 by Maria Okafor"),
                // A label over the date where the header has a byline of its own.
                Arguments.of(headline + "City Desk\nFriday 16 January 2026\nBy Maria Okafor", "By Maria Okafor"));
    }

    @ParameterizedTest
    @MethodSource("bylinesWithoutBy")
    void takesTheAuthorsNameAPageSetsWithoutByAsTheByline(String header, String byline) {
        assertThat(read(MENU + header + "\n\n" + article(6)).byline()).contains(byline);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A blog's name over its date, over the headline.
        "\nCycling Matters\nSunday, May 8, 2016\nCouncil approves new cycle lanes after long row",
        // A title in capitals over the date.
        "\nCouncil approves new cycle lanes after long row\nOn The Road Again\nFriday 16 January 2026"})
    void takesNoNameForTheAuthorsWhereThePageNamesNone(String header) {
        assertThat(read(MENU + header + "\n\n" + article(6)).byline()).isEmpty();
    }

    @Test
    void readsAByWordAloneOnItsLineWithTheNameUnderItAsTheByline() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after long row\n\npor\nMaría Salazar\n"
                + "16 de enero de 2026\n\n" + article(6));

        assertThat(article.byline()).contains("por María Salazar");
        assertThat(article.dropped()).extracting(DroppedLine::text).doesNotContain("por", "María Salazar");
    }

    @Test
    void splitsTheAuthorsNameFromTheDateOnItsLine() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after long row\nMaria Okafor - Jan 16, 2026 8:02 pm UTC\n\n"
                + article(6));

        assertThat(article.byline()).contains("Maria Okafor");
        assertThat(article.dates()).containsExactly("Jan 16, 2026 8:02 pm UTC");
    }

    @Test
    void takesTheHeadlineOverTheAuthorsNameAndReadingTimeNotTheStandfirstUnderThem() {
        Article article = read(MENU + "\nResponses\nCouncil approves protected cycle lanes\nMaria Okafor\nFollow\n"
                + "Jan 16, 2026 · 8 min read\nHow a city that argued for a year came to agree on it\n\n"
                + article(6));

        assertThat(article.title()).isEqualTo("Council approves protected cycle lanes");
        assertThat(article.byline()).contains("Maria Okafor");
    }

    @Test
    void readsLinesOfChineseClausesSetApartBySpacesAsProseUnderAMenuFramedInBoxCharacters() {
        String menu = String.join("\n", "首頁", "部落格", "旅遊", "美食", "╠新竹。橫山╣合興車站(愛情火車站)", "新竹一日遊(世博館)",
                "【新竹】玻璃藝術博物館週邊好好逛", "住宿心得", "必吃美食", "必買好物", "相簿", "留言", "名片", "登入");
        List<String> prose = List.of("一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
                "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小",
                "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地",
                "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運",
                "燻黑原木加上金黃色醒目字體 加上了貓頭鷹原木創作也充分發揮了裝飾藝術功力",
                "來到現場已是落葉飄飄堆疊滿地 不時還有陣陣寒風吹來讓人直打哆嗦");
        Article article = read(menu + "\n新竹尖石美樹營地賞楓\n\n" + String.join("\n\n", prose) + "\n\n相關文章\n回到頂端\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsAll(prose)
                .noneMatch(text -> text.contains("住宿心得"));
    }

    @Test
    void passesOverAListOfLinksBegunAlikeWhenSeekingTheHeadline() {
        Article article = read(MENU + "\nFollow the paper\nExternal link, opens the paper's page on Twitter\n"
                + "External link, opens the paper's page on LinkedIn\nExternal link, opens the paper's page on Instagram\n"
                + "Council approves new cycle lanes after a year-long row\nThe vote ends a dispute\n\n" + article(6));

        assertThat(article.title()).isEqualTo("Council approves new cycle lanes after a year-long row");
    }

    @Test
    void takesAHeadlineAskingAQuestionWhenTheArticleOpensWithIt() {
        Article article = read(MENU + "\nWe use cookies and similar technologies to improve your browsing experience,"
                + " personalise content and offers, show targeted ads and analyse traffic. We may share your information"
                + " with partners. To learn more, visit our privacy policy. By clicking Accept you agree.\nAccept\n"
                + "How does the brain turn what it sees into thought?\nPublished Thursday 27 July 2017\n"
                + "By Ana Sandoiu\n\n" + article(6));

        assertThat(article.title()).isEqualTo("How does the brain turn what it sees into thought?");
        assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(text -> text.contains("cookies"));
        assertThat(article.dropped()).extracting(DroppedLine::text).anyMatch(text -> text.startsWith("We use cookies"));
    }

    @Test
    void readsTeasersCutShortAsFurnitureNotProse() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(6)
                + "More stories\n23 things every child of the 2000s will remember from their first…\n"
                + "21 tattoos that turned out unexpectedly and wonderfully well…\n"
                + "This is what the clothes that are sold as large really look like on…\n"
                + "The 43 times a television drama made the whole country cry…\n");

        assertThat(article.paragraphs()).hasSize(6).allMatch(paragraph -> paragraph.text().contains("cycle lanes"));
    }

    @Test
    void stopsAtTheReadersComments() {
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(5)
                + "There are 3 comments\nJane · January 14, 2026 at 9:12 AM\nI think this is a great idea and I hope"
                + " the council builds the lanes quickly, because riding in traffic is dangerous for my children.\n"
                + "Reply\nBob · January 14, 2026 at 9:40 AM\nGreat idea, about time! The lanes will make the centre"
                + " much safer for everyone who rides to work, and shops will gain customers in the end.\nReply\n");

        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.dropped()).extracting(DroppedLine::reason).contains(DropReason.COMMENTS);
    }

    @Test
    void stopsAtTheShareBarWhenTheProseUnderItSpeaksOfSomethingElse() {
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(6)
                + "Share This Article:\nDo you still have questions? Head over to the Planet Forum to find answers.\n"
                + "Take me to the Forum\nJoin us at PlanetCon\nLevel up your game at our premier conference where"
                + " professionals and industry experts come together.\nSave your spot now\nAbout us\nContact us\n");

        assertThat(article.paragraphs()).hasSize(6).allMatch(paragraph -> paragraph.text().startsWith("Paragraph"));
        assertThat(body(article)).doesNotContain("questions", "conference");
    }

    @Test
    void stopsAtTheListOfOtherStoriesThoughALongBlurbFollowsIt() {
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(6)
                + "Most read\nI have always been a detective skeptic. Season three made a believer.\n"
                + "Captain Marvel hits theaters on March 8, 2019\nThe 5 best television debuts of February\n"
                + "Most popular\nNorth Korea contradicts Trump on the reason a summit deal fell apart. Trump said North"
                + " Korea wanted all sanctions lifted, while its foreign minister insisted they asked only for partial"
                + " relief; analysts in Seoul and Washington expect further talks, though no date has been agreed,"
                + " and the envoys of both sides are expected to travel again before the summer recess of the"
                + " assembly, according to several diplomats familiar with the negotiations and their schedule.\n"
                + "About us\nContact us\n");

        assertThat(article.paragraphs()).hasSize(6).allMatch(paragraph -> paragraph.text().startsWith("Paragraph"));
    }

    @Test
    void readsOnUnderTheShareBarWhenTheProseGoesOnWithTheArticlesWords() {
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(6)
                + "Share This Article:\nThe council said the protected cycle lanes would open in stages, and that"
                + " residents could comment on the network until March.\nAbout us\nContact us\n");

        assertThat(article.paragraphs()).hasSize(7);
        assertThat(body(article)).contains("open in stages");
    }

    @Test
    void stopsAtAThreadOfCommentsLongerThanTheArticle() {
        StringBuilder comments = new StringBuilder("View comments (40)\nYour name *\nComment *\n");
        for (int i = 0; i < 40; i++) {
            comments.append("Reader ").append(i).append("\nApril 6, 2018\nI think this is a great idea and I hope the")
                    .append(" council builds the lanes quickly, because riding in traffic is dangerous for children.\n")
                    .append("reply\n");
        }
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(5) + comments);

        assertThat(article.paragraphs()).hasSize(5).allMatch(paragraph -> paragraph.text().startsWith("Paragraph"));
    }

    @Test
    void readsOnPastALinkToTheCommentsBetweenTwoStories() {
        Article article = read(MENU + "\nThis week's edition\n\n" + article(8) + "Comments (5 posted)\n"
                + "Mapping and data mining with new tools\nBy Nathan Willis\n\n" + article(8).replace("Paragraph", "Part")
                + "Comments (3 posted)\n"
                + "About us\nContact\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("Paragraph 1. " + PARAGRAPH, "Mapping and data mining with new tools", "Part 8. " + PARAGRAPH);
    }

    @Test
    void readsNoStreamOfTeasersEachAHeadlineOverOneShortParagraph() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            teasers.append("Storm number ").append(i).append(" closes the ports along the northern coast\n")
                    .append("Ferries stayed in harbour for a second day as winds reached ninety miles an hour, and the")
                    .append(" coastguard warned people to keep away from the sea walls.\nCoast News\nShare\n");
        }
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(6) + teasers);

        // The first teaser, right under the article with nothing to tell it apart, may stay.
        assertThat(article.paragraphs()).extracting(Paragraph::text).startsWith("Paragraph 1. " + PARAGRAPH)
                .filteredOn(text -> text.startsWith("Paragraph")).hasSize(6);
        assertThat(article.paragraphs()).filteredOn(paragraph -> paragraph.text().startsWith("Ferries")).hasSizeLessThan(2);
    }

    @Test
    void keepsStepsEachASubheadingOverOneShortParagraph() {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            steps.append("Step ").append(i).append("\nPress the moss gently around the base of plant ").append(i)
                    .append(" with your fingers.\n\n");
        }
        Article article = read(MENU + "\nHow to build a terrarium with succulent plants\n\n" + article(2) + steps
                + "Related Searches\nHow to make a terrarium\nPlant terrarium ideas\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("Step 8", "Press the moss gently around the base of plant 8 with your fingers.");
    }

    @Test
    void keepsAListArticleWhoseItemsAreMarked() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            items.append("+ Added block number ").append(i).append(" to the game\n");
        }
        Article article = read(MENU + "\nMinecraft 1.8 - The Bountiful Update\n" + items
                + "\nAbout\nArchive\nRSS\nPowered by Tumblr\n");

        assertThat(article.paragraphs()).hasSize(30);
    }

    @Test
    void readsOnPastACodeListingInTheArticle() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            code.append("var cow").append(i).append(" = new Cow({ name: \"Kate\" });\n");
        }
        Article article = read(MENU + "\nTesting your frontend code\n\n" + article(2) + code
                + "\nNotice the data attribute we added to the script tag, which is what tells the tool to"
                + " measure the file.\n\n" + article(2) + "Home\nCode\nPhotography\nTalks\nContact\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .anyMatch(text -> text.startsWith("Notice the data attribute"))
                .filteredOn(text -> text.contains("cycle lanes")).hasSize(4);
    }

    @Test
    void tellsCodeFromMenus() {
        assertThat(LinePatterns.looksLikeCodeOrMath("describe(\"Cow\", function() { it(\"greets\") });")).isTrue();
        assertThat(LinePatterns.looksLikeCodeOrMath("<script src=\"vendor/mocha.js\"></script>")).isTrue();
        assertThat(LinePatterns.looksLikeCodeOrMath("Home | World | Business")).isFalse();
        assertThat(LinePatterns.looksLikeCodeOrMath("Most popular")).isFalse();
    }

    @Test
    void neitherASponsorLineNorAnImageCaptionIsTheHeadlineOrTheStandfirst() {
        Article article = read(MENU + "\nUS & Canada is sponsored by\nObama admits US gun laws are his 'biggest frustration'\n"
                + "24 July 2015\nFrom the section US & Canada\n941 comments\nMedia caption Mr Obama told the BBC that gun"
                + " control was his biggest frustration\n\n" + article(5));

        assertThat(article.title()).isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
        assertThat(article.subtitle()).isEmpty();
        assertThat(article.dates()).containsExactly("24 July 2015");
        assertThat(article.paragraphs()).hasSize(5);
    }
    @Test
    void keepsTheOpeningAboveQueriesAndTablesOfFigures() {
        StringBuilder text = new StringBuilder(MENU).append("\nSimple anomaly detection in plain SQL\n"
                + "Identify problems before they become disasters\n\n").append(article(2));
        for (int i = 0; i < 8; i++) {
            text.append("Now that we have defined a reasonable value and a deviation, we can find range ").append(i)
                    .append(":\n\nSELECT avg(n)\nFROM unnest(array[2, 3, 5, 2, 3, ").append(i).append("]) AS n;\n\n")
                    .append("       avg\n────────────────────\n4.33333333333").append(i).append("\n\n")
                    .append("n  │ is_anomaly\n───┼────────────\n 2 │ f\n 3 │ f\n 5 │ f\n 2 │ f\n").append(i)
                    .append(" │ t\n\n");
        }
        text.append(article(1)).append("About\nSubscribe\n");

        Article article = read(text.toString());

        assertThat(article.title()).isEqualTo("Simple anomaly detection in plain SQL");
        assertThat(article.dates()).isEmpty();
        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .startsWith("Paragraph 1. " + PARAGRAPH)
                .contains("SELECT avg(n) FROM unnest(array[2, 3, 5, 2, 3, 7]) AS n;", "avg ──────────────────── 4.333333333337")
                .filteredOn(paragraph -> paragraph.startsWith("Now that we have defined")).hasSize(8);
    }

    @Test
    void readsACopiedTableRowByRowNeverAsHeadingsMenusOrDates() {
        Article article = read(MENU + "\nCity council approves new cycle lanes after year-long row\n\n" + article(3)
                + "Average daily temperatures in the largest cities\n"
                + "Location\tJan (°C)\tJuly (°C)\nAuckland\t23/16\t14/7\nWellington\t20/13\t11/6\n"
                + "Release\tDate\n4.2.3\tApril 2014\n\n" + article(3));

        assertThat(article.paragraphs()).filteredOn(paragraph -> paragraph.text().contains(" · "))
                .allMatch(paragraph -> paragraph.kind() == Paragraph.Kind.PARAGRAPH)
                .extracting(Paragraph::text).containsExactly("Location · Jan (°C) · July (°C)",
                        "Auckland · 23/16 · 14/7", "Wellington · 20/13 · 11/6", "Release · Date", "4.2.3 · April 2014");
        assertThat(article.dates()).isEmpty();
    }

    @Test
    void takesTabSeparatedNamesForAMenuNotATable() {
        PlainTextReader reader = new PlainTextReader(false);

        assertThat(reader.read("Weekly edition\tKernel\tSecurity\nArchives\tCalendar\tSubscribe\n"
                + "Home\tNews\tSport\n")).extracting(Block::hint).doesNotContain(Block.Hint.TABLE_ROW);
        assertThat(reader.read("Release\tDate\n4.2.3\tApril 2014\n"))
                .extracting(Block::hint).doesNotContain(Block.Hint.TABLE_ROW);
        assertThat(reader.read("Release\tDate\n4.2.3\tApril 2014\n4.1.6\tApril 2014\n"))
                .extracting(Block::hint).containsOnly(Block.Hint.TABLE_ROW);
    }

    @Test
    void readsLinesOfCodeOrFiguresAsOneBlockButNotLabelsInBracketsOrAnArchive() {
        PlainTextReader reader = new PlainTextReader(false);

        assertThat(reader.read("WITH series AS (\n   SELECT *\n   FROM points\n)\nSELECT n FROM series;"))
                .extracting(Block::hint).containsExactly(Block.Hint.PREFORMATTED);
        assertThat(reader.read("Rhino[edit]\nMain article: Rhino (JavaScript engine)"))
                .extracting(Block::hint).doesNotContain(Block.Hint.PREFORMATTED);
        assertThat(reader.read("ARCHIVE\n► 2017 (11)\n► January (11)\n▼ 2016 (136)\n▼ December (17)"))
                .extracting(Block::hint).doesNotContain(Block.Hint.PREFORMATTED);
        assertThat(reader.read("[WORDS]\n   Bradner, S., \"Key words for use in RFCs\", BCP 14, RFC 2119, March 1997."))
                .extracting(Block::hint).doesNotContain(Block.Hint.PREFORMATTED);
    }

    @Test
    void readsCommandsTypedAtAShellPromptAsOneBlockNotAsHeadings() {
        PlainTextReader reader = new PlainTextReader(false);

        assertThat(reader.read("$ echo 'fix fix fix' > file1\n$ hg commit -m 'prelim change'\n$ hg push ../test-repo"))
                .extracting(Block::hint).containsExactly(Block.Hint.PREFORMATTED);
        assertThat(reader.read("$ 5 million raised\n$ 2 million spent")).extracting(Block::hint)
                .doesNotContain(Block.Hint.PREFORMATTED);
    }

    @Test
    void takesASentenceThatOpensAListWithAColonForProse() {
        Article article = read(MENU + "\nHow to repair a bicycle puncture at home\n\n" + article(1)
                + "You will need a few things from the shed before you start:\n\n" + article(1));

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("You will need a few things from the shed before you start:");
    }
    @Test
    void takesAHeadlineEndingWithAnInitialismOverGluedSkipLinksAndAWikisTagline() {
        Article article = read("Skip to contentSkip to site index\n// Press enter to search\nFiled to: money shopping\n"
                + MENU + "\nHow winter wreaks havoc under N.Y.C.\nFrom Wikipedia, the free encyclopedia\n\n" + article(5));

        assertThat(article.title()).isEqualTo("How winter wreaks havoc under N.Y.C.");
        assertThat(article.dropped()).extracting(DroppedLine::text).contains("Skip to contentSkip to site index",
                "// Press enter to search", "Filed to: money shopping", "From Wikipedia, the free encyclopedia");
    }
    @Test
    void dropsTeaserLabelsRunIntoTheirTextAndSkipLinksInOtherLanguages() {
        assertThat(LinePatterns.furniture("SponsoredIFC Markets")).isPresent();
        assertThat(LinePatterns.furniture("200Comments. Click to view comments")).isPresent();
        assertThat(LinePatterns.furniture("Saltar al contenido")).isPresent();
        assertThat(LinePatterns.furniture("Aller au contenu principal")).isPresent();
        assertThat(LinePatterns.furniture("Zum Inhalt springen")).isPresent();
        assertThat(LinePatterns.furniture("Sponsorship deals rise")).isEmpty();
    }

    private static String slides(int count) {
        StringBuilder text = new StringBuilder("Business news in pictures\n" + count + " show all\n");
        for (int i = 1; i <= count; i++) {
            text.append(i).append('/').append(count).append(" Another company's news number ").append(i).append('\n')
                    .append("The company said on Monday that its profits rose by a tenth in the year to June,")
                    .append(" helped by strong sales abroad.\n").append(i % 2 == 0 ? "Getty\n" : "");
        }
        return text.toString();
    }

    @Test
    void dropsASlideshowCopiedInsideTheArticleButKeepsTheArticleAroundIt() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3)
                + slides(12) + "\n" + article(3).replace("Paragraph", "Part"));

        assertThat(article.paragraphs()).hasSize(6).allMatch(paragraph -> paragraph.text().contains("cycle lanes"));
        assertThat(article.dropped()).filteredOn(line -> line.reason() == DropReason.SLIDESHOW)
                .extracting(DroppedLine::text)
                .contains("Business news in pictures", "1/12 Another company's news number 1", "Getty",
                        "12/12 Another company's news number 12");
    }

    @Test
    void readsAGalleryThatIsTheArticleAndDatesThatLookLikeCounters() {
        Article gallery = read(MENU + "\nThe year in business pictures\n\n" + slides(8));
        Article dated = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3)
                + "01/19 Cycle lanes open on the high street, the council said.\n"
                + "01/18 Residents welcome the new lanes after a long row.\n"
                + "01/17 The council votes on the cycle lanes next week.\n");

        assertThat(gallery.paragraphs()).extracting(Paragraph::text).anyMatch(text -> text.startsWith("The company said"));
        assertThat(dated.dropped()).noneMatch(line -> line.reason() == DropReason.SLIDESHOW);
    }

    @Test
    void dropsLinkCardsWhoseTitleRepeatsOrWhoseTeaserEndsInReadMore() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3)
                + "How to Cycle Safely in Traffic How to Cycle Safely in Traffic How to Cycle Safely in Traffic\n"
                + "Riding a bike to work is cheaper than driving, but the roads can be frightening when… Read more Read more\n\n"
                + article(3).replace("Paragraph", "Part"));

        assertThat(article.paragraphs()).hasSize(6).allMatch(paragraph -> paragraph.text().contains("cycle lanes"));
        assertThat(article.dropped()).filteredOn(line -> line.reason() == DropReason.LIST_OF_LINKS)
                .extracting(DroppedLine::text).anyMatch(text -> text.startsWith("How to Cycle Safely"))
                .anyMatch(text -> text.endsWith("Read more Read more"));
        assertThat(LinePatterns.isRepeatedTitle("New York New York")).isFalse();
        assertThat(LinePatterns.isRepeatedTitle("The ports are closed. The ports are closed.")).isFalse();
        assertThat(LinePatterns.isRepeatedTitle("The vote ends a dispute the vote ends a dispute")).isFalse();
    }

    @Test
    void passesOverAStreamOfTeasersForTheArticleAfterIt() {
        StringBuilder stream = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            stream.append("Another story about something else entirely, number ").append(i).append(", with a long title here\n")
                    .append("The minister said on Tuesday that the plan would go ahead despite the protests of the")
                    .append(" opposition, and that it would cost less than expected this year.\n").append("Agency News\n");
        }
        Article article = read(MENU + "\n" + stream + "Council approves new cycle lanes after year-long row\n\n"
                + article(4));

        assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(text -> text.startsWith("The minister"));
        assertThat(article.paragraphs()).filteredOn(paragraph -> paragraph.text().contains("cycle lanes")).hasSize(4);
    }

    @Test
    void passesOverAStreamOfLongBlurbsEachFencedByLabelsForTheArticleAfterIt() {
        String blurb = "The minister said on Tuesday that the plan would go ahead despite the protests of the opposition,"
                + " that it would cost less than expected this year, that the work would begin in the spring and end"
                + " before the elections, and that the towns along the route would be consulted at every stage of it,"
                + " as the law requires and as the regional councils have asked for many times.";
        StringBuilder stream = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            stream.append("Politics\nAgency News\n").append(i * 7).append(" Comments. Click to view comments\n")
                    .append("Another story about something else entirely, number ").append(i).append("\n\n")
                    .append(blurb).append("\n\nA related story with a title of its own, number ").append(i)
                    .append("\nThe Evening Post\n");
        }
        Article article = read(MENU + "\n" + stream + "Council approves new cycle lanes after year-long row\n\n"
                + article(5));

        assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(text -> text.startsWith("The minister"));
        assertThat(article.paragraphs()).filteredOn(paragraph -> paragraph.text().contains("cycle lanes")).hasSize(5);
    }

    @Test
    void stopsAtAFeedOfTheLatestHeadlinesStampedWithTheirTime() {
        StringBuilder feed = new StringBuilder("Recevoir la newsletter\nDirect\n");
        for (int i = 0; i < 12; i++) {
            feed.append(14 - i / 4).append(':').append(10 + i * 3).append(" Un titre de l'actualité du jour, numéro ")
                    .append(i).append('\n');
            if (i % 3 == 0) {
                feed.append("Séisme.\nUn tremblement de terre de magnitude 6,8 a touché la région ce matin, selon")
                        .append(" l'institut de géophysique, qui n'a pas signalé de victimes pour le moment.\n");
            }
        }
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3) + feed);

        assertThat(article.paragraphs()).extracting(Paragraph::text).hasSize(3).allMatch(text -> text.contains("cycle lanes"));
    }

    @Test
    void readsALiveBlogWhoseTimedEntriesEachHaveTheirStory() {
        StringBuilder blog = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            blog.append(15 - i).append(":05 Update number ").append(i).append(" from the council chamber\n")
                    .append(PARAGRAPH).append(' ').append(PARAGRAPH).append("\n\n");
        }
        Article article = read(MENU + "\nCouncil cycle lanes vote: live\n\n" + article(1) + blog);

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains("15:05 Update number 0 from the council chamber",
                "10:05 Update number 5 from the council chamber");
    }

    @Test
    void dropsASitesIndexOfSectionsRunOnOneLongLineButNotAListInASentence() {
        String index = "Les services du Monde La boutique du Monde ▪ Le Monde dans les hôtels ▪ Cours d'anglais"
                + " ▪ Annonces auto ▪ Annonces immo ▪ Shopping ▪ Comparateur crédit ▪ Devis travaux ▪ Conjugaison";
        String sentence = "The menu had soup · bread · cheese · fruit · wine · coffee, and nobody went hungry that night.";
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3)
                + sentence + "\n\n" + index + "\n\n" + article(2));

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains(sentence).noneMatch(text -> text.contains("Annonces"));
        assertThat(article.dropped()).anyMatch(line -> line.text().startsWith("Les services") && line.reason() == DropReason.MENU_BAR);
    }

    private static final String BAND = String.join("\n", "Share this article", "Related", "Storm closes the ports",
            "29 photos", "Happening now", "Photo", "Prague will build three hundred flats along Radlicka street");

    @Test
    void stopsWhereTheNextStoryLoadedUnderTheArticleBegins() {
        String next = "Two blocks of up to 266 cooperative flats will rise along Radlicka street in Prague 5, the city"
                + " councillors decided on Monday after months of negotiation with the owners of the land.\n\n"
                + "The project of affordable cooperative housing was approved by the assembly of Prague in December,"
                + " and the municipality expects the first tenants to move in within four years of building.\n\n"
                + "Housing prices in Prague are rising six times faster than wages, according to the mayor's office,"
                + " which describes the situation as dramatic for young families and for teachers.\n\n";
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(5)
                + BAND + "\n" + next);

        assertThat(article.paragraphs()).extracting(Paragraph::text).hasSize(5).allMatch(text -> text.contains("cycle lanes"));
    }

    @Test
    void readsOnPastABandOfLabelsWhenTheProseUnderItTellsOfTheSameThings() {
        String more = "The cycle lanes approved by the council on Tuesday will run along the ring road, officials said,"
                + " and residents who opposed the network for more than a year have promised to keep watching the work.\n\n";
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3)
                + BAND + "\n" + more + more.replace("ring road", "river"));

        assertThat(article.paragraphs()).extracting(Paragraph::text).anyMatch(text -> text.contains("along the river"));
    }

    @Test
    void dropsAMediaPlayersAndAGallerysControlsInsideTheArticle() {
        List<String> controls = List.of("Caption", "Buy Photo", "Wait 1 second to continue.", "Full Screen", "Autoplay",
                "Skip Ad", "View Photos", "Read Later", "Copied!", "The news, but shorter, delivered straight to your inbox.",
                "Report Cancel Close", "Close", "Unfortunately, this video is not available in your region.",
                "Delete Cancel");
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(3)
                + String.join("\n", controls.subList(0, 5)) + "\n\n" + article(3).replace("Paragraph", "Part")
                + String.join("\n", controls.subList(5, 10)) + "\n\n" + article(3).replace("Paragraph", "Section")
                + String.join("\n", controls.subList(10, 14)) + "\n\n" + article(3).replace("Paragraph", "Step"));

        assertThat(article.paragraphs()).extracting(Paragraph::text).hasSize(12).doesNotContainAnyElementsOf(controls);
    }

    /** Paragraphs each unlike the others, as an article's are. */
    private static final List<String> DISTINCT = List.of(
            "Cycle lanes are strips of a road set aside for bicycles, marked with paint or kerbs, and found in most European cities.",
            "The first of them were laid out in the Netherlands in the nineteen thirties, when the bicycle was the commonest way to work.",
            "After the war, planners widened roads for motor traffic, and many of the early lanes were removed or turned into parking.",
            "A revival began in the seventies, when fuel crises and protests about the deaths of children on the roads changed opinion.",
            "Critics of the recent schemes say that they slow buses, take space from shops' deliveries and were decided without consultation.",
            "Supporters answer that the number of people cycling has doubled wherever a connected network was built, and accidents fell.",
            "Surveys in three cities found that most residents approved of the lanes a year after they opened, including many drivers.",
            "Councils now publish counts of the riders on each route, so that the argument can rest on figures rather than on anecdotes.");

    @Test
    void dropsAContentsBoxWhoseNumberedEntriesHeadTheSectionsBelowButKeepsTheOpeningAboveIt() {
        String contents = "Contents\n1 History\n1.1 Early years\n1.2 Revival\n2 Reception\n3 See also\n";
        String sections = "History[edit]\n" + DISTINCT.get(1) + "\n\nEarly years[edit]\n" + DISTINCT.get(2)
                + "\n\nRevival[edit]\n" + DISTINCT.get(3) + "\n\nReception[edit]\n" + String.join("\n\n", DISTINCT.subList(4, 8))
                + "\n\nSee also[edit]\nRoad marking\n";
        Article article = read(MENU + "\nCycle lane\nFrom Wikipedia, the free encyclopedia\n"
                + "For the lines painted on roads, see road marking.\n\n" + DISTINCT.get(0) + "\n\n" + contents + sections);

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains(DISTINCT.get(1), DISTINCT.get(7))
                .doesNotContain("Contents", "1 History", "1.1 Early years", "2 Reception")
                .noneMatch(text -> text.contains("lines painted"));
        // The opening above the box is read, as the standfirst or as the first paragraph.
        assertThat(java.util.stream.Stream.concat(article.subtitle().stream(),
                article.paragraphs().stream().map(Paragraph::text)).toList()).first().isEqualTo(DISTINCT.get(0));
        assertThat(article.dropped()).filteredOn(line -> line.reason() == DropReason.TABLE_OF_CONTENTS).hasSize(6);
    }

    @Test
    void keepsANumberedListWhoseItemsHeadNothingBelow() {
        Article article = read(MENU + "\nHow to plant a terrarium\n\n" + String.join("\n\n", DISTINCT.subList(0, 4))
                + "\n\n1 Choose a glass jar\n2 Add a layer of pebbles\n3 Press the moss around the plants\n\n"
                + String.join("\n\n", DISTINCT.subList(4, 8)) + "\n\nChoose a glass jar\n");

        assertThat(article.dropped()).noneMatch(line -> line.reason() == DropReason.TABLE_OF_CONTENTS);
    }

    @Test
    void dropsRelatedStoriesSharingControlsAndMediaCaptionsInOtherLanguages() {
        String related = "Související\nŘepka a spol. zůstali na trávníku sami, soupeř odešel ze hřiště\n";
        String controls = "Voltar\nCompartilhe\nCopiar link\nMedia caption Mr Obama told the BBC that gun control was his biggest frustration\n";
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n"
                + String.join("\n\n", DISTINCT.subList(0, 4)) + "\n\n" + related + "\n"
                + String.join("\n\n", DISTINCT.subList(4, 6)) + "\n\n" + controls + "\n"
                + String.join("\n\n", DISTINCT.subList(6, 8))
                + "\n\nArtículos Relacionados\nEste es el hombre que eliminó la cuenta de Twitter de Trump\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(DISTINCT);
    }

    @Test
    void takesTheLineOverAWikisTaglineForTheTitleWhenTheBodySpeaksOfIt() {
        String body = "Cycle lane\n\n" + String.join("\n\n", DISTINCT);
        Article plain = read(MENU + "\nCycle lane\nFrom Wikipedia, the free encyclopedia\nJump to navigation Jump to search\n"
                + "Coordinates: 42°S 174°E\n" + String.join("\n", List.of("Flag", "Anthem", "Capital", "Largest city",
                "Official languages", "Demonym", "Government", "Legislature", "Upper house", "Lower house", "Area",
                "Population", "Currency", "Time zone", "Driving side", "Calling code", "ISO 3166 code", "Internet TLD",
                "Stages of independence from the United Kingdom", "Dominion of the British Empire"))
                + "\n\n" + body);
        Article tabs = read(MENU + "\nList of cycle lanes\nArticle\nTalk\nRead\nEdit\nView history\nTools\n"
                + "From Wikipedia, the free encyclopedia\n\n" + String.join("\n\n", DISTINCT));

        assertThat(plain.title()).isEqualTo("Cycle lane");
        assertThat(tabs.title()).isNotEqualTo("Tools");
    }

    @Test
    void takesTheHeadlineADatelineWithACreditRunIntoItFollows() {
        Article article = read(MENU + "\nDrake Assaulted in Dubai Nightclub\nTom Cruise -- No Love Lost ... NOT on Speaking Terms\n"
                + "Miley Cyrus -- She's Hung Out With Patrick's Cabo Girl\nHome\nCouncil Approves Cycle Lanes -- FINALLY!!!\n"
                + "The council\nA vote at last\n2/26/2015 7:11 AM PST BY DAILY STAFF\nEXCLUSIVE\n\n"
                + String.join("\n\n", DISTINCT));

        assertThat(article.title()).isEqualTo("Council Approves Cycle Lanes -- FINALLY!!!");
    }

    @Test
    void joinsAReferenceTheCopyBrokeAfterItsLink() {
        Article article = read(MENU + "\nCycle lane\n\n" + String.join("\n\n", DISTINCT) + "\n\nReferences\n"
                + "^ Hartl, John (September 3, 1998). \"Disney Will Distribute Animated Japanese Movie\"\n"
                + ". The Seattle Times. Retrieved May 15, 2017.\n"
                + "^ \"In the Loop: Repeat Performance\"\n. 24 August 2021.\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains(
                "^ Hartl, John (September 3, 1998). \"Disney Will Distribute Animated Japanese Movie\" . The Seattle Times."
                        + " Retrieved May 15, 2017.");
        assertThat(article.dates()).doesNotContain(". 24 August 2021.");
    }

    @Test
    void joinsAWrappedSentenceWhoseLinesAloneLookLikeFurniture() {
        Article article = read(MENU + "\nCycle lane\n\n" + String.join("\n\n", DISTINCT) + "\n\n"
                + "   Providing the permit through a form on the council's website\n"
                + "   may be supported by the office, although its use is not\n"
                + "   recommended. The office may require residents to\n"
                + "   register their bicycles before the first use of a lane.\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains("Providing the permit through a form on the"
                + " council's website may be supported by the office, although its use is not recommended. The office may"
                + " require residents to register their bicycles before the first use of a lane.");
    }

    @Test
    void readsACaptionWithoutItsPhotoCreditAndDropsACreditAlone() {
        Article article = read(MENU + "\nCycle lane\n\n" + DISTINCT.get(0) + "\n\n"
                + "Riders wait at the new lights on Thursday Credit: Jane Roe/AFP\n\n"
                + DISTINCT.get(1) + "\n\nThe lane on the bridge. | Foto: Reuters\n\nJane Roe/Daily Planet\n\n"
                + "Riders on the bridge at dawn.CreditCreditJane Roe for The Daily Planet\n\n"
                + "(All photos: Planet staff)\n\n" + String.join("\n\n", DISTINCT.subList(2, DISTINCT.size())));

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("Riders wait at the new lights on Thursday", "The lane on the bridge.", "Riders on the bridge at dawn.")
                .noneMatch(text -> text.contains("Jane Roe") || text.contains("Reuters") || text.contains("Planet staff"));
    }

    @Test
    void dropsALinkCardWhoseTitleTheCopyRepeatsAndCutsShort() {
        Article article = read(MENU + "\nCycle lane\n\n" + String.join("\n\n", DISTINCT) + "\n\n"
                + "How Stores Manipulate Your Senses How Stores Manipulate Your Senses How Stores Manipul\n\n"
                + DISTINCT.get(0).replace("council", "city"));

        assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(text -> text.contains("Stores"));
    }

    @Test
    void passesOverTheHeadlinesOfRelatedStoriesNearerTheArticleForItsOwn() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n"
                + "AFP 30 avril 2015 à 07:19\nShare\nSur le même sujet\nReportage\nIn Utrecht, bicycles rule the road\n"
                + "Par Sébastien Farcis\ninterview\nCycling: «The more lanes there are, the safer we ride»\n"
                + "Par Laurence Defranoux\n\n" + String.join("\n\n", DISTINCT));

        assertThat(article.title()).isEqualTo("Council approves new cycle lanes after year-long row");
    }

    @Test
    void takesTheHeadlineUnderABlogsTaglineThatOpensTheCopy() {
        Article article = read("Hi, I'm Jane.\nI ride bikes. I write about it.\nWhy cycle lanes matter\n\n"
                + String.join("\n\n", DISTINCT));

        assertThat(article.title()).isEqualTo("Why cycle lanes matter");
        assertThat(article.paragraphs().get(0).text()).startsWith("Cycle lanes are strips");
    }

    @Test
    void keepsASentenceThatSpeaksOfTermsOfServiceAndAParagraphSignedWithTheEditorsInitials() {
        String question = "Are those of us who have explicitly avoided agreeing to the council's terms of service simply"
                + " fair game for an industry-wide surveillance and targeting network?";
        String signed = "The new lanes cost about fifty euros a metre and the council expects the first of them to open"
                + " before the summer, if the weather allows. (bsc)";
        Article article = read(MENU + "\nCycle lane\n\n" + String.join("\n\n", DISTINCT) + "\n\n" + question + "\n\n"
                + signed + "\n\nBy signing up, you agree to our Privacy Policy and European users agree to the data"
                + " transfer policy. For more newsletters, check out our newsletters page.\n\nPrivacy Policy\nTerms of Use\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains(question, signed)
                .noneMatch(text -> text.contains("you agree") || text.equals("Terms of Use"));
    }

    @Test
    void dropsAWikisEditLinksAdSlotsLikeButtonsAndTagLinesButNotFiguresOrWrappedNames() {
        Article article = read(MENU + "\nCycle lane\n\n" + DISTINCT.get(0) + "\n\nHistory[edit]\n\n" + DISTINCT.get(1)
                + "\n\nADVERTISING inRead invented by Teads\n\n" + DISTINCT.get(2) + "\n\n2, 3, 5, 2, 3, 12, 5, 3, 4\n\n"
                + DISTINCT.get(3) + "\n\nThe authors thank everybody who helped, including Kenny Bentley, Javier Diaz,\n"
                + "Stahl, James Coglan, Ken Eucker, Daniel Brolund, elf Pavlik, Nick\nJennings and Markus Lanthaler.\n\n"
                + String.join("\n\n", DISTINCT.subList(4, DISTINCT.size()))
                + "\n\nLike this: Like Loading...\n\nav, consoles, entertainment, gadgetry, gaming, gear, microsoft, review\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("History", "2, 3, 5, 2, 3, 12, 5, 3, 4")
                .anyMatch(text -> text.contains("Stahl, James Coglan, Ken Eucker, Daniel Brolund, elf Pavlik, Nick"))
                .noneMatch(text -> text.contains("[edit]") || text.contains("Teads") || text.startsWith("Like this")
                        || text.startsWith("av, consoles"));
    }

    @Test
    void passesOverAGallerysTitleUnderItsControlsForTheHeadlineAbove() {
        Article article = read(MENU + "\nCouncil approves network after year-long row\nShare on Facebook\n"
                + "Share on Twitter\nPrint Article\nComments\nBy Jane Roe March 18 at 3:57 PM\n1 of 24\nFull Screen\n"
                + "Autoplay\nClose\nSkip Ad\nCycle lanes set aside for bicycles in European cities\nView Photos\n\n"
                + String.join("\n\n", DISTINCT));

        assertThat(article.title()).isEqualTo("Council approves network after year-long row");
    }

    @Test
    void dropsAPrintedContentsListWithDottedLeadersButNotRepeatedNumberedOutput() {
        Article article = read(MENU + "\nCycle lane\n\n" + DISTINCT.get(0) + "\n\nTable of Contents\n"
                + "1. Introduction....................................2\n2. History.........................................3\n"
                + "3. Figures.........................................5\n\n1. Introduction\n\n" + DISTINCT.get(1) + "\n\n"
                + "0 files updated, 0 files merged\n\n" + DISTINCT.get(2) + "\n\n0 files updated, 0 files merged\n\n"
                + String.join("\n\n", DISTINCT.subList(3, DISTINCT.size())));

        assertThat(article.paragraphs()).extracting(Paragraph::text).contains("1. Introduction")
                .noneMatch(text -> text.contains("....."))
                .filteredOn(text -> text.startsWith("0 files updated")).hasSize(2);
    }

    @Test
    void dropsACommentsRatingDialogAndAShareCountWithItsButtons() {
        Article article = read(MENU + "\nCycle lane\n\n" + String.join("\n\n", DISTINCT) + "\n1 Share Back\n"
                + "Sorry you didn't like this comment. Please provide a reason below.\nPlease explain (optional)\n"
                + "Please sign in. Rating failed. Try again. Request failed. Try again.\n");

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .noneMatch(text -> text.contains("Share Back") || text.contains("Rating failed")
                        || text.startsWith("Sorry you didn't") || text.startsWith("Please explain"));
    }

    private static final String PLAYER = String.join("\n", "Play Video", "Play", "Mute", "Current Time 0:00", "/",
            "Duration Time 0:00", "Loaded: 0%", "Progress: 0%", "Share", "Playback Rate", "1", "Chapters", "Descriptions",
            "Subtitles", "Captions", "Fullscreen", "White", "Black", "Red", "Green", "Blue", "Yellow", "Opaque",
            "Semi-Opaque", "Font Size", "50%", "75%", "100%", "Reset", "Done");

    @Test
    void readsOnPastAVideoPlayersMenusWhenTheArticleGoesOnTellingTheSameThings() {
        String goesOn = "The council said the network of protected cycle lanes would end a dispute that divided"
                + " residents, and officials said the vote on Tuesday was the last of more than a year of them.\n\n"
                + "Residents who divided over the cycle lanes for more than a year said the council's network of"
                + " protected lanes was approved at last, officials said, ending the dispute on Tuesday.\n";
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(4)
                + PLAYER + "\n" + PLAYER + "\n" + PLAYER + "\n\n" + goesOn);

        assertThat(article.paragraphs()).extracting(Paragraph::text).anyMatch(text -> text.startsWith("Residents who divided"))
                .doesNotContain("Mute", "Chapters", "Playback Rate");
    }

    @Test
    void takesTheOpeningUnderTheBylineAboveAVideoPlayerThoughItSharesFewWordsWithWhatFollows() {
        String opening = "Most people who ride to work in European cities take the painted strips along the road for"
                + " granted, whatever their age or the weather on the morning they set out.\n\n"
                + "But those strips have a history that planners, councils and residents rarely agree about, according"
                + " to the historians who answered questions online from readers this winter.\n\n";
        String items = String.join("\n\n", DISTINCT) + "\n";
        Article article = read(MENU + "\nThe secrets hotel owners keep\nBy Jane Roe\nFriday 25 December 2015\n\n" + opening
                + PLAYER + "\n" + PLAYER + "\n" + PLAYER + "\nVideo shows a cycle lane at night\n" + items);

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .anyMatch(text -> text.startsWith("Most people who ride"))
                .anyMatch(text -> text.startsWith("Councils now publish counts"))
                .doesNotContain("Mute", "Chapters", "Playback Rate");
    }

    private static final String CONTROLS = String.join("\n", "36 146Reply", "Patrick Allan’s Discussions",
            "All replies jnovo22", "Edit", "Delete", "Invite", "Invite manually", "Follow jnovo22", "Unfollow jnovo22",
            "Follow jnovo22 for Lifehacker", "XDismiss", "Block for Lifehacker", "Hide", "Flag", "Unflag", "Go to permalink");

    @Test
    void doesNotReadOnPastAThreadsControlsIntoTheComments() {
        String comment = "I have been cycling to work for years and the council's new cycle lanes are long overdue, the"
                + " network of protected lanes will make the ring road safer for everyone who rides there every day.\n";
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n\n" + article(4)
                + CONTROLS + "\n" + CONTROLS + "\n\n" + comment + "\n" + comment.replace("years", "decades"));

        assertThat(article.paragraphs()).extracting(Paragraph::text).noneMatch(text -> text.startsWith("I have been cycling"));
    }

    @Test
    void takesTheHeadlineWhoseWordsTheArticleTellsOverATeaserNearer() {
        Article article = read(MENU + "\nCouncil approves new cycle lanes after year-long row\n"
                + "Tom Smith\nFiled to: transport\nroads\n"
                + "Footballer Signs Record Contract With Rival Club In Surprise Summer Move\n"
                + "Share to Facebook\nShare to Twitter\n\n" + article(6));

        assertThat(article.title()).isEqualTo("Council approves new cycle lanes after year-long row");
    }

    @Test
    void passesOverAContentsBoxWhoseEntriesHeadTheArticlesSections() {
        Article article = read(MENU + "\nCouncil approves the new lanes\nContents\nThe vote on the new cycle lanes\n"
                + "What happens to the high street\n\n"
                + article(3) + "The vote on the new cycle lanes\n\n" + article(2)
                + "What happens to the high street\n\n" + article(2));

        assertThat(article.title()).isEqualTo("Council approves the new lanes");
    }
}
