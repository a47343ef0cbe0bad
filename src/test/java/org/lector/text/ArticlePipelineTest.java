package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticlePipelineTest {

    private static Article article(String text) {
        return Fixtures.article("story.txt", text);
    }

    private static List<String> paragraphs(Article article) {
        return article.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static List<String> droppedText(Article article) {
        return article.dropped().stream().map(DroppedLine::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"niger-airbase.txt", "cycle-lanes.txt", "storm-ports.html", "budget-vote.md"})
    void readsFixtureInGoldenOrder(String fixture) {
        Article article = Fixtures.article(fixture, new TextDecoder().decode(Fixtures.bytes(fixture), fixture));
        String golden = Fixtures.text(fixture.substring(0, fixture.lastIndexOf('.')) + ".order.txt");
        assertThat(Fixtures.order(article)).isEqualTo(golden);
    }

    @Test
    void readsTheBundledSampleAsTheDesignAsks() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        assertThat(article.title()).isEqualTo(
                "Russian military enters Niger air base hosting U.S. troops amid diplomatic tensions");
        assertThat(article.readingOrder()).filteredOn(item -> item.text().equals(article.title())).hasSize(1);
        assertThat(article.byline()).contains("By Yagiz Efe Parmaksiz");
        assertThat(article.dates()).containsExactly("May 3, 2024 1:13 AM", "Last Updated: Jun 3, 2024 4:56 PM");
        assertThat(article.subtitle()).hasValueSatisfying(text -> assertThat(text).startsWith("Russian military soldiers"));
        assertThat(article.paragraphs()).hasSize(17).noneMatch(Paragraph::isHeading);
        assertThat(article.paragraphs().get(0).text()).startsWith("In an interview with Reuters");
        assertThat(article.paragraphs().get(16).text()).startsWith("As a result, a two-star general");
        assertThat(article.source()).contains("Source: Reuters");
        assertThat(article.sentenceCount()).isEqualTo(25);
        assertThat(droppedText(article)).contains("Skip to content");
        assertThat(paragraphs(article)).noneMatch(text -> text.contains("Last Updated") || text.contains("Skip"));
    }

    @Test
    void dropsSkipToContentLine() {
        Article article = article("""
                Skip to content

                Plane lands safely after engine fault over the Alps

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.
                """);
        assertThat(droppedText(article)).contains("Skip to content");
        assertThat(article.title()).isEqualTo("Plane lands safely after engine fault over the Alps");
    }

    @Test
    void readsRepeatedHeadlineOnce() {
        Article article = article("""
                Plane lands safely after engine fault over the Alps
                Plane lands safely after engine fault over the Alps

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.
                """);
        assertThat(article.readingOrder()).filteredOn(item -> item.text().startsWith("Plane lands")).hasSize(1);
        assertThat(article.dropped()).extracting(DroppedLine::reason).contains(DropReason.REPEATED_HEADLINE);
    }

    @Test
    void dropsNavigationBeforeHeadline() {
        Article article = article("""
                Home
                News
                World
                Africa

                Plane lands safely after engine fault over the Alps

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.
                """);
        assertThat(article.title()).isEqualTo("Plane lands safely after engine fault over the Alps");
        assertThat(droppedText(article)).contains("Home", "News", "World", "Africa");
    }

    @Test
    void readsBylineAndDatesBeforeBodyWhereverTheyStand() {
        Article article = article("""
                Plane lands safely after engine fault over the Alps

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.

                Passengers were taken to the terminal by bus and offered hotel rooms for the night.

                By Lena Fischer
                Published Nov. 12, 2025 | Updated 14:05 GMT
                """);
        assertThat(article.byline()).contains("By Lena Fischer");
        assertThat(article.dates()).containsExactly("Published Nov. 12, 2025 | Updated 14:05 GMT");
        assertThat(article.paragraphs()).hasSize(2);
        List<Article.ItemKind> kinds = article.readingOrder().stream().map(Article.Item::kind).toList();
        assertThat(kinds).containsExactly(Article.ItemKind.TITLE, Article.ItemKind.BYLINE, Article.ItemKind.DATE,
                Article.ItemKind.PARAGRAPH, Article.ItemKind.PARAGRAPH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Last Updated: Jun 3, 2024 4:56 PM", "May 3, 2024 1:13 AM", "14 January 2026",
        "Published 2 hours ago", "Updated: 2025-11-12T08:30:00Z", "Tuesday 12 November 2025 09.15 GMT"})
    void neverReadsDateLineAsParagraph(String dateLine) {
        Article article = article("Plane lands safely after engine fault\n\n"
                + "The plane landed safely in Zurich on Sunday after one engine failed, the airline said.\n\n"
                + dateLine + "\n");
        assertThat(article.dates()).containsExactly(dateLine);
        assertThat(article.paragraphs()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source: Reuters", "(Reporting by Jane Doe; Editing by John Roe)",
        "Additional reporting by Tom Li in Beijing", "Sources: AP, AFP"})
    void keepsSourceLineAsSource(String sourceLine) {
        Article article = article("Plane lands safely after engine fault\n\n"
                + "The plane landed safely in Zurich on Sunday after one engine failed, the airline said.\n\n"
                + sourceLine + "\n");
        assertThat(article.source()).contains(sourceLine);
        assertThat(article.paragraphs()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "Sign in", "Listen to this article · 4 min read", "Continue reading",
        "Related: Floods hit farms in the north", "Share this article", "Facebook Twitter Email",
        "Sign up for our morning newsletter", "We use cookies to improve your experience",
        "© 2024 Example News Ltd", "Copyright 2024 Example. All rights reserved.", "Tags: Politics, Economy",
        "Home | World | Business | Sport", "5 min read", "Story continues below advertisement",
        "Subscribe now", "Photo: Reuters", "Getty Images", "Read more", "Most read", "Main article: Firefox OS",
        "This article is about the country. For other uses, see New Zealand (disambiguation).",
        "\"NZ\" redirects here.", "Click to share on Telegram (Opens in new window)", "14 Photos", "Buy Now", "3/50",
        "This is a modal window. This modal can be closed by pressing the Escape key.",
        "Allowed HTML tags: <em> <strong> <blockquote>",
        "Seascape: the state of our oceans is supported by About this content", "From the section US & Canada",
        "跳到主文", "본문 바로가기", "Image", "Photo", "Older Article", "Newer Posts"})
    void dropsPageFurniture(String furniture) {
        Article article = article("Plane lands safely after engine fault\n\n"
                + "The plane landed safely in Zurich on Sunday after one engine failed, the airline said.\n\n"
                + furniture + "\n\n"
                + "Passengers were taken to the terminal by bus and offered hotel rooms for the night.\n");
        assertThat(droppedText(article)).contains(furniture);
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void keepsARuleThatSaysWhatIsSupportedByTheServer() {
        String rule = "416 if range requests are supported by the server and the range request cannot be satisfied,";
        Article article = article("Plane lands safely after engine fault\n\n"
                + "The plane landed safely in Zurich on Sunday after one engine failed, the airline said.\n\n"
                + rule + "\n\n"
                + "Passengers were taken to the terminal by bus and offered hotel rooms for the night.\n");
        assertThat(article.paragraphs()).extracting(Paragraph::text).contains(rule);
    }

    @Test
    void dropsMoreFromListAtTheEnd() {
        Article article = article("""
                Plane lands safely after engine fault

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.

                More from Travel
                Rail strike called off after late deal
                Airport queues ease as new scanners arrive
                Why ferry prices are rising this winter
                """);
        assertThat(article.paragraphs()).hasSize(1);
        assertThat(droppedText(article)).contains("More from Travel", "Rail strike called off after late deal",
                "Why ferry prices are rising this winter");
    }

    @Test
    void keepsHeadingBetweenParagraphs() {
        Article article = article("""
                Plane lands safely after engine fault

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.

                What the pilots said

                The crew shut down the engine and followed the checklist, the airline said.
                """);
        assertThat(article.readingOrder()).extracting(Article.Item::kind).containsExactly(Article.ItemKind.TITLE,
                Article.ItemKind.PARAGRAPH, Article.ItemKind.HEADING, Article.ItemKind.PARAGRAPH);
    }

    @Test
    void keepsAShortOpeningSentenceUnderTheTitle() {
        Article article = article("""
                Cold snap

                It was very cold.

                The frost came early to the valley this year, and the farmers said it would stay a while.
                """);
        assertThat(paragraphs(article)).containsExactly("It was very cold.",
                "The frost came early to the valley this year, and the farmers said it would stay a while.");
    }

    @Test
    void keepsTheFirstChapterHeadingUnderTheTitle() {
        Article article = article("""
                The Harbour Town

                By Ann Writer

                Chapter 1

                It was a dark night and the rain fell on the town for hours on end.

                Chapter 2

                The next day was bright and the sun shone on every roof in the town.
                """);
        assertThat(article.readingOrder()).extracting(Article.Item::text).containsExactly("The Harbour Town",
                "By Ann Writer", "Chapter 1", "It was a dark night and the rain fell on the town for hours on end.",
                "Chapter 2", "The next day was bright and the sun shone on every roof in the town.");
    }

    @Test
    void keepsTheFirstChaptersNumberAndTitleAboveItsText() {
        Article article = article("""
                The Harbour Town

                By Ann Writer

                Chapter 1

                The Night of the Storm

                It was a dark night and the rain fell on the town for hours on end.

                Chapter 2

                The Morning After the Rain

                The next day was bright and the sun shone on every roof in the town.
                """);
        assertThat(article.readingOrder()).extracting(Article.Item::kind, Article.Item::text).startsWith(
                org.assertj.core.groups.Tuple.tuple(Article.ItemKind.TITLE, "The Harbour Town"),
                org.assertj.core.groups.Tuple.tuple(Article.ItemKind.BYLINE, "By Ann Writer"),
                org.assertj.core.groups.Tuple.tuple(Article.ItemKind.HEADING, "Chapter 1"),
                org.assertj.core.groups.Tuple.tuple(Article.ItemKind.HEADING, "The Night of the Storm"),
                org.assertj.core.groups.Tuple.tuple(Article.ItemKind.PARAGRAPH,
                        "It was a dark night and the rain fell on the town for hours on end."));
        assertThat(article.subtitle()).isEmpty();
    }

    @Test
    void reflowsHardWrappedParagraphs() {
        Article article = article("""
                Plane lands safely after engine fault over the Alps

                The plane, an Airbus A320 carrying 142 passengers and six crew, landed
                safely in Zurich on Sunday afternoon after one of its two engines failed
                shortly after take-off, the airline said in a statement.

                Passengers were taken to the terminal by bus and offered hotel rooms for
                the night, and a replacement aircraft was due to fly them on to Vienna on
                Monday morning, a spokeswoman for the airport said.
                """);
        assertThat(paragraphs(article)).containsExactly(
                "The plane, an Airbus A320 carrying 142 passengers and six crew, landed safely in Zurich on Sunday "
                        + "afternoon after one of its two engines failed shortly after take-off, the airline said in a "
                        + "statement.",
                "Passengers were taken to the terminal by bus and offered hotel rooms for the night, and a "
                        + "replacement aircraft was due to fly them on to Vienna on Monday morning, a spokeswoman for "
                        + "the airport said.");
    }

    @Test
    void joinsOneSentenceALineInsideBlankLineParagraphs() {
        Article article = article("""
                Plane lands safely after engine fault

                The plane landed safely in Zurich on Sunday after one engine failed.
                Nobody was hurt, the airline said.

                Passengers were taken to the terminal by bus.
                """);
        assertThat(paragraphs(article)).containsExactly(
                "The plane landed safely in Zurich on Sunday after one engine failed. Nobody was hurt, the airline said.",
                "Passengers were taken to the terminal by bus.");
        assertThat(article.paragraphs().get(0).sentences()).hasSize(2);
    }

    @Test
    void keepsAShortLineWithoutAFullStopAfterASentenceApart() {
        Article article = article("""
                Plane lands safely after engine fault

                The plane landed safely in Zurich on Sunday after one engine failed.
                Nobody was hurt, the airline said.
                Why the engine failed

                Investigators will examine the engine at the airport this week, the airline said.
                """);
        assertThat(paragraphs(article)).containsExactly(
                "The plane landed safely in Zurich on Sunday after one engine failed. Nobody was hurt, the airline said.",
                "Why the engine failed",
                "Investigators will examine the engine at the airport this week, the airline said.");
        assertThat(article.paragraphs().get(1).isHeading()).isTrue();
    }

    @Test
    void readsEachLineAsParagraphWhenTextHasNoBlankLines() {
        Article article = article("""
                Plane lands safely after engine fault
                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.
                Passengers were taken to the terminal by bus and offered hotel rooms for the night.
                """);
        assertThat(article.title()).isEqualTo("Plane lands safely after engine fault");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void dropsStandfirstRepeatedAsFirstParagraph() {
        Article article = article("""
                Plane lands safely after engine fault

                One engine failed shortly after take-off from Geneva

                One engine failed shortly after take-off from Geneva

                The plane landed safely in Zurich on Sunday after one engine failed, the airline said.
                """);
        assertThat(article.subtitle()).contains("One engine failed shortly after take-off from Geneva");
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void usesFileNameWhenTextHasNoHeadline() {
        Article article = Fixtures.article("engine-fault.txt",
                "The plane landed safely in Zurich on Sunday after one engine failed, the airline said.");
        assertThat(article.title()).isEqualTo("Engine fault");
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void readsVeryShortTextRatherThanFailing() {
        Article article = article("Hello world");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Hello world");
    }

    @Test
    void everySentenceSpanPointsIntoItsParagraph() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        for (Paragraph paragraph : article.paragraphs()) {
            for (Sentence sentence : paragraph.sentences()) {
                assertThat(sentence.span().of(paragraph.text())).isEqualTo(sentence.text());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n  ", "\u00A0\u200B\n"})
    void rejectsTextWithNothingToRead(String empty) {
        assertThatThrownBy(() -> article(empty))
                .isInstanceOf(LectorException.class)
                .hasMessage("'story.txt' is empty")
                .extracting(e -> ((LectorException) e).exitCode()).isEqualTo(3);
    }

    @Test
    void rejectsPageThatIsAllFurniture() {
        assertThatThrownBy(() -> article("Skip to content\n\nSign in\n\nAdvertisement\n"))
                .isInstanceOf(LectorException.class)
                .hasMessage("'story.txt' holds no article text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 of 10 Americans say they never vote.", "1/3 of the budget goes to schools, she said.",
        "The research is funded by the EU."})
    void keepsSentencesThatStartWithAFraction(String sentence) {
        Article article = article("Plane lands safely after engine fault\n\n"
                + "The plane landed safely in Zurich on Sunday after one engine failed, the airline said.\n\n"
                + sentence + "\n");
        assertThat(article.paragraphs()).extracting(Paragraph::text).contains(sentence);
    }

    @Test
    void readsALongBlockWhoseFullStopWasCutOffAsBodyNotALabel() {
        String standfirst = "Russian soldiers enter an air base in Niger that houses American forces, after the junta"
                + " told the American soldiers to leave the country within months";
        String cut = "The senior official said on Friday that the Russian soldiers were using a separate hangar and"
                + " were not mixing with the American forces at the base near the airport in the capital";
        Article article = article("Russian military enters Niger air base\n\n" + standfirst + "\n\n" + cut + "\n\n"
                + "The United States has been ordered to withdraw about 1,000 troops from the country.\n");

        assertThat(article.subtitle()).contains(standfirst);
        assertThat(article.paragraphs()).extracting(Paragraph::text).startsWith(cut);
    }
}
