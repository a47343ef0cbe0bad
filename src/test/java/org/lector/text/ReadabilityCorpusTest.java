package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reading order on 130 real pages (Readability's test suite), as saved HTML and as whole-page text
 * captures, scored as shared/tools/extraction/score.py scores it. The floors sit a little below what
 * was measured (README, "What the reading order does"), so a change that loses ground fails here.
 */
@Tag("corpus")
class ReadabilityCorpusTest {

    static List<ExtractionScore.PageScore> scoreHtml() {
        return scoreAll(page -> Optional.of(page.html()), "source.html");
    }

    static List<ExtractionScore.PageScore> scoreCaptures() {
        return scoreAll(ReadabilityPages.Page::capture, "capture.txt");
    }

    /**
     * Every page that has the form asked for, read under the file name score.py gives it (a page
     * without a headline is titled after its file, so the name must be the dev set's own).
     */
    private static List<ExtractionScore.PageScore> scoreAll(Function<ReadabilityPages.Page, Optional<String>> form,
                                                            String fileName) {
        List<ExtractionScore.PageScore> scores = new ArrayList<>();
        for (ReadabilityPages.Page page : ReadabilityPages.all()) {
            form.apply(page).ifPresent(input -> scores.add(score(page, input, page.name() + "/" + fileName)));
        }
        return scores;
    }

    private static ExtractionScore.PageScore score(ReadabilityPages.Page page, String input, String name) {
        Article article;
        try {
            article = new ArticlePipeline().process(ArticleSource.of(name, input));
        } catch (LectorException noArticle) {
            return new ExtractionScore.PageScore(page.name(), 0, 0, 0, 0, 0, false, null, List.of());
        }
        return ExtractionScore.score(page.name(), article, page.expected(), page.title(), page.byline());
    }

    @Test
    void findsTheArticleInSavedPages() {
        ExtractionScore.Totals html = ExtractionScore.totals(scoreHtml());

        assertThat(html.pages()).isEqualTo(130);
        assertThat(html.f1()).as("body F1, HTML").isGreaterThan(0.97);
        assertThat(html.precision()).as("precision, HTML").isGreaterThan(0.97);
        assertThat(html.titleShare()).as("titles right, HTML").isGreaterThan(0.93);
        assertThat(html.bylineShare()).as("bylines right, HTML").isGreaterThan(0.85);
        assertThat((double) html.missed() / html.paragraphs()).as("paragraphs missed, HTML").isLessThan(0.018);
        assertThat(html.junk()).as("junk items, HTML (mostly the reference's own short headings)").isLessThan(800);
    }

    @Test
    void findsTheArticleInWholePageCaptures() {
        ExtractionScore.Totals capture = ExtractionScore.totals(scoreCaptures());

        assertThat(capture.pages()).isEqualTo(127);
        assertThat(capture.f1()).as("body F1, captures").isGreaterThan(0.945);
        assertThat(capture.precision()).as("precision, captures").isGreaterThan(0.955);
        assertThat(capture.titleShare()).as("titles right, captures").isGreaterThan(0.50);
        assertThat(capture.bylineShare()).as("bylines right, captures").isGreaterThan(0.40);
        assertThat((double) capture.missed() / capture.paragraphs()).as("paragraphs missed, captures")
                .isLessThan(0.026);
        assertThat(capture.junk()).as("junk items, captures (mostly the reference's own short headings)").isLessThan(770);
    }
}
