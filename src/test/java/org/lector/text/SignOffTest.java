package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a page sets under the article's last paragraph is not read as the article. */
class SignOffTest {

    private static final String PROSE = "The committee met on Tuesday to discuss the new plan, which would change"
            + " how the city collects its rubbish, and members said they expected a vote within weeks.";

    private static Article read(String byline, String tail) {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Rubbish plan goes to a vote</h1>");
        if (!byline.isEmpty()) {
            html.append("<p class=\"byline\">").append(byline).append("</p>");
        }
        for (int i = 1; i <= 4; i++) {
            html.append("<p>Paragraph ").append(i).append(": ").append(PROSE).append("</p>");
        }
        return new ArticlePipeline().process(ArticleSource.of("page.html", html.append(tail).append("</article></body></html>").toString()));
    }

    private static String lastParagraph(Article article) {
        return article.paragraphs().get(article.paragraphs().size() - 1).text();
    }

    @Test
    void dropsTheAuthorsCardUnderTheArticle() {
        Article article = read("By Jane Roe", "<h3>Jane Roe</h3><p>Jane Roe is a staff reporter for the Daily Planet"
                + " and covers the city council. Follow her on Twitter.</p>");

        assertThat(lastParagraph(article)).startsWith("Paragraph 4");
        assertThat(article.dropped()).extracting(DroppedLine::text).contains("Jane Roe")
                .anyMatch(text -> text.startsWith("Jane Roe is a staff reporter"));
    }

    @Test
    void dropsACardThatOpensWithTheBylinesFirstName() {
        Article article = read("By Devindra Hardawar", "<p>In this article: council, rubbish, vote</p>"
                + "<p>Devindra has been obsessed with the city's bins for as long as he can remember.</p>");

        assertThat(lastParagraph(article)).startsWith("Paragraph 4");
    }

    @Test
    void dropsTheLicenceNoticeAndTheSignature() {
        Article article = read("", "<p>— jroe</p><p>Except as otherwise noted, the content of this page is licensed"
                + " under the Creative Commons Attribution 4.0 License.</p>");

        assertThat(lastParagraph(article)).startsWith("Paragraph 4");
        assertThat(article.dropped()).extracting(DroppedLine::reason).contains(DropReason.AFTER_THE_ARTICLE);
    }

    @Test
    void takesAPostedByLineUnderTheArticleForTheByline() {
        Article article = read("", "<p>Posted by Alon Zakai.</p>");

        assertThat(article.byline()).contains("Posted by Alon Zakai");
        assertThat(lastParagraph(article)).startsWith("Paragraph 4");
    }

    @Test
    void keepsALastParagraphThatSpeaksOfTheAuthorsNamesakeOrQuotesHer() {
        Article article = read("By Jane Roe", "<p>Roe said the committee would meet again in the spring to count the"
                + " votes of the residents who had written in.</p>");

        assertThat(lastParagraph(article)).startsWith("Roe said the committee");
    }
}
