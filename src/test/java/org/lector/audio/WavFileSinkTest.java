package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.text.LectorException;

class WavFileSinkTest {

    @TempDir
    Path dir;

    private static final AudioFormat BIG_ENDIAN = new AudioFormat(16000, 16, 1, true, true);

    @Test
    void writesLittleEndianWavOnlyOnCommit() throws IOException, UnsupportedAudioFileException {
        Path target = dir.resolve("out.wav");
        WavFileSink sink = new WavFileSink(target, false);
        sink.begin();
        sink.open(BIG_ENDIAN);
        sink.write(new byte[] {0x12, 0x34, (byte) 0xFF, 0x00}, 0, 4);
        assertThat(target).doesNotExist();
        sink.commit(false);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(target.toFile())) {
            assertThat(in.getFormat().isBigEndian()).isFalse();
            assertThat(in.getFrameLength()).isEqualTo(2);
            byte[] samples = in.readAllBytes();
            assertThat(samples).containsExactly(0x34, 0x12, 0x00, (byte) 0xFF);
        }
        assertThat(sink.temporaryFile()).doesNotExist();
    }

    @Test
    void abortLeavesNoFileBehind() throws IOException {
        Path target = dir.resolve("out.wav");
        WavFileSink sink = new WavFileSink(target, false);
        sink.open(BIG_ENDIAN);
        sink.write(new byte[64], 0, 64);
        sink.abort();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void refusesAnExistingFileBeforeAnyWorkUnlessAsked() throws IOException {
        Path target = dir.resolve("out.wav");
        Files.writeString(target, "mine");
        assertThatThrownBy(() -> new WavFileSink(target, false)).isInstanceOf(LectorException.class)
                .hasMessageContaining("--force")
                .extracting(e -> ((LectorException) e).kind()).isEqualTo(LectorException.Kind.OUTPUT_EXISTS);
        assertThat(Files.readString(target)).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void commitRefusesAFileThatAppearedWhileSpeechWasMade() throws IOException {
        Path target = dir.resolve("out.wav");
        WavFileSink sink = new WavFileSink(target, false);
        Files.writeString(target, "mine");
        assertThatThrownBy(() -> sink.commit(false)).isInstanceOf(LectorException.class).hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void refusesASocketOrAFolderEvenWhenAskedToReplaceIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.wav"));
        Path socket = dir.resolve("socket.wav");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            for (Path target : new Path[] {socket, folder}) {
                assertThatThrownBy(() -> new WavFileSink(target, true)).isInstanceOf(LectorException.class)
                        .hasMessageContaining("is not a regular file")
                        .extracting(e -> ((LectorException) e).exitCode()).isEqualTo(5);
            }
            assertThat(Files.isRegularFile(socket)).as("the socket is still a socket").isFalse();
            assertThat(folder).isDirectory();
        }
    }

    @Test
    void aReadOnlyFolderIsAnOutputFailureNamingTheFileNotTheTemporaryOne() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        folder.toFile().setWritable(false);
        try {
            Path target = folder.resolve("out.wav");
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as root");
            assertThatThrownBy(() -> new WavFileSink(target, false)).isInstanceOf(LectorException.class)
                    .hasMessage("cannot write '" + target + "': the folder is read-only or not yours")
                    .extracting(e -> ((LectorException) e).kind()).isEqualTo(LectorException.Kind.OUTPUT);
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void writesATargetWhoseNameIsAsLongAsNamesMayBe() throws IOException {
        Path target = dir.resolve("a".repeat(250) + ".wav");
        WavFileSink sink = new WavFileSink(target, false);
        assertThat(sink.temporaryFile().getFileName().toString().length()).isLessThanOrEqualTo(255);
        sink.open(BIG_ENDIAN);
        sink.write(new byte[4], 0, 4);
        sink.commit(false);
        assertThat(target).exists();
    }

    @Test
    void deletesTemporaryFilesLeftByAKilledExportButNotOneBeingWritten() throws IOException {
        Path stale = Files.writeString(dir.resolve(".old.wav.123" + WavFileSink.PART_SUFFIX), "half a file");
        Path someoneElses = Files.writeString(dir.resolve(".notes.part"), "not Lector's");
        WavFileSink writing = new WavFileSink(dir.resolve("first.wav"), false);
        WavFileSink next = new WavFileSink(dir.resolve("second.wav"), false);

        assertThat(stale).doesNotExist();
        assertThat(someoneElses).exists();
        assertThat(writing.temporaryFile()).exists();
        writing.abort();
        next.abort();
    }

    @Test
    void cancelledWritesReturnFalseUntilTheNextUtterance() {
        WavFileSink sink = new WavFileSink(dir.resolve("out.wav"), false);
        sink.open(BIG_ENDIAN);
        sink.cancel();
        assertThat(sink.write(new byte[2], 0, 2)).isFalse();
        sink.begin();
        assertThat(sink.write(new byte[2], 0, 2)).isTrue();
        sink.abort();
    }
}
