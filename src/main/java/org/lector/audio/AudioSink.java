package org.lector.audio;

import javax.sound.sampled.AudioFormat;

/**
 * Where synthesized audio goes: the speakers or a file. One utterance at a time: {@link #open}
 * before each, then {@link #write}s.
 *
 * <p>{@link #pause}, {@link #resume} and {@link #cancel} may be called from any thread; the other
 * methods are called by the one thread that speaks.
 */
public interface AudioSink extends AutoCloseable {

    /**
     * Starts a new utterance: clears an earlier {@link #cancel}. The narrator calls this under its
     * own lock, so a cancel that comes after it always reaches the utterance it meant.
     */
    void begin();

    /**
     * Gets ready for audio of this format (called as the synthesizer starts writing).
     *
     * @param format the PCM format of the samples that follow
     * @throws org.lector.text.LectorException (exit code 4) if no audio device can take it
     */
    void open(AudioFormat format);

    /**
     * Plays or stores samples; blocks while paused.
     *
     * @return false once the utterance has been cancelled: the caller stops synthesizing it
     */
    boolean write(byte[] data, int offset, int length);

    /** Holds the sound where it is, within a few milliseconds; {@link #write} blocks until resumed. */
    void pause();

    /** Lets a paused sound go on from where it stopped. */
    void resume();

    /** Stops the current utterance at once: what is buffered is thrown away, and writes return false. */
    void cancel();

    /** Waits until everything written has been heard. */
    void drain();

    /**
     * How much of the current utterance has been heard, in milliseconds since {@link #begin}, or
     * -1 where the sink cannot tell. This follows the samples actually played, so it stops when
     * paused.
     */
    default long playedMillis() {
        return -1;
    }

    /** Releases the device or file. */
    @Override
    void close();
}
