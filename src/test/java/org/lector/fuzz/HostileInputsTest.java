package org.lector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A folder of hostile inputs, each given to {@code lector order} in its own JVM with a 512 MB heap:
 * every one gets a reading order or a one-line error within 10 seconds.
 */
@Timeout(300)
class HostileInputsTest {

    @TempDir
    static Path folder;

    /** The result of one run of Lector in a separate JVM. */
    record Run(int code, String out, String err, long millis) {
    }

    static Run lector(String... args) throws IOException, InterruptedException {
        List<String> command = lectorCommand(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!finished) {
            process.destroyForcibly();
            throw new AssertionError("Lector ran over 10 s on " + List.of(args));
        }
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt")),
                Files.readString(folder.resolve("err.txt")), millis);
    }

    @BeforeAll
    static void writeHostileInputs() throws IOException {
        Files.write(folder.resolve("random.bin"), new java.util.Random(1).ints(200_000, 0, 256)
                .collect(ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());
        Files.writeString(folder.resolve("nested.html"), "<html><body>" + "<div><span>".repeat(10_000)
                + "<h1>Deep headline for the test</h1><p>Text at the bottom of ten thousand levels of markup, "
                + "still found and read.</p>" + "</span></div>".repeat(10_000) + "</body></html>");
        Files.writeString(folder.resolve("unclosed.html"), "<p>".repeat(100_000) + "Never closed paragraphs.");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                gzip.write(zeros);
            }
        }
        Files.write(folder.resolve("bomb.html"), bomb.toByteArray());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("index.html"));
            out.write(new byte[1 << 20]);
        }
        Files.write(folder.resolve("archive.htm"), zip.toByteArray());
        byte[] invalid = new byte[50_000];
        for (int i = 0; i < invalid.length; i++) {
            invalid[i] = (byte) (i % 3 == 0 ? 0xC3 : i % 3 == 1 ? 0x28 : 'a');
        }
        Files.write(folder.resolve("invalid-utf8.txt"), invalid);
        Files.writeString(folder.resolve("one-line.txt"), "x".repeat(5_000_000), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("script-only.html"), "<html><script>" + "var a=1;".repeat(100_000)
                + "</script></html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"random.bin", "nested.html", "unclosed.html", "bomb.html", "archive.htm",
        "invalid-utf8.txt", "one-line.txt", "script-only.html"})
    void answersOrFailsInOneLineWithinTenSeconds(String name) throws Exception {
        Run run = lector("order", folder.resolve(name).toString());
        assertThat(run.code()).as(run.err()).isIn(0, 3);
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
        if (run.code() == 3) {
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.out()).isEmpty();
        } else {
            assertThat(run.out()).startsWith("title\t");
        }
    }

    @Test
    void findsTextUnderTenThousandLevelsOfMarkup() throws Exception {
        Run run = lector("order", folder.resolve("nested.html").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Text at the bottom of ten thousand levels of markup");
    }

    /** An article long enough that its export is still running when the test interrupts it. */
    private static Path longArticle() throws IOException {
        Path article = folder.resolve("long.txt");
        StringBuilder text = new StringBuilder("A long article for the export test\n\n");
        for (int i = 0; i < 400; i++) {
            text.append("Paragraph ").append(i).append(" tells the story at length, so that exporting takes a while.\n\n");
        }
        Files.writeString(article, text.toString());
        return article;
    }

    /** Lector in a JVM of its own, with a 512 MB heap, on the tests' class path. */
    private static List<String> lectorCommand(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.lector.Lector"));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts an export and returns once it has reported its first progress. */
    private static Process exportUnderWay(Path article, Path wav) throws IOException {
        Process process = new ProcessBuilder(lectorCommand("export", article.toString(), "--out", wav.toString()))
                .redirectErrorStream(true).start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        assertThat(reader.readLine()).contains("exported");
        return process;
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void killedExportLeavesNoHalfFileAndTheNextExportRemovesItsPart() throws Exception {
        Path out = Files.createDirectories(folder.resolve("killed"));
        Path wav = out.resolve("long.wav");
        exportUnderWay(longArticle(), wav).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(wav).doesNotExist();

        Path story = Files.writeString(folder.resolve("short.txt"), "Storm closes ports\n\nAll ports were closed.\n");
        Process next = new ProcessBuilder(lectorCommand("export", story.toString(), "--out",
                out.resolve("short.wav").toString())).redirectErrorStream(true).start();
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).isZero();
        assertThat(filesIn(out)).containsExactly(out.resolve("short.wav"));
    }

    @Test
    void stoppedExportDeletesItsPartFile() throws Exception {
        Path out = Files.createDirectories(folder.resolve("stopped"));
        Process process = exportUnderWay(longArticle(), out.resolve("long.wav"));
        process.destroy(); // SIGTERM, as the desktop's logout or a Ctrl+C sends
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aDiskFillingUpDuringExportGivesOneLineAndLeavesNothing() throws Exception {
        Path out = Files.createDirectories(folder.resolve("full"));
        Path wav = out.resolve("long.wav");
        // A file-size limit of 200 KB fails writes as a full disk does (the JVM ignores SIGXFSZ).
        List<String> command = List.of("bash", "-c", "ulimit -f 200; exec \"$@\"", "lector");
        List<String> all = new java.util.ArrayList<>(command);
        all.addAll(lectorCommand("export", longArticle().toString(), "--out", wav.toString()));
        Process process = new ProcessBuilder(all).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the export ends rather than hangs").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(5);
        assertThat(output.lines().filter(line -> !line.startsWith("lector: exported")).toList())
                .containsExactly("lector: cannot write '" + wav + "': File too large");
        assertThat(filesIn(out)).isEmpty();
    }
}
