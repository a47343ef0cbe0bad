package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lector.audio.DiscardSink;
import org.lector.audio.RecordingSink;
import org.lector.audio.SpeakerSink;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.text.LectorException;

@Timeout(60)
class NarratorTest {

    private static FreeTtsSynthesizer synthesizer;
    private static final SpeechNormalizer NORMALIZER = new SpeechNormalizer();

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch finished = new CountDownLatch(1);
    private RecordingSink sink;
    private Narrator narrator;

    @BeforeAll
    static void allocateVoiceOnce() {
        synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
    }

    private Narrator narrator(double speedUp, String... sentences) {
        sink = new RecordingSink(speedUp);
        narrator = new Narrator(synthesizer, sink, new Narrator.Listener() {
            @Override
            public void utteranceStarted(int index) {
                sink.utterance(index);
                events.add("start " + index);
            }

            @Override
            public void utteranceEnded(int index) {
                events.add("end " + index);
            }

            @Override
            public void finished() {
                events.add("finished");
                finished.countDown();
            }

            @Override
            public void error(LectorException failure) {
                events.add("error " + failure.getMessage());
            }
        });
        List<Utterance> utterances = new ArrayList<>();
        for (String sentence : sentences) {
            utterances.add(new Utterance(sentence, NORMALIZER.normalize(sentence)));
        }
        narrator.setUtterances(utterances);
        return narrator;
    }

    @AfterEach
    void close() {
        if (narrator != null) {
            narrator.close();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(2);
        }
    }

    @Test
    void speaksEveryUtteranceInOrderAndStopsAtTheEnd() throws InterruptedException {
        narrator(0, "The first sentence.", "The second sentence.", "The third sentence.").play();
        assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("start 0", "end 0", "start 1", "end 1", "start 2", "end 2", "finished");
        assertThat(narrator.state()).isEqualTo(Narrator.State.STOPPED);
        assertThat(sink.bytesOf(0)).isGreaterThan(10_000);
    }

    @Test
    void pauseHoldsSoundWithin100MillisecondsAndResumesAtTheSamePlace() throws InterruptedException {
        String sentence = "In an interview with Reuters, a senior defense official said that soldiers had entered the base.";
        narrator(0, sentence).play();
        assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        long whole = sink.bytesOf(0);
        narrator.close();
        events.clear();

        CountDownLatch done = new CountDownLatch(1);
        narrator(1, sentence);
        narrator.play();
        waitUntil(() -> sink.bytesOf(0) > 20_000);
        long pausedAt = System.nanoTime();
        narrator.pause();
        Thread.sleep(300);
        assertThat(TimeUnit.NANOSECONDS.toMillis(sink.lastSliceOf(0) - pausedAt)).isLessThan(100);
        assertThat(narrator.state()).isEqualTo(Narrator.State.PAUSED);
        narrator.play();
        waitUntil(() -> events.contains("finished"));
        assertThat(sink.bytesOf(0)).isEqualTo(whole);
    }

    @Test
    void skipStopsTheOldSoundWithin100MillisecondsAndLosesOrRepeatsNothing() throws InterruptedException {
        narrator(1, "This first sentence is long enough that it will still be playing when the listener moves on.",
                "The second sentence is skipped over.", "The third sentence is where the listener goes.").play();
        waitUntil(() -> sink.bytesOf(0) > 10_000);
        long skippedAt = System.nanoTime();
        narrator.skipTo(2);
        waitUntil(() -> events.contains("finished"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(sink.lastSliceOf(0) - skippedAt)).isLessThan(100);
        assertThat(events).containsExactly("start 0", "start 2", "end 2", "finished");
        assertThat(sink.bytesOf(1)).isZero();
        List<Integer> order = sink.slices().stream().map(RecordingSink.Slice::utterance).distinct().toList();
        assertThat(order).containsExactly(0, 2);
    }

    @Test
    void stopSilencesAndPlayStartsTheUtteranceAgain() throws InterruptedException {
        narrator(1, "A sentence that takes a little while to say out loud.", "Another one.").play();
        waitUntil(() -> sink.bytesOf(0) > 5_000);
        narrator.stop();
        int slicesAfterStop = sink.slices().size();
        Thread.sleep(200);
        assertThat(sink.slices().size()).isLessThanOrEqualTo(slicesAfterStop + 1);
        assertThat(narrator.state()).isEqualTo(Narrator.State.STOPPED);
        assertThat(narrator.current()).isZero();
        narrator.play();
        waitUntil(() -> events.contains("finished"));
        assertThat(events).containsSubsequence("start 0", "start 0", "end 0", "start 1", "end 1", "finished");
    }

    @Test
    void clampsRateAndFasterSpeechIsShorter() throws InterruptedException {
        narrator(0, "The quick brown fox jumps over the lazy dog near the river bank.");
        assertThat(narrator.setRate(500)).isEqualTo(Narrator.MAX_RATE);
        assertThat(narrator.setRate(10)).isEqualTo(Narrator.MIN_RATE);
        narrator.play();
        waitUntil(() -> events.contains("finished"));
        long slow = sink.bytesOf(0);
        events.clear();
        narrator.close();
        narrator(0, "The quick brown fox jumps over the lazy dog near the river bank.");
        narrator.setRate(300);
        narrator.play();
        waitUntil(() -> events.contains("finished"));
        assertThat(sink.bytesOf(0)).isLessThan(slow * 2 / 3);
    }

    @Test
    void appliesVolumeToTheSamples() throws InterruptedException {
        narrator(0, "Quiet please.");
        narrator.setVolume(0);
        narrator.play();
        waitUntil(() -> events.contains("finished"));
        assertThat(sink.slices()).allSatisfy(slice -> {
            for (byte b : slice.data()) {
                assertThat(b).isZero();
            }
        });
    }

    @Test
    void survivesRandomCommandsFromTwoThreads() throws InterruptedException {
        narrator(8, "One.", "Two sentences here.", "Three is a longer sentence than the others.", "Four.", "Five.");
        Runnable mash = () -> {
            Random random = new Random(Thread.currentThread().getId());
            for (int i = 0; i < 300; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> narrator.play();
                    case 1 -> narrator.pause();
                    case 2 -> narrator.stop();
                    case 3 -> narrator.skipTo(random.nextInt(7) - 1);
                    case 4 -> narrator.setRate(random.nextInt(400));
                    default -> Thread.yield();
                }
            }
        };
        Thread a = new Thread(mash);
        Thread b = new Thread(mash);
        a.start();
        b.start();
        a.join();
        b.join();
        narrator.stop();
        assertThat(events).noneMatch(event -> event.startsWith("error"));
        assertThat(narrator.current()).isBetween(0, 4);
        // Slices of one utterance never interleave with another's: each run is contiguous.
        List<Integer> runs = new ArrayList<>();
        for (RecordingSink.Slice slice : sink.slices()) {
            if (runs.isEmpty() || runs.get(runs.size() - 1) != slice.utterance()) {
                runs.add(slice.utterance());
            }
        }
        assertThat((long) runs.size()).isLessThanOrEqualTo(events.stream().filter(e -> e.startsWith("start")).count());
        narrator.setUtterances(List.of(new Utterance("Still answers.", NORMALIZER.normalize("Still answers."))));
        narrator.play();
        waitUntil(() -> events.contains("finished"));
    }

    @Test
    void reportsASinkThatCannotOpenAndStopsWithoutLosingItsThread() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger opens = new java.util.concurrent.atomic.AtomicInteger();
        DiscardSink noDevice = new DiscardSink() {
            @Override
            public void open(javax.sound.sampled.AudioFormat format) {
                if (opens.getAndIncrement() == 0) {
                    throw new org.lector.text.LectorException(org.lector.text.LectorException.Kind.NO_AUDIO, SpeakerSink.NO_DEVICE, null);
                }
            }
        };
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        try (Narrator failing = new Narrator(synthesizer, noDevice, new Narrator.Listener() {
            @Override
            public void error(LectorException failure) {
                events.add("error " + failure.getMessage());
            }

            @Override
            public void finished() {
                events.add("finished");
            }
        })) {
            failing.setUtterances(List.of(new Utterance("Hello there.", NORMALIZER.normalize("Hello there."))));
            failing.play();
            waitUntil(() -> events.contains("error " + SpeakerSink.NO_DEVICE));
            assertThat(failing.state()).isEqualTo(Narrator.State.STOPPED);
            failing.play();
            waitUntil(() -> events.contains("finished"));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(uncaught).isEmpty();
    }

    @Test
    void saysNothingForSilentUtterancesAndMovesOn() throws InterruptedException {
        narrator(0, "😀", "Words.").play();
        waitUntil(() -> events.contains("finished"));
        assertThat(events).containsExactly("start 0", "end 0", "start 1", "end 1", "finished");
        assertThat(sink.bytesOf(0)).isZero();
    }
}
