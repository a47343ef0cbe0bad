package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each failure seen on real pages, as a small page made for it. */
class HtmlExtractionTest {

    private static final String PROSE = "The committee met on Tuesday to discuss the new plan, which would change"
            + " how the city collects its rubbish, and members said they expected a vote within weeks.";

    private static Article read(String html) {
        return new ArticlePipeline().process(ArticleSource.of("page.html", html));
    }

    private static String body(Article article) {
        return String.join("\n", article.paragraphs().stream().map(Paragraph::text).toList());
    }

    private static String paragraphs(int count, String tag) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append('<').append(tag).append(">Paragraph ").append(i).append(": ").append(PROSE)
                    .append("</").append(tag).append('>');
        }
        return html.toString();
    }

    @Test
    void dropsAWikisCrossReferencesButNotASentenceThatSendsTheReaderOn() {
        Article article = read("<html><body><article><h1>Hermitian matrix</h1>"
                + "<p>For matrices with symmetry over the real number field, see symmetric matrix.</p>"
                + "<p>This article is about the country. For other uses, see New Zealand (disambiguation).</p>"
                + paragraphs(3, "p") + "<p>For more details, you can see the project.</p></article></body></html>");

        assertThat(body(article)).doesNotContain("symmetric matrix", "disambiguation").contains("you can see the project");
        assertThat(article.dropped()).extracting(DroppedLine::text).contains(
                "For matrices with symmetry over the real number field, see symmetric matrix.");
    }

    @Test
    void keepsQuotedParagraphs() {
        Article article = read("<html><body><article><h1>Exploit found</h1>" + paragraphs(3, "p")
                + "<blockquote><p>First quoted paragraph, in which the researcher explains at length what the"
                + " flaw allows an attacker to do.</p><p>Second quoted paragraph, with the vendor's answer to"
                + " the report and a date for the fix.</p></blockquote>" + paragraphs(2, "p")
                + "</article></body></html>");

        assertThat(body(article)).contains("First quoted paragraph", "Second quoted paragraph");
        assertThat(article.paragraphs()).hasSize(7);
    }

    @Test
    void keepsTheOpeningWhenTheArticleIsSplitOverTwoContainers() {
        Article article = read("<html><body><div class=\"wrap\">"
                + "<div class=\"story-lead\"><p>The opening paragraph of the story, which the page keeps in a"
                + " container of its own above the rest, as some sites do.</p></div>"
                + "<div class=\"story-body\">" + paragraphs(8, "p") + "</div>"
                + "</div><div class=\"footer-links\"><a href=\"/a\">About</a></div></body></html>");

        assertThat(article.paragraphs().get(0).text()).startsWith("The opening paragraph");
        assertThat(article.paragraphs()).hasSize(9);
    }

    @Test
    void keepsTheOpeningWhenEachPartOfTheArticleSitsInItsOwnContainerBesideAnEmptySlot() {
        String lead = "<p>The opening paragraph of the story, which the page sets in a container of its own, with"
                + " a box of related stories and an advert between it and the rest.</p>";
        Article article = read("<html><body><div class=\"columns\">"
                + "<div class=\"story-part\"><div class=\"story-text\">" + lead + lead.replace("opening", "second")
                + "</div></div>"
                + "<div class=\"box\"><h2>More on this</h2><ul><li><a href=\"/a\">Another story</a></li></ul></div>"
                + "<div class=\"story-part\"><div class=\"story-text\">" + paragraphs(8, "p") + "</div>"
                + "<div class=\"slot\"><div class=\"slot-items\"><aside class=\"advert hidden\">Advertisement</aside>"
                + "</div></div></div>"
                + "</div></body></html>");

        assertThat(article.paragraphs().get(0).text()).startsWith("The opening paragraph");
        assertThat(article.paragraphs()).hasSize(10);
    }

    @Test
    void decodesEntitiesOnce() {
        Article article = read("<html><body><article>" + paragraphs(2, "p")
                + "<p>To hide a note, write &lt;!-- before it, the tutorial says, and --&gt; after it.</p>"
                + "<p>A script tag is written &lt;script&gt; in a page, and &amp;amp; is how the page shows"
                + " the entity for an ampersand.</p>" + paragraphs(2, "p") + "</article></body></html>");

        assertThat(body(article)).contains("write <!-- before it", "written <script> in a page", "&amp; is how");
        assertThat(article.paragraphs()).hasSize(6);
    }

    @Test
    void leavesEntitiesPastUnicodeAsWritten() {
        Article html = read("<html><body><article><p>A broken entity &#xFFFFFF; in a page, which must not stop"
                + " the reader from reading the rest of the article aloud.</p></article></body></html>");
        Article text = new ArticlePipeline().process(ArticleSource.of("note.txt",
                "Title line\n\nA broken entity &#xFFFFFF; in a text, which must not stop the reader at all.\n"));

        assertThat(body(html)).contains("A broken entity");
        assertThat(body(text)).contains("&#xFFFFFF;");
    }

    @Test
    void keepsTheArticleInsideAWrapperNamedLikeASidebar() {
        Article article = read("<html><body><div class=\"layout with-sidebar\"><article><h1>Headline</h1>"
                + paragraphs(4, "p") + "</article><div class=\"sidebar\"><p>Sidebar teaser text that is not"
                + " the article but is long enough to be scored as a paragraph.</p></div></div></body></html>");

        assertThat(article.paragraphs()).hasSize(4);
        assertThat(body(article)).doesNotContain("Sidebar teaser");
    }

    @Test
    void readsPagesWrappedInOneForm() {
        Article article = read("<html><body><form id=\"aspnetForm\" action=\"/page.aspx\"><div id=\"main\">"
                + "<h1>Council news</h1>" + paragraphs(4, "p") + "</div></form></body></html>");

        assertThat(article.paragraphs()).hasSize(4);
    }

    @Test
    void splitsLinesAtLineBreaksWhereTheyEndSentences() {
        Article article = read("<html><body><article><p>+ Added granite blocks<br>+ Added slime blocks<br>"
                + "+ Added iron trapdoors</p><p>The first release note is a sentence.<br>The second one is"
                + " another sentence.<br><br>A paragraph after two breaks, long enough to stand alone here.</p>"
                + "<p>A line wrapped by the author in the middle<br>of a sentence is joined again.</p>"
                + "</article></body></html>");

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Added granite blocks", "Added slime blocks", "Added iron trapdoors",
                "The first release note is a sentence.", "The second one is another sentence.",
                "A paragraph after two breaks, long enough to stand alone here.",
                "A line wrapped by the author in the middle of a sentence is joined again.");
    }

    @Test
    void dropsFootnoteMarkersAndEditLinks() {
        Article article = read("<html><body><div id=\"content\"><h1>Android</h1><p>Android is a mobile"
                + " operating system<sup class=\"reference\"><a href=\"#cite-13\">[13]</a></sup>, used on"
                + " phones and tablets, and developed by a consortium of companies.</p>"
                + "<h2>History<span class=\"editsection\">[<a href=\"/edit\">edit</a>]</span></h2>"
                + paragraphs(3, "p") + "</div></body></html>");

        assertThat(body(article)).contains("operating system, used on phones").doesNotContain("[13]", "edit");
        assertThat(article.paragraphs().get(1).text()).isEqualTo("History");
    }

    @Test
    void takesHeadlineAuthorAndDateFromJsonLd() {
        Article article = read("<html><head><title>Storm closes ports | The Herald</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"The Herald\"},{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Storm closes ports along the coast\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}],"
                + "\"datePublished\":\"2024-05-03T01:13:00Z\"}]}</script></head><body><article>"
                + paragraphs(3, "p") + "</article></body></html>");

        assertThat(article.title()).isEqualTo("Storm closes ports along the coast");
        assertThat(article.byline()).contains("By Ana Ruiz");
        assertThat(article.dates()).containsExactly("Published May 3, 2024");
    }

    @Test
    void takesTheHeadlineNotTheJsonLdNameThatIsThePublishersName() {
        // The page's <title> names another story of the same site, as a stale template can.
        Article article = read("<html><head><title>Harbour reopens | The Herald</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"name\":\"The Herald\","
                + "\"headline\":\"Storm closes ports along the coast\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"The Herald\"}}</script></head><body><article>" + paragraphs(3, "p")
                + "</article></body></html>");

        assertThat(article.title()).isEqualTo("Storm closes ports along the coast");
    }

    @Test
    void titleLosesTheSiteNameTheSourcesAgreeOn() {
        Article article = read("<html><head><title>Storm closes ports | The Herald</title>"
                + "<meta property=\"og:site_name\" content=\"The Herald\"></head><body><article>"
                + paragraphs(3, "p") + "</article></body></html>");

        assertThat(article.title()).isEqualTo("Storm closes ports");
    }

    @Test
    void keepsAFrenchBylineInFrench() {
        Article article = read("<html lang=\"fr\"><head><meta name=\"author\" content=\"Par Marie Dupont\">"
                + "</head><body><article><p>" + "Le conseil municipal a voté mardi un réseau de pistes cyclables,"
                + " mettant fin à un différend qui divisait les habitants depuis plus d'un an." + "</p>"
                + "</article></body></html>");

        assertThat(article.byline()).contains("Par Marie Dupont");
    }

    @Test
    void removesOneByWordFromAnEnglishByline() {
        assertThat(HtmlReader.byline("by: Laurie Oakes", metadata("en"))).isEqualTo("By Laurie Oakes");
        assertThat(HtmlReader.byline("By by Laurie Oakes", metadata("en"))).isEqualTo("By Laurie Oakes");
        assertThat(HtmlReader.byline("devindra hardawar", metadata(""))).isEqualTo("By Devindra hardawar");
    }

    private static PageMetadata metadata(String language) {
        return new PageMetadata(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), language, java.util.Optional.empty());
    }

    @Test
    void dropsALinkListInsideTheArticle() {
        Article article = read("<html><body><article><h1>Headline</h1>" + paragraphs(4, "p")
                + "<ul class=\"tags\"><li><a href=\"/t/nz\">New Zealand</a></li><li><a href=\"/t/w\">Whales</a>"
                + "</li><li><a href=\"/t/c\">Cetaceans</a></li></ul></article></body></html>");

        assertThat(body(article)).doesNotContain("Cetaceans", "New Zealand");
    }

    @Test
    void keepsAListOfLinksThatTheArticleGoesOnAfterButNotTheRelatedStoriesAfterItsEnd() {
        Article article = read("<html><body><article><h1>These weeks in the browser</h1>" + paragraphs(3, "p")
                + "<ul><li><a href=\"/b/1\">Bug 1677080 – Fullscreen window is affected by switching video source</a></li>"
                + "<li><a href=\"/b/2\">Bug 1677107 – Add telemetry for tracking support usage</a></li>"
                + "<li><a href=\"/b/3\">Bug 1681796 – Prevent superfluous actors from being created</a></li></ul>"
                + paragraphs(2, "p")
                + "<ul><li><a href=\"/s/1\">Review: a high-flying game has a career year on the court</a></li>"
                + "<li><a href=\"/s/2\">Review: race at your own speed in a big, beautiful world</a></li>"
                + "<li><a href=\"/s/3\">The new console shows promise, potential and pretty lighting</a></li></ul>"
                + "</article></body></html>");

        assertThat(body(article)).contains("Bug 1677080", "Bug 1681796").doesNotContain("career year", "pretty lighting");
    }

    @Test
    void keepsARefrainButReadsAPassagePrintedTwiceOnce() {
        String refrain = "<p>We shall fight on the beaches, and we shall never surrender.</p>";
        Article speech = read("<html><body><article>" + paragraphs(2, "p") + refrain + paragraphs(1, "p")
                + refrain + "</article></body></html>");
        Article twice = read("<html><body><article>" + paragraphs(4, "p") + paragraphs(4, "p")
                + "</article></body></html>");

        assertThat(speech.paragraphs()).filteredOn(p -> p.text().contains("never surrender")).hasSize(2);
        assertThat(twice.paragraphs()).hasSize(4);
        assertThat(twice.dropped()).extracting(DroppedLine::reason).containsOnly(DropReason.REPEATED_PASSAGE);
    }

    @Test
    void readsATableRowByRowNeverAsHeadings() {
        Article article = read("<html><body><article>" + paragraphs(3, "p")
                + "<table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Labour</td>"
                + "<td>40</td></tr><tr><td>Green</td><td>12</td></tr></tbody></table></article></body></html>");

        assertThat(article.paragraphs()).filteredOn(Paragraph::isHeading).isEmpty();
        assertThat(body(article)).contains("Party · Seats", "Labour · 40", "Green · 12");
    }

    @Test
    void readsDeeplyNestedUnclosedTags() {
        String page = "<html><body>" + "<div><span><b>".repeat(20_000) + PROSE + "</body></html>";

        assertThat(body(read(page))).contains("The committee met");
    }

    @Test
    void keepsTheStandfirstTheMarkupNames() {
        Article article = read("<html><body><article><h1>Storm closes ports</h1><p class=\"standfirst\">"
                + "Shipping halted as winds reach 120km/h</p>" + paragraphs(3, "p") + "</article></body></html>");

        assertThat(article.subtitle()).contains("Shipping halted as winds reach 120km/h");
        assertThat(article.paragraphs()).hasSize(3);
    }


    @Test
    void keepsTheOpeningWhoseExcerptIsThePagesDescription() {
        String opening = "Picture the harbour at dawn: the boats are tied up, the cranes are still, and the only sound"
                + " is the wind, which has kept the port closed for three days now.";
        Article article = read("<html><head><meta name=\"description\" content=\"" + opening.substring(0, 80) + "...\">"
                + "</head><body><article><h1>Storm closes ports</h1><p>(All photos: Planet staff)</p><p>" + opening
                + "</p><p class=\"byline\">By Jane Roe</p>" + paragraphs(3, "p") + "</article></body></html>");

        assertThat(article.subtitle()).isEmpty();
        assertThat(article.paragraphs().get(0).text()).isEqualTo(opening);
        assertThat(body(article)).doesNotContain("Planet staff");
    }

    @Test
    void readsACaptionWithoutItsPhotoCredit() {
        Article article = read("<html><body><article>" + paragraphs(2, "p") + "<figure><img src=\"a.jpg\" alt=\"\">"
                + "<figcaption>Waves hit the harbour wall on Monday. Photograph: Jane Roe/Reuters</figcaption></figure>"
                + "<figure><img src=\"b.jpg\" alt=\"\"><figcaption>Photo: AP</figcaption></figure>"
                + "<figure><img src=\"c.jpg\" alt=\"\"><figcaption><span>The harbour wall after the storm.</span>"
                + "<span>Credit</span><span>Jane Roe for The Herald</span></figcaption></figure>"
                + paragraphs(2, "p") + "</article></body></html>");

        assertThat(article.paragraphs()).extracting(Paragraph::text)
                .contains("Waves hit the harbour wall on Monday.", "The harbour wall after the storm.")
                .noneMatch(text -> text.contains("Reuters") || text.contains("Photo: AP") || text.contains("Jane Roe"));
    }

    @Test
    void readsJsonLdInsideACdataSection() {
        Article article = read("<html><head><script type=\"application/ld+json\"><![CDATA[{\"@type\":\"Article\","
                + "\"name\":\"New Zealand\",\"author\":{\"@type\":\"Person\",\"name\":\"Jo Bloggs\"}}]]></script>"
                + "</head><body><article>" + paragraphs(3, "p") + "</article></body></html>");

        assertThat(article.title()).isEqualTo("New Zealand");
        assertThat(article.byline()).contains("By Jo Bloggs");
    }

    @Test
    void readsAPageWhoseBestCandidatesShareAnAncestorNeverScored() throws java.io.IOException {
        // Found by the fuzzer (a dev-set page with a stretch repeated): exit 1 with a NullPointerException.
        String html;
        try (var in = new java.util.zip.GZIPInputStream(
                HtmlExtractionTest.class.getResourceAsStream("/fuzz-found/unscored-common-ancestor.html.gz"))) {
            html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Article article = read(html);
        assertThat(article.title()).isEqualTo("Open Verilog flow for Silego GreenPak4 programmable logic devices");
        assertThat(article.paragraphs()).hasSizeGreaterThan(5);
    }
}
