package org.lector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import org.lector.speech.Speakable;
import org.lector.speech.SpeechNormalizer;
import org.lector.summary.Summarizer;
import org.lector.summary.Summary;
import org.lector.summary.SummaryLength;
import org.lector.text.Article;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.LectorException;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;

/**
 * Property tests over random and mutated articles: nothing escapes as an unexpected exception,
 * nothing hangs (each input is bounded in time), and the outputs keep their invariants.
 */
class PipelineProperties {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final List<String> PIECES = List.of("Skip to content", "By Jane Doe", "May 3, 2024 1:13 AM",
            "Advertisement", "Source: Reuters", "The U.S. said $2.4bn was spent.", "Dr. Smith met Mr. Jones.",
            "“Why?” she asked.", "東京は晴れです。", "مرحبا بالعالم.", "😀", "<b>bold</b>", "&amp;", "\u0000", "\u00AD",
            "\uD800", "\t", "\r\n", "\n\n", "...", "—", "1,000", "20%", "St.", "e.g.", "#", "https://example.com/x",
            "A headline without a full stop", "Related", "More from Business", "NATO", "JNIM", "2019-2021");

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> token = Arbitraries.oneOf(pieces, noise, words, words, words);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\n\n", ". ", ", ");
        return Combinators.combine(token, separator).as((t, s) -> t + s).list().ofMaxSize(120)
                .map(parts -> String.join("", parts));
    }

    private static Article readOrNull(String text, String name) {
        try {
            return new ArticlePipeline().process(ArticleSource.of(name, text));
        } catch (LectorException e) {
            assertThat(e.exitCode()).isEqualTo(3);
            assertThat(e.getMessage()).doesNotContain("\n");
            return null;
        }
    }

    @Property(tries = 300)
    void readingOrderKeepsItsInvariants(@ForAll("articles") String text) {
        for (String name : List.of("story.txt", "story.md", "story.html")) {
            Article article = Assertions.assertTimeoutPreemptively(LIMIT, () -> readOrNull(text, name));
            if (article == null) {
                continue;
            }
            assertThat(article.title()).isNotBlank();
            for (Paragraph paragraph : article.paragraphs()) {
                assertThat(paragraph.sentences()).isNotEmpty();
                for (Sentence sentence : paragraph.sentences()) {
                    assertThat(sentence.span().end()).isLessThanOrEqualTo(paragraph.text().length());
                    assertThat(sentence.span().of(paragraph.text())).isEqualTo(sentence.text());
                }
            }
        }
    }

    @Property(tries = 200)
    void summaryIsASubsetInArticleOrder(@ForAll("articles") String text) {
        Article article = readOrNull(text, "story.txt");
        if (article == null) {
            return;
        }
        for (SummaryLength length : List.of(new SummaryLength.Sentences(3), new SummaryLength.Ratio(0.5),
                new SummaryLength.Seconds(20, 175), SummaryLength.Standard.atDefaultRate())) {
            Summary summary = Assertions.assertTimeoutPreemptively(LIMIT,
                    () -> new Summarizer().summarize(article, length));
            assertThat(summary.size()).isBetween(1, Math.max(1, article.sentenceCount()));
            for (Summary.Chosen chosen : summary.sentences()) {
                Paragraph paragraph = article.paragraphs().get(chosen.ref().paragraph());
                assertThat(paragraph.sentences().get(chosen.ref().sentence())).isEqualTo(chosen.sentence());
            }
        }
    }

    @Property(tries = 500)
    void speechNeverHoldsControlCharactersOrDigits(@ForAll("articles") String text) {
        Speakable speakable = Assertions.assertTimeoutPreemptively(LIMIT, () -> new SpeechNormalizer().normalize(text));
        assertThat(speakable.text()).doesNotContainPattern("[\\p{Cntrl}\\p{Cs}\\d]");
        for (Speakable.Piece piece : speakable.pieces()) {
            assertThat(piece.display().end()).isLessThanOrEqualTo(text.length());
            assertThat(piece.spoken().end()).isLessThanOrEqualTo(speakable.text().length());
        }
    }

    @Property(tries = 500)
    void normaliserSurvivesAnyString(@ForAll String text) {
        Speakable speakable = Assertions.assertTimeoutPreemptively(LIMIT, () -> new SpeechNormalizer().normalize(text));
        assertThat(speakable.text()).doesNotContainPattern("[\\p{Cntrl}\\p{Cs}]");
    }
}
