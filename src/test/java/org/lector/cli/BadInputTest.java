package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a reading order or a one-line error with exit code 3: no trace, no hang. */
@Timeout(60)
class BadInputTest {

    @TempDir
    Path dir;

    private CliTest.Run order(Path file) {
        return CliTest.run("order", file.toString());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(CliTest.Run run, String message) {
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lector: " + message + "\n");
    }

    @Test
    @Timeout(15)
    void aNamedPipeIsRefusedInsteadOfWaitedOn() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        assumeFalse(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0, "mkfifo is missing");
        assertOneLineError(order(fifo), "cannot read '" + fifo + "': not a regular file (a pipe, device or socket);"
                + " save the article as a file, or pipe it in with '-'");
    }

    @Test
    void aNameWithANewLineGivesOneLineWithTheNewLineEscaped() {
        CliTest.Run run = CliTest.run("order", "a\nb\u001B[31m");
        assertOneLineError(run, "cannot read 'a\\nb\\u001B[31m': no such file");
    }

    @Test
    void anEmptyNameIsNotTheCurrentFolder() {
        assertOneLineError(CliTest.run("order", ""), "cannot read '': the file name is empty");
    }

    @Test
    void aVeryLongNameIsShortenedInTheMessage() {
        CliTest.Run run = CliTest.run("order", "x".repeat(100_000));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).hasSizeLessThan(300).contains("…").endsWith("\n").hasLineCount(1);
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("empty.txt", "");
        assertOneLineError(order(file), "'" + file + "' is empty");
    }

    @Test
    void whitespaceOnlyFileIsAnError() throws IOException {
        Path file = write("blank.txt", " \n\t\n\u00A0\r\n");
        assertOneLineError(order(file), "'" + file + "' is empty");
    }

    @Test
    void pngIsAnError() throws IOException {
        Path file = write("picture.txt", HexFormat.of().parseHex("89504E470D0A1A0A0000000D4948445200000010"));
        assertOneLineError(order(file), "'" + file + "' is a PNG image, not an article");
    }

    @Test
    void aDamagedPdfIsAnError() throws IOException {
        Path file = write("paper.html", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        assertOneLineError(order(file), "cannot read '" + file + "': a damaged PDF (Page tree root must be a dictionary)");
    }

    @Test
    void zipIsAnError() throws IOException {
        Path file = write("archive.md", HexFormat.of().parseHex("504B030414000000080000000000"));
        assertOneLineError(order(file), "'" + file + "' is a zip archive, neither an EPUB book nor a Word document;"
                + " unpack it and open the article inside");
    }

    @Test
    void missingPathIsAnError() {
        Path file = dir.resolve("no-such-story.txt");
        assertOneLineError(order(file), "cannot read '" + file + "': no such file");
    }

    @Test
    void pathThroughAFileIsAnError() throws IOException {
        Path file = write("story.txt", "text").resolve("inner.txt");
        CliTest.Run run = order(file);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("lector: cannot read '" + file + "'").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void unreadableFileIsAnError() throws IOException {
        Path file = write("secret.txt", "Headline here\n\nSome words in a sentence here.\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
        assertOneLineError(order(file), "cannot read '" + file + "': permission denied");
    }

    @Test
    void directoryIsAnError() {
        assertOneLineError(order(dir), "cannot read '" + dir + "': it is a directory");
    }

    @Test
    void fiftyMegabyteFileIsRead() throws IOException {
        StringBuilder text = new StringBuilder("Council publishes its full planning archive\n\n");
        for (int i = 1; text.length() < 50 * 1024 * 1024; i++) {
            text.append("The council said archive box ").append(i).append(" holds every planning decision made since")
                    .append(" 1990, and that residents can now search it by street. Officials said more records")
                    .append(" would follow.\n\n");
        }
        Path file = write("huge.txt", text.toString());
        CliTest.Run run = CliTest.run("sentences", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("1\t1\tThe council said");
        assertThat(run.out().lines().count()).isGreaterThan(500_000);
    }

    @Test
    void fileLargerThanTheLimitIsAnError() throws IOException {
        Path file = dir.resolve("too-big.txt");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 65L * 1024 * 1024);
        }
        assertOneLineError(order(file), "'" + file + "' is larger than 64 MB; Lector reads articles, not books");
    }

    @Test
    void longParagraphWithoutPunctuationIsReadInPiecesAndNothingIsLost() throws IOException {
        String words = "word ".repeat(40_000).strip();
        Path file = write("run-on.txt", "A title for the run on text\n\n" + words + "\n");
        CliTest.Run run = CliTest.run("sentences", file.toString());
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(100).allMatch(line -> line.startsWith("1\t"));
        assertThat(String.join(" ", lines.stream().map(line -> line.split("\t", 3)[2]).toList())).isEqualTo(words);
    }

    @Test
    void controlCharactersAndNulBytesAreDropped() throws IOException {
        Path file = write("control.txt", "Storm\u0000 closes the ports\u0007\n\nThe storm\u001B closed every port on\u0000 Monday.\n");
        CliTest.Run run = order(file);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("title\tStorm closes the ports\nparagraph\tThe storm closed every port on Monday.\n");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws IOException {
        byte[] bytes = "Caf\u00E9 owners protest new rules\n\nThe caf\u00E9 owners said the \u20AC5 fee was unfair.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        CliTest.Run run = order(write("latin.txt", bytes));
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("title\tCafé owners protest new rules", "The café owners said the €5 fee");
    }

    @Test
    void emojiCjkAndRightToLeftTextAreRead() throws IOException {
        String text = "Festival draws record crowds 🎉\n\n"
                + "Visitors came from Tokyo (東京) and Cairo (القاهرة) for the opening night. 🎶 Tickets sold out.\n\n"
                + "東京の観客は多かった。会場は満員だった。\n\n"
                + "قال المنظمون إن الحضور كان قياسيا. وسيعود المهرجان العام المقبل.\n";
        CliTest.Run run = CliTest.run("sentences", write("festival.txt", text).toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("""
                1\t1\tVisitors came from Tokyo (東京) and Cairo (القاهرة) for the opening night.
                1\t2\t🎶 Tickets sold out.
                2\t1\t東京の観客は多かった。
                2\t2\t会場は満員だった。
                3\t1\tقال المنظمون إن الحضور كان قياسيا.
                3\t2\tوسيعود المهرجان العام المقبل.
                """);
    }

    @Test
    void emptyStandardInputIsAnError() {
        CliTest.Run run = CliTest.run(new ByteArrayInputStream(new byte[0]), "order", "-");
        assertOneLineError(run, "'-' is empty");
    }
}
