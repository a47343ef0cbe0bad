package org.lector.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    private static Article article(String text) {
        return new ArticlePipeline().process(ArticleSource.of("story.txt", text));
    }

    private static Article sample() {
        return new ArticlePipeline().process(new ArticleLoader().loadSample());
    }

    private static List<String> texts(Summary summary) {
        return summary.sentences().stream().map(chosen -> chosen.sentence().text()).toList();
    }

    @Test
    void givesExactlyTheSentencesAskedForInArticleOrder() {
        Summary summary = summarizer.summarize(sample(), new SummaryLength.Sentences(4));
        assertThat(summary.size()).isEqualTo(4);
        List<SentenceRef> refs = summary.sentences().stream().map(Summary.Chosen::ref).toList();
        assertThat(refs).isSorted();
    }

    @Test
    void everyChosenSentencePointsAtItsPlaceInTheArticle() {
        Article article = sample();
        for (Summary.Chosen chosen : summarizer.summarize(article, new SummaryLength.Ratio(0.5)).sentences()) {
            Sentence atRef = article.paragraphs().get(chosen.ref().paragraph()).sentences().get(chosen.ref().sentence());
            assertThat(atRef).isEqualTo(chosen.sentence());
            assertThat(chosen.score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void carriesTheHeadlineInAShortSummary() {
        Summary summary = summarizer.summarize(sample(), new SummaryLength.Sentences(3));
        String joined = String.join(" ", texts(summary)).toLowerCase();
        assertThat(joined).contains("russian", "niger", "air", "u.s.");
        assertThat(texts(summary).get(0)).startsWith("In an interview with Reuters");
    }

    @Test
    void neverChoosesAnAsideInBracketsThoughItCarriesTheArticlesWords() {
        Article article = article("""
                Tab search can be turned off

                From version 85 it is possible to turn tab search off for each search engine. That hides the \
                shortcut button for the engine. (Tab search, bug 1681512.)

                It is also possible to turn tab search off for every search engine at once, in the search \
                preferences. [Tab search engines, bug 1681513]

                The search team says more changes to tab search will come in the next versions of the browser.
                """);

        Summary summary = summarizer.summarize(article, new SummaryLength.Sentences(3));

        assertThat(texts(summary)).hasSize(3).noneMatch(text -> text.startsWith("(") || text.startsWith("["));
    }

    @Test
    void neverChoosesHeaderSourceOrHeadingLines() {
        Article article = article("""
                Storm closes ports along the coast

                By Ana Silva
                Nov. 12, 2025

                All ports along the northern coast were closed on Wednesday as a storm brought strong winds.

                Coastguard warnings

                Ferries were cancelled and fishing boats were told to stay in port until Friday.

                Source: Reuters
                """);
        Summary summary = summarizer.summarize(article, new SummaryLength.Sentences(10));
        assertThat(texts(summary)).containsExactly(
                "All ports along the northern coast were closed on Wednesday as a storm brought strong winds.",
                "Ferries were cancelled and fishing boats were told to stay in port until Friday.");
    }

    @Test
    void readsTheOnlySentenceOfAOneSentenceArticle() {
        Article article = article("Storm closes ports\n\nAll ports were closed on Wednesday as a storm arrived.\n");
        assertThat(texts(summarizer.summarize(article, SummaryLength.Standard.atDefaultRate())))
                .containsExactly("All ports were closed on Wednesday as a storm arrived.");
        assertThat(summarizer.summarize(article, new SummaryLength.Seconds(0.5, 175)).size()).isEqualTo(1);
    }

    @Test
    void givesBothSentencesOfATwoSentenceArticleWhenAskedForMore() {
        Article article = article("Storm closes ports\n\nAll ports were closed on Wednesday. Ferries were cancelled.\n");
        assertThat(summarizer.summarize(article, new SummaryLength.Sentences(3)).size()).isEqualTo(2);
        assertThat(summarizer.summarize(article, new SummaryLength.Sentences(1)).size()).isEqualTo(1);
    }

    @Test
    void readsAHeadingWhenTheBodyHasNothingElse() {
        Paragraph heading = new Paragraph(Paragraph.Kind.HEADING, "Live updates",
                List.of(new Sentence("Live updates", new org.lector.text.Span(0, 12))));
        Article article = new Article("Storm", java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                List.of(heading), java.util.Optional.empty(), List.of());
        assertThat(texts(summarizer.summarize(article, new SummaryLength.Sentences(3)))).containsExactly("Live updates");
    }

    @Test
    void neverSaysTheSameSentenceTwice() {
        Article article = article("Storm closes ports\n\n"
                + "The ports are closed. The ports are closed. The ports are closed. The ports are closed.\n");
        assertThat(texts(summarizer.summarize(article, new SummaryLength.Sentences(3))))
                .containsExactly("The ports are closed.");
    }

    @Test
    void prefersNewInformationToANearRepeat() {
        Article article = article("""
                Storm closes ports along the coast

                All ports along the northern coast were closed on Wednesday as a storm brought winds of 120km/h.

                All ports along the northern coast were closed on Wednesday as the storm brought winds of 120km/h, officials said.

                Ferries were cancelled and fishing boats were told to stay in port until Friday.

                The weather service expects the winds to ease by the weekend.
                """);
        List<String> chosen = texts(summarizer.summarize(article, new SummaryLength.Sentences(2)));
        assertThat(chosen).hasSize(2);
        assertThat(chosen.stream().filter(text -> text.startsWith("All ports"))).hasSize(1);
    }

    @Test
    @Timeout(10)
    void handlesOneWordRepeatedTenThousandTimes() {
        Article article = article("Word storm\n\n" + "storm ".repeat(10_000).strip() + ".\n\nThe end came quickly.\n");
        Summary summary = summarizer.summarize(article, new SummaryLength.Sentences(1));
        assertThat(summary.size()).isEqualTo(1);
    }

    @Test
    void keepsToTheListeningTime() {
        Article article = sample();
        Summary summary = summarizer.summarize(article, new SummaryLength.Seconds(30, 150));
        int words = summary.sentences().stream().mapToInt(chosen -> Summarizer.wordCount(chosen.sentence().text())).sum();
        assertThat(words).isLessThanOrEqualTo(75);
        assertThat(summary.size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void standardLengthIsAThirdAtMostAndThreeAtLeast() {
        Summary sample = summarizer.summarize(sample(), SummaryLength.Standard.atDefaultRate());
        assertThat(sample.size()).isBetween(3, 25 / 3);
        int words = sample.sentences().stream().mapToInt(chosen -> Summarizer.wordCount(chosen.sentence().text())).sum();
        assertThat(words).isLessThanOrEqualTo(45 * 175 / 60);
        Article four = article("Storm\n\nOne storm came. Two ports shut. Three ferries stopped. Four boats sank.\n");
        assertThat(summarizer.summarize(four, SummaryLength.Standard.atDefaultRate()).size()).isEqualTo(3);
    }

    @Test
    void ratioRoundsToAtLeastOneSentence() {
        assertThat(summarizer.summarize(sample(), new SummaryLength.Ratio(0.01)).size()).isEqualTo(1);
        assertThat(summarizer.summarize(sample(), new SummaryLength.Ratio(1)).size()).isEqualTo(25);
        assertThat(summarizer.summarize(sample(), new SummaryLength.Ratio(0.2)).size()).isEqualTo(5);
    }

    @Test
    void rejectsLengthsOutOfRange() {
        assertThatThrownBy(() -> new SummaryLength.Sentences(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLength.Sentences(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLength.Ratio(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLength.Ratio(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLength.Ratio(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLength.Seconds(0, 175)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLength.Seconds(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
