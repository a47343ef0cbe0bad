package org.lector.session;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.lector.audio.AudioSink;

/**
 * A fake sound card: plays each write by sleeping for its length divided by {@code speedUp},
 * honours pause and cancel like a real one, and records which utterance each write belonged to
 * and whether two were ever sounding at once.
 */
final class FakeAudioSink implements AudioSink {

    private final double speedUp;
    private final List<Integer> writes = new ArrayList<>();
    private boolean paused;
    private boolean cancelled;
    private int utterance = -1;
    private int sounding;
    private int maxSounding;
    private long firstWriteNanos = -1;

    FakeAudioSink(double speedUp) {
        this.speedUp = speedUp;
    }

    synchronized void utterance(int index) {
        utterance = index;
    }

    @Override
    public synchronized void begin() {
        cancelled = false;
        firstWriteNanos = -1;
    }

    @Override
    public void open(AudioFormat format) {
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        for (int at = 0; at < length; at += 640) {
            synchronized (this) {
                while (paused && !cancelled) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                if (cancelled) {
                    return false;
                }
                if (firstWriteNanos < 0) {
                    firstWriteNanos = System.nanoTime();
                }
                sounding++;
                maxSounding = Math.max(maxSounding, sounding);
                writes.add(utterance);
            }
            if (speedUp > 0) {
                try {
                    Thread.sleep(0, (int) Math.min(999_999, 20_000_000 / speedUp));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (this) {
                sounding--;
            }
        }
        return true;
    }

    @Override
    public synchronized void pause() {
        paused = true;
    }

    @Override
    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    @Override
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    @Override
    public void drain() {
    }

    @Override
    public void close() {
    }

    synchronized int maxSounding() {
        return maxSounding;
    }

    synchronized long firstWriteNanos() {
        return firstWriteNanos;
    }

    synchronized List<Integer> writes() {
        return List.copyOf(writes);
    }
}
