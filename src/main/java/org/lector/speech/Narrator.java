package org.lector.speech;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.lector.audio.AudioSink;
import org.lector.text.LectorException;

/**
 * Speaks a list of utterances, one after another, on its own thread, and takes commands from any
 * thread: play, pause, stop, skip to an utterance, rate, pitch, volume.
 *
 * <p>Pausing holds the sound where it is and play resumes there. Stopping or skipping cancels the
 * current sound at once (the sink throws away what it has buffered) before anything else is
 * spoken, so two utterances never sound together. Events go to the listener on the narrator's
 * thread, some while the narrator holds its lock: a listener must not block (a Swing front end
 * hands them to the event thread).
 */
public final class Narrator implements AutoCloseable {

    /** The slowest and fastest rates offered, in words per minute: beyond 300 FreeTTS is unintelligible. */
    public static final int MIN_RATE = 80;
    /** See {@link #MIN_RATE}. */
    public static final int MAX_RATE = 300;
    /**
     * The rate unless set, in words a minute as heard: an audiobook's pace, and flite's for this
     * voice. Machine listening over twenty BBC articles: 22.0–21.9% word errors at 160, 23.3–22.8%
     * at 175 (flite 21.9–20.8%).
     */
    public static final int DEFAULT_RATE = 160;
    /**
     * The silence after each utterance, in milliseconds: a newsreader's breath between sentences
     * (FreeTTS's own 200 ms opening pause is skipped, so this is the whole gap). Machine listening
     * on the sample scored 23.3% word errors with no gap and 21.8–23.0% with 600 ms.
     */
    public static final int GAP_MILLIS = 600;

    /** Whether the narrator is speaking. */
    public enum State { PLAYING, PAUSED, STOPPED }

    /** What the narrator reports; every method has an empty default. */
    public interface Listener {
        /** Utterance {@code index} has begun. */
        default void utteranceStarted(int index) {
        }

        /** Utterance {@code index} was spoken to its end. */
        default void utteranceEnded(int index) {
        }

        /** The state changed. */
        default void stateChanged(State state) {
        }

        /** The last utterance ended. */
        default void finished() {
        }

        /** Something went wrong, of the failure's kind; the narrator has stopped. */
        default void error(LectorException failure) {
        }
    }

    private final Synthesizer synthesizer;
    private final AudioSink sink;
    private final Listener listener;
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private List<Utterance> utterances = List.of();
    private int current;
    private State state = State.STOPPED;
    /** Bumped by every command that abandons the utterance in progress. */
    private long generation;
    private boolean closed;
    /** A one-off utterance to say while not playing ("where am I"), or null. */
    private Utterance aside;
    private int rate = DEFAULT_RATE;
    /** The base pitch asked for in hertz, or 0 for the voice's own. */
    private int pitch;
    private double volume = 1;
    /** What to tell the listener once the lock is released (guarded by the lock). */
    private final List<Runnable> pending = new java.util.ArrayList<>();
    /** Numbers the state changes, so that they are told in the order they happened. */
    private long stateChanges;
    private final java.util.concurrent.atomic.AtomicLong stateTold = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Starts the narrator's thread.
     *
     * @param synthesizer the engine, used only on the narrator's thread
     * @param sink where the sound goes
     * @param listener told of progress
     */
    public Narrator(Synthesizer synthesizer, AudioSink sink, Listener listener) {
        this.synthesizer = Objects.requireNonNull(synthesizer, "synthesizer");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.thread = new Thread(this::run, "lector-narrator");
        thread.setDaemon(true);
        thread.start();
    }

    /** Replaces what is to be said, stops, and puts the cursor on the first utterance. */
    public void setUtterances(List<Utterance> list) {
        List<Utterance> copy = List.copyOf(Objects.requireNonNull(list, "list"));
        lock.lock();
        try {
            abandonCurrent();
            utterances = copy;
            current = 0;
            setState(State.STOPPED);
        } finally {
            unlockAndTell();
        }
    }

    /** Speaks from the current utterance, or resumes a pause where it stopped. */
    public void play() {
        lock.lock();
        try {
            if (state == State.PAUSED) {
                sink.resume();
                setState(State.PLAYING);
            } else if (state == State.STOPPED && current < utterances.size()) {
                setState(State.PLAYING);
            }
            changed.signalAll();
        } finally {
            unlockAndTell();
        }
    }

    /** Holds the sound where it is; {@link #play} resumes it. */
    public void pause() {
        lock.lock();
        try {
            if (state == State.PLAYING) {
                sink.pause();
                setState(State.PAUSED);
            }
        } finally {
            unlockAndTell();
        }
    }

    /** Stops the sound; the cursor stays on the current utterance, which play starts again. */
    public void stop() {
        lock.lock();
        try {
            abandonCurrent();
            setState(State.STOPPED);
        } finally {
            unlockAndTell();
        }
    }

    /**
     * Moves to utterance {@code index}: the current sound stops at once, and if playing the new
     * one is spoken next; if paused, the narrator stops there and play starts it.
     *
     * @param index clamped into the list
     */
    public void skipTo(int index) {
        lock.lock();
        try {
            abandonCurrent();
            current = Math.max(0, Math.min(index, Math.max(0, utterances.size() - 1)));
            if (state == State.PAUSED) {
                // The held sound is gone; the new place waits for play.
                setState(State.STOPPED);
            }
            changed.signalAll();
        } finally {
            unlockAndTell();
        }
    }

    /**
     * Says something once, without moving the cursor: when stopped or paused, at once; while
     * playing it is not said (the listener is hearing the article).
     *
     * @return whether it will be said
     */
    public boolean sayAside(Utterance utterance) {
        Objects.requireNonNull(utterance, "utterance");
        lock.lock();
        try {
            if (state == State.PLAYING) {
                return false;
            }
            abandonCurrent();
            aside = utterance;
            changed.signalAll();
            return true;
        } finally {
            unlockAndTell();
        }
    }

    /**
     * Sets the speaking rate, clamped to {@link #MIN_RATE}–{@link #MAX_RATE}; heard from the next utterance.
     *
     * @return the rate applied
     */
    public int setRate(int wordsPerMinute) {
        int clamped = clampRate(wordsPerMinute);
        lock.lock();
        try {
            rate = clamped;
        } finally {
            unlockAndTell();
        }
        return clamped;
    }

    /** A rate moved into the range Lector offers. */
    public static int clampRate(int wordsPerMinute) {
        return Math.max(MIN_RATE, Math.min(MAX_RATE, wordsPerMinute));
    }

    /** Sets the base pitch in hertz (50–300), heard from the next utterance. */
    public void setPitch(int hertz) {
        lock.lock();
        try {
            pitch = Math.max(50, Math.min(300, hertz));
        } finally {
            unlockAndTell();
        }
    }

    /** Sets the volume, 0–100 percent, applied to the samples from the next utterance. */
    public void setVolume(int percent) {
        lock.lock();
        try {
            volume = Math.max(0, Math.min(100, percent)) / 100.0;
        } finally {
            unlockAndTell();
        }
    }

    /** The index of the utterance whose sound is being written, or -1. */
    private volatile int speaking = -1;

    /**
     * The word being heard now: the utterance index, the spoken word index and whether it is
     * sounding, from the synthesizer's word times and the samples the sink has played.
     *
     * @return {utterance, spoken word}, or empty when nothing is being said
     */
    public java.util.Optional<int[]> wordNow() {
        int index = speaking;
        if (index < 0) {
            return java.util.Optional.empty();
        }
        long played = sink.playedMillis();
        if (played < 0) {
            return java.util.Optional.empty();
        }
        WordTime last = null;
        for (WordTime time : synthesizer.wordTimes()) {
            if (time.startMillis() > played) {
                break;
            }
            last = time;
        }
        return last == null ? java.util.Optional.empty() : java.util.Optional.of(new int[] {index, last.spokenWord()});
    }

    /** The utterance the cursor is on. */
    public int current() {
        lock.lock();
        try {
            return current;
        } finally {
            unlockAndTell();
        }
    }

    /** Whether the narrator is playing, paused or stopped. */
    public State state() {
        lock.lock();
        try {
            return state;
        } finally {
            unlockAndTell();
        }
    }

    /** The current rate in words per minute. */
    public int rate() {
        lock.lock();
        try {
            return rate;
        } finally {
            unlockAndTell();
        }
    }

    /** Stops speaking and ends the thread. */
    @Override
    public void close() {
        lock.lock();
        try {
            abandonCurrent();
            closed = true;
            changed.signalAll();
        } finally {
            unlockAndTell();
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.close();
    }

    /** Cancels the sound in progress; the narrator thread sees the new generation and does not report it ended. */
    private void abandonCurrent() {
        generation++;
        aside = null;
        sink.cancel();
        if (state == State.PAUSED) {
            sink.resume();
        }
        changed.signalAll();
    }

    private void setState(State next) {
        if (state != next) {
            state = next;
            long number = ++stateChanges;
            pending.add(() -> {
                // Told in order: a change overtaken by a later one on another thread is not told late.
                if (stateTold.accumulateAndGet(number, Math::max) == number) {
                    listener.stateChanged(next);
                }
            });
        }
    }

    /**
     * Unlocks, then tells the listener what changed while the lock was held. The listener is never
     * called with the narrator's lock held: one that calls back, or holds a lock of its own that
     * another thread holds while calling the narrator, cannot deadlock with it.
     */
    private void unlockAndTell() {
        if (lock.getHoldCount() > 1 || pending.isEmpty()) {
            lock.unlock();
            return;
        }
        List<Runnable> events = new java.util.ArrayList<>(pending);
        pending.clear();
        lock.unlock();
        events.forEach(Runnable::run);
    }

    private void run() {
        while (true) {
            Utterance utterance;
            int index;
            long started;
            int useRate;
            int usePitch;
            double useVolume;
            lock.lock();
            try {
                while (!closed && aside == null && (state != State.PLAYING || current >= utterances.size())) {
                    changed.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                if (aside != null) {
                    Utterance note = aside;
                    aside = null;
                    long noteGeneration = generation;
                    sink.begin();
                    int noteRate = rate;
                    double noteVolume = volume;
                    unlockAndTell();
                    try {
                        synthesizer.setRate(noteRate);
                        synthesizer.speak(note.spoken(), sink, noteVolume);
                    } catch (RuntimeException e) {
                        listener.error(asFailure(e));
                    } finally {
                        lock.lock();
                    }
                    if (state == State.PAUSED && generation == noteGeneration) {
                        // The aside was said over a held sound; hold it again.
                        sink.pause();
                    }
                    continue;
                }
                index = current;
                utterance = utterances.get(index);
                started = generation;
                sink.begin();
                useRate = rate;
                usePitch = pitch;
                useVolume = volume;
            } finally {
                unlockAndTell();
            }
            listener.utteranceStarted(index);
            boolean complete;
            speaking = index;
            try {
                synthesizer.setRate(useRate);
                if (usePitch > 0) {
                    synthesizer.setPitch(usePitch);
                }
                complete = synthesizer.speak(utterance.spoken(), sink, useVolume)
                        && (utterance.speakable().isSilent() || synthesizer.silence(sink, GAP_MILLIS));
            } catch (RuntimeException e) {
                speaking = -1;
                lock.lock();
                try {
                    setState(State.STOPPED);
                } finally {
                    unlockAndTell();
                }
                listener.error(asFailure(e));
                continue;
            }
            speaking = -1;
            lock.lock();
            try {
                if (generation != started) {
                    // Stopped or moved while speaking: the command already set where to go.
                    continue;
                }
                if (complete) {
                    current = index + 1;
                }
            } finally {
                unlockAndTell();
            }
            listener.utteranceEnded(index);
            lock.lock();
            try {
                if (generation == started && current >= utterances.size()) {
                    current = Math.max(0, utterances.size() - 1);
                    setState(State.STOPPED);
                    pending.add(listener::finished);
                }
            } finally {
                unlockAndTell();
            }
        }
    }

    /** A failure as the listener is told it: Lector's own keep their kind, anything else is the engine's. */
    private static LectorException asFailure(RuntimeException e) {
        return e instanceof LectorException failure ? failure
                : new LectorException(LectorException.Kind.FAILURE,
                        "speech failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
}
