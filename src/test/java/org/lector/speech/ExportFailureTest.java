package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lector.audio.AudioSink;
import org.lector.audio.DiscardSink;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.text.LectorException;

/** An export that fails half way (a full disk) says so, keeps its kind, and leaves nothing behind. */
class ExportFailureTest {

    @TempDir
    Path dir;

    /** A file that fills up after a few kilobytes, as a full disk does. */
    private static final class FullDiskSink extends DiscardSink {
        private int written;

        @Override
        public boolean write(byte[] data, int offset, int length) {
            written += length;
            if (written > 8_000) {
                throw LectorException.badOutput("cannot write 'out.wav': No space left on device", null);
            }
            return true;
        }
    }

    @Test
    @Timeout(30)
    void aSinkFailingOnTheEnginesThreadFailsSpeakInsteadOfHangingIt() {
        FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);

        assertThatThrownBy(() -> synthesizer.speak("The council met on Tuesday and agreed a plan for the"
                + " harbour, the ferries and the roads around the port.", new FullDiskSink(), 1.0))
                .isInstanceOf(LectorException.class)
                .hasMessageEndingWith("No space left on device")
                .extracting(e -> ((LectorException) e).kind()).isEqualTo(LectorException.Kind.OUTPUT);
        // The voice is still usable.
        assertThat(synthesizer.speak("Still here.", new DiscardSink(), 1.0)).isTrue();
    }

    @Test
    void aWriteFailureMidExportDeletesThePartFileAndLeavesNoTarget() throws IOException {
        Path target = dir.resolve("story.wav");
        Synthesizer fillsTheDisk = new SilentSynthesizer() {
            private int calls;

            @Override
            public boolean speak(String text, AudioSink sink, double volume) {
                sink.open(new javax.sound.sampled.AudioFormat(16000, 16, 1, true, true));
                if (++calls == 3) {
                    throw LectorException.badOutput("cannot write '" + target + "': No space left on device", null);
                }
                return sink.write(new byte[3200], 0, 3200);
            }
        };
        SpeechNormalizer normalizer = new SpeechNormalizer();
        List<Utterance> utterances = List.of("One.", "Two.", "Three.", "Four.").stream()
                .map(text -> new Utterance(text, normalizer.normalize(text))).toList();

        assertThatThrownBy(() -> WavExport.write(utterances, fillsTheDisk, target, false, done -> { }, () -> false))
                .isInstanceOf(LectorException.class).hasMessageEndingWith("No space left on device");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
