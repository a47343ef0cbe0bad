package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;

/**
 * A fake sound card for tests: "plays" each slice by sleeping for its duration divided by
 * {@code speedUp}, and records every slice with the utterance it belonged to and when it played.
 */
public class RecordingSink extends GatedSink {

    /** One slice as it was played. */
    public record Slice(int utterance, long nanos, byte[] data) {
    }

    private final double speedUp;
    private final List<Slice> slices = new ArrayList<>();
    private volatile int utterance = -1;
    private AudioFormat format;

    public RecordingSink(double speedUp) {
        this.speedUp = speedUp;
    }

    /** Marks which utterance the slices that follow belong to (the test's listener calls this). */
    public void utterance(int index) {
        utterance = index;
    }

    private volatile long playedBytes;

    @Override
    public void open(AudioFormat wanted) {
        format = wanted;
    }

    @Override
    protected void started() {
        playedBytes = 0;
    }

    @Override
    public long playedMillis() {
        AudioFormat current = format;
        return current == null ? 0 : (long) (playedBytes * 1000 / (current.getFrameRate() * current.getFrameSize()));
    }

    @Override
    protected void play(byte[] data, int offset, int length) {
        byte[] copy = java.util.Arrays.copyOfRange(data, offset, offset + length);
        synchronized (slices) {
            slices.add(new Slice(utterance, System.nanoTime(), copy));
        }
        playedBytes += length;
        if (speedUp > 0 && format != null) {
            double seconds = length / (format.getFrameRate() * format.getFrameSize());
            long nanos = (long) (seconds * 1e9 / speedUp);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    protected void holdDevice() {
        // Nothing buffered: the gate stops the next slice.
    }

    @Override
    protected void releaseDevice() {
        // See holdDevice.
    }

    @Override
    protected void discardDevice() {
        // See holdDevice.
    }

    @Override
    public void drain() {
        // Slices are "heard" as they are played.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    public List<Slice> slices() {
        synchronized (slices) {
            return List.copyOf(slices);
        }
    }

    /** Bytes played for one utterance. */
    public long bytesOf(int index) {
        return slices().stream().filter(slice -> slice.utterance() == index).mapToLong(slice -> slice.data().length).sum();
    }

    /** When the last slice of an utterance played, in nanoseconds, or -1. */
    public long lastSliceOf(int index) {
        return slices().stream().filter(slice -> slice.utterance() == index).mapToLong(Slice::nanos).max().orElse(-1);
    }
}
