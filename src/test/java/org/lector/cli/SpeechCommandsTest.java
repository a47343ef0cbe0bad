package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class SpeechCommandsTest {

    @TempDir
    Path dir;

    @Test
    void scriptSaysTheSampleRight() throws IOException {
        CliTest.Run run = CliTest.run("script", CliTest.sample(dir).toString());
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1 + 1 + 1 + 2 + 25 + 1);
        assertThat(lines.get(0)).isEqualTo("Russian military enters Niger air base hosting U S troops amid diplomatic tensions");
        assertThat(lines).contains("May third, twenty twenty four, one thirteen A M",
                "Last Updated, June third, twenty twenty four, four fifty six P M");
        String all = String.join("\n", lines);
        assertThat(all).contains("Washington's operations against insurgents, who have",
                "one hundred million dollars", "Since twenty eighteen, the U S built Airbase",
                "approximately one thousand military soldiers", "It's presently unknown", "U S Africa Command",
                "nee ah may", "jay nim", "al kye ee duh");
        assertThat(all).doesNotContainPattern("[0-9’—–$%]").doesNotContain("U.S.", "Jun ", " AM");
    }

    @Test
    void scriptOfTheSummaryStartsWithTheTitle() throws IOException {
        CliTest.Run run = CliTest.run("script", CliTest.sample(dir).toString(), "--summary", "--sentences", "2");
        assertThat(run.out().lines().toList()).hasSize(3)
                .first().asString().startsWith("Russian military enters Niger");
    }

    @Test
    void summaryLengthWithoutSummaryIsAUsageError() throws IOException {
        CliTest.Run run = CliTest.run("script", CliTest.sample(dir).toString(), "--sentences", "2");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("lector: --sentences, --ratio and --seconds need --summary");
    }

    @Test
    void exportWritesAPlayableWavAtomically() throws IOException, UnsupportedAudioFileException {
        Path story = dir.resolve("short.txt");
        Files.writeString(story, "Storm closes ports\n\nAll ports were closed on Wednesday. Ferries stopped.\n");
        Path wav = dir.resolve("story.wav");
        CliTest.Run run = CliTest.run("export", story.toString(), "--out", wav.toString());
        assertThat(run.code()).isZero();
        AudioFileFormat format = AudioSystem.getAudioFileFormat(wav.toFile());
        assertThat(format.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        assertThat(format.getFormat().getSampleRate()).isEqualTo(16000f);
        assertThat(format.getFrameLength()).isGreaterThan(16000);
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void exportsManyArticlesIntoAFolderAndGoesOnPastOneThatFails() throws IOException, UnsupportedAudioFileException {
        Path ports = dir.resolve("ports.txt");
        Files.writeString(ports, "Storm closes ports\n\nAll ports were closed on Wednesday. Ferries stopped.\n");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n\n");
        Path lanes = dir.resolve("lanes.md");
        Files.writeString(lanes, "# Council approves cycle lanes\n\nThe council voted on Tuesday. Work starts in spring.\n");
        Path out = Files.createDirectory(dir.resolve("audio"));

        CliTest.Run run = CliTest.run("export", ports.toString(), empty.toString(), lanes.toString(), ports.toString(),
                "--out-dir", out.toString());

        assertThat(run.code()).as("one article failed").isEqualTo(1);
        try (var files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    "ports.wav", "lanes.wav", "ports-2.wav");
        }
        assertThat(AudioSystem.getAudioFileFormat(out.resolve("lanes.wav").toFile()).getFrameLength()).isGreaterThan(16000);
        assertThat(run.err()).contains("lector: [1/4] ", "lector: [4/4] ")
                .endsWith("lector: exported 3 of 4 articles; failed: '" + empty + "' is empty\n");
    }

    @Test
    void exportNeedsOneOutputAndAFolderForManyArticles() throws IOException {
        Path story = dir.resolve("short.txt");
        Files.writeString(story, "Storm closes ports\n\nAll ports were closed on Wednesday. Ferries stopped.\n");

        assertThat(CliTest.run("export", story.toString()).code()).isEqualTo(2);
        CliTest.Run two = CliTest.run("export", story.toString(), story.toString(), "--out", dir.resolve("a.wav").toString());
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).startsWith("lector: --out names one file; use --out-dir DIR to export 2 articles");
        CliTest.Run missing = CliTest.run("export", story.toString(), "--out-dir", dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(5);
        assertThat(ExportCommand.wavName("https://example.com/news/story.html", new java.util.HashSet<>()))
                .isEqualTo("story.wav");
        assertThat(ExportCommand.wavName("https://example.com/", new java.util.HashSet<>())).isEqualTo("example.com.wav");
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() throws IOException {
        Path story = dir.resolve("short.txt");
        Files.writeString(story, "Storm closes ports\n\nAll ports were closed on Wednesday.\n");
        Path wav = dir.resolve("story.wav");
        Files.writeString(wav, "keep me");
        CliTest.Run run = CliTest.run("export", story.toString(), "--out", wav.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("lector: '" + wav + "' exists; add --force to replace it\n");
        assertThat(Files.readString(wav)).isEqualTo("keep me");
        assertThat(CliTest.run("export", story.toString(), "--out", wav.toString(), "--force").code()).isZero();
        assertThat(Files.size(wav)).isGreaterThan(1000);
    }

    @Test
    void exportRefusesASocketOrAFolderBeforeMakingAnySpeech() throws IOException {
        Path story = dir.resolve("short.txt");
        Files.writeString(story, "Storm closes ports\n\nAll ports were closed on Wednesday.\n");
        Path socket = dir.resolve("socket.wav");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            for (String target : List.of(socket.toString(), dir.toString())) {
                CliTest.Run run = CliTest.run("export", story.toString(), "--out", target, "--force");
                assertThat(run.code()).isEqualTo(5);
                assertThat(run.err()).isEqualTo("lector: will not write '" + target
                        + "': it exists and is not a regular file\n");
            }
            try (var files = Files.list(dir)) {
                assertThat(files).containsExactlyInAnyOrder(story, socket);
            }
            assertThat(Files.isRegularFile(socket)).isFalse();
        }
    }

    @Test
    void exportIntoAMissingFolderIsAnOutputFailure() throws IOException {
        Path story = dir.resolve("short.txt");
        Files.writeString(story, "Storm closes ports\n\nAll ports were closed on Wednesday.\n");
        Path wav = dir.resolve("no such folder").resolve("story.wav");
        CliTest.Run run = CliTest.run("export", story.toString(), "--out", wav.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("lector: cannot write '" + wav + "': no such folder\n");
    }

    @Test
    void exportRejectsTimeOnlyVoiceAsUsageError() throws IOException {
        Path story = dir.resolve("short.txt");
        Files.writeString(story, "Storm closes ports\n\nAll ports were closed on Wednesday.\n");
        CliTest.Run run = CliTest.run("export", story.toString(), "--out", dir.resolve("x.wav").toString(),
                "--voice", "alan");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the voice 'alan' can only tell the time, not read articles");
        assertThat(dir.resolve("x.wav")).doesNotExist();
    }

    @Test
    void voicesListsBundledVoicesWithKevin16AsDefault() {
        CliTest.Run run = CliTest.run("voices");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("kevin16\tbundled\tdefault 16-bit diphone voice (default)",
                "alan\tbundled\tdefault time-domain cluster unit voice (time-only: cannot read articles)");
    }

    @Test
    void readWithoutSoundDeviceExitsFourWithOneLine() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(noSoundDevice(), "this machine has a sound device");
        CliTest.Run run = CliTest.run("read", CliTest.sample(dir).toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("lector: no audio output device: use lector export to write a WAV file\n");
    }

    private static boolean noSoundDevice() {
        try {
            org.lector.audio.SpeakerSink.checkAvailable(new javax.sound.sampled.AudioFormat(16000, 16, 1, true, true));
            return false;
        } catch (org.lector.text.LectorException e) {
            return true;
        }
    }
}
