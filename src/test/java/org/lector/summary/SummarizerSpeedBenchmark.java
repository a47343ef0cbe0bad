package org.lector.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lector.text.Article;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;
import org.lector.text.Span;

/**
 * How fast the summary is, on the BBC articles concatenated and repeated (each copy's sentences
 * made distinct, so nothing is dropped as a repeat). Run with {@code mvn -Pbenchmark test}, which
 * caps the heap at 512 MB; prints a table.
 */
@Tag("benchmark")
class SummarizerSpeedBenchmark {

    private static Article document(int sentenceCount) {
        List<String> corpus = new ArrayList<>();
        for (SummaryEvaluation.Pair pair : SummaryEvaluation.corpus()) {
            for (Sentence sentence : SummaryEvaluation.bodySentences(pair.article())) {
                corpus.add(sentence.text());
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentenceCount; i++) {
            String base = corpus.get(i % corpus.size());
            String sentence = i < corpus.size() ? base : base + " (copy " + (i / corpus.size()) + ")";
            if (text.length() > 0) {
                text.append(' ');
            }
            current.add(new Sentence(sentence, new Span(text.length(), text.length() + sentence.length())));
            text.append(sentence);
            if (current.size() == 4 || i == sentenceCount - 1) {
                paragraphs.add(new Paragraph(Paragraph.Kind.PARAGRAPH, text.toString(), current));
                current = new ArrayList<>();
                text.setLength(0);
            }
        }
        return new Article("Ad sales boost Time Warner profit", Optional.empty(), Optional.empty(), List.of(),
                paragraphs, Optional.empty(), List.of());
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static double millis(Runnable work, int repeats) {
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        return (System.nanoTime() - start) / 1e6 / repeats;
    }

    @Test
    void measuresSummaryTime() {
        Summarizer summarizer = new Summarizer();
        SummaryLength length = SummaryLength.Standard.atDefaultRate();
        SummaryLength third = new SummaryLength.Ratio(1.0 / 3);
        Article hundred = document(100);
        Article tenThousand = document(10_000);
        Article hundredThousand = document(100_000);
        for (int i = 0; i < 200; i++) {
            summarizer.summarize(hundred, length);
        }
        double hundredMs = millis(() -> summarizer.summarize(hundred, length), 200);
        double hundredThirdMs = millis(() -> summarizer.summarize(hundred, third), 200);
        summarizer.summarize(tenThousand, length);
        double tenThousandMs = millis(() -> summarizer.summarize(tenThousand, length), 3);
        double tenThousandThirdMs = millis(() -> summarizer.summarize(tenThousand, third), 3);
        double hundredThousandMs = millis(() -> summarizer.summarize(hundredThousand, length), 1);
        double hundredThousandThirdMs = millis(() -> summarizer.summarize(hundredThousand, third), 1);
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;

        System.out.printf(Locale.ROOT, "Summary speed (max heap %d MB, peak heap used %d MB)%n", maxHeap, peakHeapMb());
        System.out.println("| sentences | default length | a third of the sentences |");
        System.out.println("| --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| 100 | %.2f ms | %.2f ms |%n", hundredMs, hundredThirdMs);
        System.out.printf(Locale.ROOT, "| 10,000 | %.0f ms | %.0f ms |%n", tenThousandMs, tenThousandThirdMs);
        System.out.printf(Locale.ROOT, "| 100,000 | %.0f ms | %.0f ms |%n", hundredThousandMs, hundredThousandThirdMs);

        assertThat(hundredMs).isLessThan(20);
        assertThat(tenThousandMs).isLessThan(2000);
    }
}
