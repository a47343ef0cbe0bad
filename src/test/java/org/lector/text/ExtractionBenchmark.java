package org.lector.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reading order on the dev set (Readability's 130 test pages, saved HTML and whole-page text
 * captures): the table, the pages still worst, and how long one page takes in a warm JVM.
 * Run with {@code mvn -Pbenchmark test}.
 */
@Tag("benchmark")
class ExtractionBenchmark {

    @Test
    void printsTheTableAndTheTimes() {
        List<ExtractionScore.PageScore> html = ReadabilityCorpusTest.scoreHtml();
        List<ExtractionScore.PageScore> capture = ReadabilityCorpusTest.scoreCaptures();
        System.out.println("| form | body F1 | P | R | title right | byline right | missed paragraphs | junk items |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.println(ExtractionScore.totals(html).row("saved HTML"));
        System.out.println(ExtractionScore.totals(capture).row("whole-page text capture"));
        printWorst("saved HTML", html);
        printWorst("whole-page text capture", capture);

        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            times.clear();
            for (ReadabilityPages.Page page : ReadabilityPages.all()) {
                long start = System.nanoTime();
                new ArticlePipeline().process(ArticleSource.of(page.name() + ".html", page.html()));
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "HTML page to reading order, warm JVM, %d pages: median %.1f ms,"
                + " 90th percentile %.1f ms, worst %.1f ms%n", times.size(), times.get(times.size() / 2),
                times.get((int) (times.size() * 0.9)), times.get(times.size() - 1));

        for (int size : new int[] {100_000, 300_000, 1_000_000}) {
            String unclosed = "<html><body>" + "<div><span><b>".repeat(size / 15) + "Text at the bottom of it all."
                    + "</body></html>";
            new ArticlePipeline().process(ArticleSource.of("deep.html", unclosed));
            long start = System.nanoTime();
            new ArticlePipeline().process(ArticleSource.of("deep.html", unclosed));
            System.out.printf(Locale.ROOT, "%,d bytes of unclosed tags: %.0f ms%n", unclosed.length(),
                    (System.nanoTime() - start) / 1e6);
        }
    }

    private static void printWorst(String form, List<ExtractionScore.PageScore> scores) {
        System.out.println("Worst pages, " + form + ":");
        scores.stream().sorted(Comparator.comparingDouble(ExtractionScore.PageScore::f1)).limit(8)
                .forEach(score -> System.out.printf(Locale.ROOT, "  %-32s F1 %.2f P %.2f R %.2f missed %d junk %d %s%n",
                        score.name(), score.f1(), score.precision(), score.recall(), score.missed(), score.junk(),
                        score.junkExamples().isEmpty() ? "" : "e.g. " + score.junkExamples().get(0)
                                .substring(0, Math.min(40, score.junkExamples().get(0).length()))));
    }
}
