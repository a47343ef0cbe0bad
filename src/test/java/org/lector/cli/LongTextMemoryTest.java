package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long texts in a small heap: what the command line promises for a book-length input. */
class LongTextMemoryTest {

    private static final String[] WORDS = ("the council said new plans for the harbour would bring jobs and homes to"
            + " the town while critics warned of traffic noise and cost over many years ahead").split(" ");

    /** A text of {@code count} sentences of 8 to 25 words, ten to a paragraph. */
    private static String sentences(int count, Random random) {
        StringBuilder text = new StringBuilder(count * 100);
        for (int i = 0; i < count; i++) {
            int length = 8 + random.nextInt(18);
            for (int w = 0; w < length; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == length - 1 ? ". " : " ");
            }
            if (i % 10 == 9) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    @Test
    void summarisesAHundredThousandSentencesIn256MegabytesOfHeap(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path book = dir.resolve("long.txt");
        String text = sentences(100_000, new Random(7));
        Files.writeString(book, text);
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.lector.Lector", "summary", book.toString())
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the summary of 100,000 sentences ran over two minutes");
        }

        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
        assertThat(process.exitValue()).isZero();
        // PARAGRAPH<TAB>SENTENCE<TAB>TEXT a line.
        List<String> summary = Files.readAllLines(out).stream().filter(line -> !line.isBlank())
                .map(line -> line.substring(line.lastIndexOf('\t') + 1)).toList();
        assertThat(summary).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(sentence -> assertThat(text).contains(sentence));
    }
}
