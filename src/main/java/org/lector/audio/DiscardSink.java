package org.lector.audio;

import javax.sound.sampled.AudioFormat;

/**
 * A sink that takes audio and throws it away, at once: for when only what the synthesizer works out
 * (word times) is wanted, or as a base for measuring sinks in benchmarks.
 */
public class DiscardSink implements AudioSink {

    @Override
    public void begin() {
        // Nothing to reset.
    }

    @Override
    public void open(AudioFormat format) {
        // Any format is thrown away alike.
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        return true;
    }

    @Override
    public void pause() {
        // Nothing plays.
    }

    @Override
    public void resume() {
        // Nothing plays.
    }

    @Override
    public void cancel() {
        // Writes finish at once anyway.
    }

    @Override
    public void drain() {
        // Nothing is buffered.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
