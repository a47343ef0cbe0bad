package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Pbenchmark test}: normalising one paragraph of 125 KB to 1 MB of news-like text
 * (dates, times, money, initialisms, numbers) takes time in proportion to its length.
 */
@Tag("benchmark")
class NormalizerScalingBenchmark {

    private static String paragraph(int length, Random random) {
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            text.append("The council met on ").append(1 + random.nextInt(28)).append(" May 2024 at 10:")
                    .append(10 + random.nextInt(50)).append(" and spent $").append(1 + random.nextInt(999))
                    .append("m, said Dr. Smith of the U.S. Team ").append(random.nextInt(99)).append(" -")
                    .append(random.nextInt(9)).append(" at SmartAsset.com ");
        }
        return text.toString();
    }

    @Test
    void timeGrowsInProportionToLength() {
        SpeechNormalizer normalizer = new SpeechNormalizer(Lexicon.bundled());
        Random random = new Random(1);
        normalizer.normalize(paragraph(100_000, random));
        long previous = 0;
        long first = 0;
        for (int length = 125_000; length <= 1_000_000; length *= 2) {
            String text = paragraph(length, random);
            long start = System.nanoTime();
            normalizer.normalize(text);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("normaliser: %,d characters in one paragraph: %d ms%n", text.length(), millis);
            first = first == 0 ? Math.max(1, millis) : first;
            previous = millis;
        }
        // Eight times the text: linear takes about eight times as long; quadratic would take 64.
        assertThat(previous).isLessThan(first * 20);
    }
}
