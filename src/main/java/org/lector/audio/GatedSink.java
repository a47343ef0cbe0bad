package org.lector.audio;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pause and cancel logic every real-time sink shares: writes go out in slices of about 20 ms,
 * and between slices the writer waits while paused and gives up once cancelled. So a pause or a
 * cancel takes effect within one slice plus what the device has buffered.
 */
public abstract class GatedSink implements AudioSink {

    /** Bytes per slice: 20 ms of 16 kHz 16-bit mono. */
    static final int SLICE = 640;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition resumed = lock.newCondition();
    private boolean paused;
    private boolean cancelled;

    /** Plays one slice; may block while the device's buffer is full. */
    protected abstract void play(byte[] data, int offset, int length);

    /** Stops the device's output where it is. */
    protected abstract void holdDevice();

    /** Starts the device's output again. */
    protected abstract void releaseDevice();

    /** Throws away what the device has buffered. */
    protected abstract void discardDevice();

    @Override
    public final void begin() {
        lock.lock();
        try {
            cancelled = false;
        } finally {
            lock.unlock();
        }
        started();
    }

    /** Called when an utterance begins, for subclasses that count what they play. */
    protected void started() {
    }

    @Override
    public final boolean write(byte[] data, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            lock.lock();
            try {
                while (paused && !cancelled) {
                    resumed.awaitUninterruptibly();
                }
                if (cancelled) {
                    return false;
                }
            } finally {
                lock.unlock();
            }
            int slice = Math.min(SLICE, end - at);
            play(data, at, slice);
            at += slice;
        }
        lock.lock();
        try {
            return !cancelled;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public final void pause() {
        lock.lock();
        try {
            paused = true;
        } finally {
            lock.unlock();
        }
        holdDevice();
    }

    @Override
    public final void resume() {
        lock.lock();
        try {
            paused = false;
            resumed.signalAll();
        } finally {
            lock.unlock();
        }
        releaseDevice();
    }

    @Override
    public final void cancel() {
        lock.lock();
        try {
            cancelled = true;
            resumed.signalAll();
        } finally {
            lock.unlock();
        }
        discardDevice();
    }
}
