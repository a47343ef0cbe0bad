package org.lector.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.lector.audio.WavFileSink;

/**
 * Speaks utterances into a WAV file, with the narrator's pause after each, for the command line
 * and the window alike. The file appears only when complete (see {@link WavFileSink}).
 */
public final class WavExport {

    private WavExport() {
    }

    /**
     * Writes the file.
     *
     * @param utterances what to say, in order
     * @param synthesizer the voice, its rate already set; used on this thread only
     * @param target the WAV file
     * @param overwrite whether an existing target may be replaced
     * @param progress told the number of utterances done after each one
     * @param cancelled asked before each utterance; true leaves no file
     * @return true if the file was written, false if cancelled
     * @throws org.lector.text.LectorException of kind OUTPUT if the file cannot be written (the
     *     temporary file is deleted), OUTPUT_EXISTS if it exists and may not be replaced
     */
    public static boolean write(List<Utterance> utterances, Synthesizer synthesizer, Path target, boolean overwrite,
                                IntConsumer progress, BooleanSupplier cancelled) {
        WavFileSink sink = new WavFileSink(target, overwrite);
        boolean committed = false;
        try {
            for (int i = 0; i < utterances.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                Utterance utterance = utterances.get(i);
                sink.begin();
                synthesizer.speak(utterance.spoken(), sink, 1.0);
                if (!utterance.speakable().isSilent()) {
                    synthesizer.silence(sink, Narrator.GAP_MILLIS);
                }
                progress.accept(i + 1);
            }
            sink.commit(overwrite);
            committed = true;
            return true;
        } finally {
            if (!committed) {
                sink.abort();
            }
        }
    }
}
