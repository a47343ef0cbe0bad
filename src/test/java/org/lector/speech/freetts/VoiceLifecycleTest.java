package org.lector.speech.freetts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceLifecycleTest {

    @Test
    void closingTheSynthesizerLetsItsVoiceGoAndMayBeDoneTwice() {
        FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
        assertThat(synthesizer.isAllocated()).isTrue();
        synthesizer.close();
        assertThat(synthesizer.isAllocated()).isFalse();
        synthesizer.close();
        assertThat(synthesizer.isAllocated()).isFalse();
    }

    @Test
    void neverGivesFreeTtsAFolderToLoadVoiceJarsFrom(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("voices.jar"), new byte[] {'P', 'K', 3, 4});
        String before = System.getProperty("lector.voices");
        System.setProperty("lector.voices", folder.toString());
        try {
            assertThat(VoiceCatalog.list()).extracting(VoiceInfo::origin).containsOnly("bundled");
            assertThat(System.getProperty("freetts.voicespath")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("lector.voices");
            } else {
                System.setProperty("lector.voices", before);
            }
        }
    }
}
