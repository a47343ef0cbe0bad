package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lector.audio.DiscardSink;

/**
 * The narrator never calls its listener with its own lock held: a listener that takes a lock of
 * its own, which another thread holds while it calls the narrator (the reading session does),
 * must not deadlock with it.
 */
class NarratorLockTest {

    @Test
    void aListenerTakingItsOwnLockCannotDeadlockWithACallerHoldingIt() throws InterruptedException {
        Object sessionLock = new Object();
        AtomicReference<Narrator> narrator = new AtomicReference<>();
        AtomicInteger told = new AtomicInteger();
        Narrator.Listener listener = new Narrator.Listener() {
            @Override
            public void stateChanged(Narrator.State state) {
                synchronized (sessionLock) {
                    told.incrementAndGet();
                    narrator.get().current();
                }
            }
        };
        SpeechNormalizer normalizer = new SpeechNormalizer();
        List<Utterance> utterances = List.of("One.", "Two.", "Three.").stream()
                .map(text -> new Utterance(text, normalizer.normalize(text))).toList();
        Narrator speaking = new Narrator(new SilentSynthesizer(), new DiscardSink(), listener);
        narrator.set(speaking);
        speaking.setUtterances(utterances);
        Thread caller = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (sessionLock) {
                    speaking.skipTo(0);
                    speaking.play();
                    // While the narrator reaches the end and says it has stopped, call it again.
                    long until = System.nanoTime() + 100_000;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    speaking.state();
                }
            }
        }, "session");
        caller.setDaemon(true);
        caller.start();
        caller.join(20_000);
        // A deadlocked narrator is left to its daemon threads: closing it would wait for ever.
        assertThat(caller.isAlive()).as("deadlocked: the narrator called its listener with its lock held").isFalse();
        speaking.close();
        assertThat(told.get()).isPositive();
    }
}
