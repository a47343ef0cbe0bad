package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("corpus")
class SentenceSplitterCorpusTest {

    @Test
    void beatsBreakIteratorOnTheBbcCorpus() {
        List<List<String>> paragraphs = SentenceSplitEvaluation.paragraphs();
        SentenceSplitEvaluation.Score lector = SentenceSplitEvaluation.score(paragraphs, SentenceSplitEvaluation::lector);
        SentenceSplitEvaluation.Score jdk = SentenceSplitEvaluation.score(paragraphs,
                SentenceSplitEvaluation::breakIterator);
        System.out.println("Sentence splitting on the BBC corpus (" + paragraphs.size() + " paragraphs)");
        System.out.println("  Lector         " + lector);
        System.out.println("  BreakIterator  " + jdk);
        lector.errors().stream().limit(40).forEach(error -> System.out.println("  miss: " + error));

        assertThat(jdk.reference()).isGreaterThan(1500);
        assertThat(lector.f1()).isGreaterThan(jdk.f1());
    }
}
