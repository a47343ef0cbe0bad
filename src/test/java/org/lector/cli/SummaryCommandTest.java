package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsChosenSentencesExactlyAsSentencesDoesInArticleOrder() throws IOException {
        String file = CliTest.sample(dir).toString();
        CliTest.Run summary = CliTest.run("summary", file, "--sentences", "3");
        Set<String> all = Set.copyOf(CliTest.run("sentences", file).out().lines().toList());
        assertThat(summary.code()).isZero();
        List<String> lines = summary.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(all).containsAll(lines);
        assertThat(lines).isSortedAccordingTo((a, b) -> {
            String[] x = a.split("\t");
            String[] y = b.split("\t");
            int byParagraph = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
            return byParagraph != 0 ? byParagraph : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        });
    }

    @Test
    void defaultLengthIsAFewSentences() throws IOException {
        CliTest.Run run = CliTest.run("summary", CliTest.sample(dir).toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().count()).isBetween(3L, 8L);
    }

    @Test
    void givesWholeArticleWhenAskedForMoreThanItHas() throws IOException {
        CliTest.Run run = CliTest.run("summary", CliTest.sample(dir).toString(), "--sentences", "500");
        assertThat(run.out().lines().count()).isEqualTo(25);
    }

    @Test
    void keepsToSecondsAtTheGivenRate() throws IOException {
        CliTest.Run run = CliTest.run("summary", CliTest.sample(dir).toString(), "--seconds", "20", "--rate", "150");
        assertThat(run.code()).isZero();
        long words = run.out().lines().mapToLong(line -> line.split("\t")[2].split("\\s+").length).sum();
        assertThat(words).isBetween(1L, 50L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ratio 0 | ratio must be more than 0 and at most 1, not 0.0",
        "--ratio 1.5 | ratio must be more than 0 and at most 1, not 1.5",
        "--sentences -1 | sentence count must be at least 1, not -1",
        "--sentences 0 | sentence count must be at least 1, not 0",
        "--seconds -5 | seconds must be more than 0, not -5.0",
        "--sentences 3 --ratio 0.5 | Error: --sentences=N, --ratio=R are mutually exclusive (specify only one)",
        "--sentences many | Invalid value for option '--sentences': 'many' is not an int",
    })
    void rejectsBadLengthAsUsageError(String options, String message) throws IOException {
        String[] args = ("summary " + CliTest.sample(dir) + " " + options).split(" ");
        CliTest.Run run = CliTest.run(args);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lector: " + message + " (see 'lector summary --help')\n");
    }
}
