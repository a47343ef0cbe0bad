package org.lector.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** ROUGE on the 100 BBC articles: prints the table and holds Lector to the bar. */
@Tag("corpus")
class SummaryBenchmarkTest {

    @Test
    void beatsTheBarsAtReferenceLengthAndAtThreeSentences() {
        List<SummaryEvaluation.Pair> corpus = SummaryEvaluation.corpus();
        Summarizer summarizer = new Summarizer();
        SummaryEvaluation.Table lector = SummaryEvaluation.evaluate("Lector", corpus,
                (article, count) -> SummaryEvaluation.lector(summarizer, article, count));
        SummaryEvaluation.Table lead = SummaryEvaluation.evaluate("Lead-N", corpus, SummaryEvaluation::lead);
        SummaryEvaluation.Table textRank = SummaryEvaluation.evaluate("TextRank (plain)", corpus,
                SummaryEvaluation::textRank);
        System.out.println("Summaries of the " + corpus.size() + " BBC articles, in percent");
        System.out.println(SummaryEvaluation.Table.header());
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        System.out.println(lector);
        System.out.println(lead);
        System.out.println(textRank);

        assertThat(corpus).hasSize(100);
        assertThat(lector.rouge1()).isGreaterThanOrEqualTo(80.0);
        assertThat(lector.titleRecallAt3()).isGreaterThanOrEqualTo(68.0);
    }
}
