package org.lector.speech;

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
        WavFileSink sink = new WavFileSink(target);
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
        WavFileSink sink = new WavFileSink(target);
        sink.open(BIG_ENDIAN);
        sink.write(new byte[64], 0, 64);
        sink.abort();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void commitRefusesToReplaceAnExistingFileUnlessAsked() throws IOException {
        Path target = dir.resolve("out.wav");
        Files.writeString(target, "mine");
        WavFileSink sink = new WavFileSink(target);
        assertThatThrownBy(() -> sink.commit(false)).isInstanceOf(LectorException.class).hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void cancelledWritesReturnFalseUntilTheNextUtterance() {
        WavFileSink sink = new WavFileSink(dir.resolve("out.wav"));
        sink.open(BIG_ENDIAN);
        sink.cancel();
        assertThat(sink.write(new byte[2], 0, 2)).isFalse();
        sink.begin();
        assertThat(sink.write(new byte[2], 0, 2)).isTrue();
        sink.abort();
    }
}
