package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlReaderTest {

    private static Article html(String page) {
        return Fixtures.article("page.html", page);
    }

    private static List<String> paragraphs(Article article) {
        return article.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static final String BODY = "<p>The storm reached the coast on Monday night, bringing heavy rain and strong "
            + "winds to several towns along the shore.</p><p>Schools were closed and trains were cancelled, the "
            + "regional government said in a statement on Tuesday morning.</p>";

    @Test
    void ignoresScriptsStylesNavigationAsidesFootersAndForms() {
        Article article = html("<html><head><style>p{color:red}</style><script>alert('no')</script></head><body>"
                + "<nav><a>Home</a> <a>World</a></nav><article><h1>Storm hits the coast</h1>" + BODY
                + "<aside><p>Read our other storm coverage for the whole of the last ten years of weather.</p></aside>"
                + "<form><label>Email</label><input><button>Sign up</button></form></article>"
                + "<footer><p>Example Times is a registered trademark of Example Holdings, London.</p></footer>"
                + "</body></html>");
        assertThat(article.title()).isEqualTo("Storm hits the coast");
        assertThat(paragraphs(article)).hasSize(2).allMatch(text -> text.startsWith("The storm") || text.startsWith("Schools"));
    }

    @Test
    void findsContentByTextDensityWithoutArticleElement() {
        Article article = html("<html><body><div class='top'><a>Home</a> | <a>News</a> | <a>Sport</a></div>"
                + "<div class='links'><p><a>Other story one that links away</a></p></div>"
                + "<div class='story-body'><h1>Storm hits the coast</h1>" + BODY + "</div></body></html>");
        assertThat(article.title()).isEqualTo("Storm hits the coast");
        assertThat(paragraphs(article)).hasSize(2);
    }

    @Test
    void takesTitleFromOpenGraphWhenPageHasNoH1() {
        Article article = html("<html><head><meta property='og:title' content='Storm hits the coast'>"
                + "<title>Storm hits the coast | Example Times</title></head><body><article>" + BODY
                + "</article></body></html>");
        assertThat(article.title()).isEqualTo("Storm hits the coast");
    }

    @Test
    void takesTitleFromTitleElementLessSiteName() {
        Article article = html("<html><head><title>Storm hits the coast | Example Times</title></head><body>"
                + "<article>" + BODY + "</article></body></html>");
        assertThat(article.title()).isEqualTo("Storm hits the coast");
    }

    @Test
    void readsAuthorAndDatesFromMetadata() {
        Article article = html("<html><head><meta name='author' content='Ana Silva'>"
                + "<meta property='article:published_time' content='2025-11-12T08:30:00+00:00'></head><body>"
                + "<article><h1>Storm hits the coast</h1>" + BODY + "</article></body></html>");
        assertThat(article.byline()).contains("By Ana Silva");
        assertThat(article.dates()).containsExactly("Published November 12, 2025");
    }

    @Test
    void keepsSubheadingsAsHeadings() {
        Article article = html("<article><h1>Storm hits the coast</h1>" + BODY + "<h2>What comes next</h2>"
                + "<p>Forecasters expect the winds to ease by Thursday, though more rain is likely.</p></article>");
        assertThat(article.readingOrder()).extracting(Article.Item::kind).containsExactly(Article.ItemKind.TITLE,
                Article.ItemKind.PARAGRAPH, Article.ItemKind.PARAGRAPH, Article.ItemKind.HEADING,
                Article.ItemKind.PARAGRAPH);
    }

    @Test
    void readsListItemsAsParagraphs() {
        Article article = html("<article><h1>Storm hits the coast</h1>" + BODY
                + "<ul><li>Keep away from the sea front.</li><li>Check on elderly neighbours.</li></ul></article>");
        assertThat(paragraphs(article)).contains("Keep away from the sea front.", "Check on elderly neighbours.");
    }

    @Test
    void neverFetchesRemoteContent() {
        Article article = html("<article><h1>Storm hits the coast</h1><iframe src='http://203.0.113.1/x'></iframe>"
                + "<img src='http://203.0.113.1/y.png'><link rel='import' href='http://203.0.113.1/z'>" + BODY
                + "</article>");
        assertThat(paragraphs(article)).hasSize(2);
    }

    @Test
    @Timeout(10)
    void survivesTenThousandNestedTags() {
        String page = "<html><body>" + "<div>".repeat(10_000) + "<h1>Storm hits the coast</h1>" + BODY
                + "</div>".repeat(10_000) + "</body></html>";
        Article article = html(page);
        assertThat(article.paragraphs()).isNotEmpty();
    }

    @Test
    void decodesEntitiesInMarkup() {
        Article article = html("<article><h1>Q&amp;A: the storm</h1><p>Winds reached 120&nbsp;km/h &ndash; the "
                + "highest this year &mdash; said the agency&#8217;s chief forecaster on Monday.</p></article>");
        assertThat(article.title()).isEqualTo("Q&A: the storm");
        assertThat(paragraphs(article)).containsExactly(
                "Winds reached 120 km/h – the highest this year — said the agency’s chief forecaster on Monday.");
    }
}
