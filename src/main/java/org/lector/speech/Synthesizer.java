package org.lector.speech;

import org.lector.audio.AudioSink;

/**
 * Speaks one utterance into an audio sink. Implementations are used by one thread at a time.
 */
public interface Synthesizer {

    /**
     * Synthesizes {@code text} into {@code sink}, returning when all its audio has been written or
     * the sink was cancelled.
     *
     * @param text speakable text (see {@link SpeechNormalizer}); blank says nothing
     * @param sink where the audio goes
     * @param volume 0 (silent) to 1 (full), applied to the samples
     * @return true if the whole utterance was written, false if it was cancelled
     */
    boolean speak(String text, AudioSink sink, double volume);

    /**
     * Writes this much silence in the voice's audio format: the pause between sentences.
     *
     * @return false if the sink was cancelled meanwhile
     */
    boolean silence(AudioSink sink, int millis);

    /** Sets the speaking rate in words per minute, for the next utterance. */
    void setRate(int wordsPerMinute);

    /** Sets the base pitch in hertz, for the next utterance. */
    void setPitch(int hertz);

    /** The voice's name. */
    String voiceName();

    /**
     * When each word of the utterance being spoken (or last spoken) sounds. Filled in as the
     * engine analyses the text, before its audio is written; may be read from any thread.
     */
    default java.util.List<WordTime> wordTimes() {
        return java.util.List.of();
    }

    /**
     * A synthesizer that may not be ready yet (a voice still loading): each call waits for it, on
     * the caller's thread, which for speech is the narrator's, never the event thread.
     */
    static Synthesizer deferred(java.util.concurrent.CompletableFuture<? extends Synthesizer> future) {
        return new Synthesizer() {
            @Override
            public boolean speak(String text, AudioSink sink, double volume) {
                return future.join().speak(text, sink, volume);
            }

            @Override
            public boolean silence(AudioSink sink, int millis) {
                return future.join().silence(sink, millis);
            }

            @Override
            public void setRate(int wordsPerMinute) {
                future.join().setRate(wordsPerMinute);
            }

            @Override
            public void setPitch(int hertz) {
                future.join().setPitch(hertz);
            }

            @Override
            public String voiceName() {
                return future.join().voiceName();
            }

            @Override
            public java.util.List<WordTime> wordTimes() {
                return future.isDone() ? future.join().wordTimes() : java.util.List.of();
            }
        };
    }
}
