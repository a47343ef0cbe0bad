package org.lector.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lector.audio.DiscardSink;
import org.lector.speech.Narrator;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.summary.SummaryLength;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import org.lector.text.LectorException;

@Timeout(60)
class ReadingSessionTest {

    private static FreeTtsSynthesizer synthesizer;
    private static Article sample;

    private final AtomicLong now = new AtomicLong();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private FakeAudioSink sink;
    private ReadingSession session;

    @BeforeAll
    static void load() {
        synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
        sample = new ArticlePipeline().process(new ArticleLoader().loadSample());
    }

    private ReadingSession session(double speedUp) {
        sink = new FakeAudioSink(speedUp);
        session = new ReadingSession(sample, new SummaryLength.Sentences(3), new SpeechNormalizer(), synthesizer, sink,
                now::get);
        session.addListener(new SessionListener() {
            @Override
            public void positionChanged(Position position) {
                sink.utterance(position.cue());
            }

            @Override
            public void error(LectorException failure) {
                errors.add(failure.getMessage());
            }
        });
        return session;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(2);
        }
    }

    @Test
    void startsStoppedAtTheHeadline() {
        session(0);
        assertThat(session.state()).isEqualTo(Narrator.State.STOPPED);
        assertThat(session.cursor()).isZero();
        assertThat(session.position().describe()).startsWith("Headline · ");
        assertThat(session.position().paragraphCount()).isEqualTo(17);
    }

    @Test
    void goesToAParagraphByItsNumberAsThePositionCountsIt() {
        session(0);
        session.moveToParagraphNumber(5);
        assertThat(session.position().paragraph()).isEqualTo(5);
        assertThat(session.position().sentence()).isEqualTo(1);
        session.moveToParagraphNumber(0);
        assertThat(session.position().paragraph()).isZero();
        session.moveToParagraphNumber(99);
        assertThat(session.position().paragraph()).isEqualTo(17);
        Position end = session.position();
        assertThat(end.secondsElapsed() + end.secondsLeft()).isEqualTo(end.secondsTotal());
        assertThat(end.secondsElapsed()).isPositive();
    }

    @Test
    void saysLongTimesInHoursMinutesAndSeconds() {
        assertThat(Position.clock(59)).isEqualTo("0:59");
        assertThat(Position.clock(3599)).isEqualTo("59:59");
        assertThat(Position.clock(168359)).isEqualTo("46:45:59");
        assertThat(new Position(Mode.FULL, 0, 1, 0, 1, 0, 0, 3725, 4000).describe()).isEqualTo("Headline · 1:02:05 left");
    }

    @Test
    void movesBySentenceAndParagraph() {
        session(0);
        session.nextParagraph();
        assertThat(session.position().paragraph()).isEqualTo(1);
        assertThat(session.position().sentence()).isEqualTo(1);
        session.nextSentence();
        assertThat(session.position().sentence()).isEqualTo(2);
        assertThat(session.position().describe()).startsWith("Paragraph 1 of 17 · sentence 2 of 2 · ");
        session.nextParagraph();
        session.nextParagraph();
        assertThat(session.position().paragraph()).isEqualTo(3);
        session.previousParagraph();
        assertThat(session.position().paragraph()).isEqualTo(2);
        session.last();
        assertThat(session.position().paragraph()).isEqualTo(17);
        assertThat(session.position().sentence()).isEqualTo(1);
        session.first();
        assertThat(session.cursor()).isZero();
        assertThat(session.whereAmI()).isEqualTo("at the headline, before paragraph 1 of 17");
    }

    @Test
    void previousRestartsAfterTwoSecondsAndGoesBackSooner() throws InterruptedException {
        session(1);
        session.nextParagraph();
        session.nextSentence();
        int second = session.cursor();
        session.play();
        waitUntil(() -> !sink.writes().isEmpty());
        now.addAndGet(500_000_000L);
        session.previousSentence();
        assertThat(session.cursor()).isEqualTo(second - 1);
        now.addAndGet(2_500_000_000L);
        session.previousSentence();
        assertThat(session.cursor()).isEqualTo(second - 1);
        assertThat(session.position().sentence()).isEqualTo(1);
    }

    @Test
    void movingWhileSpeakingSpeaksTheNewPlaceWithoutOverlap() throws InterruptedException {
        session(1);
        session.play();
        waitUntil(() -> !sink.writes().isEmpty());
        session.nextParagraph();
        session.nextParagraph();
        int target = session.cursor();
        waitUntil(() -> sink.writes().contains(target));
        assertThat(session.state()).isEqualTo(Narrator.State.PLAYING);
        assertThat(sink.maxSounding()).isEqualTo(1);
    }

    @Test
    void switchesToSummaryAndJumpsBackIntoTheArticle() throws InterruptedException {
        session(2);
        session.nextParagraph();
        session.nextParagraph();
        int fullCursor = session.cursor();
        session.setMode(Mode.SUMMARY);
        assertThat(session.mode()).isEqualTo(Mode.SUMMARY);
        assertThat(session.script().size()).isEqualTo(1 + 3);
        assertThat(session.cursor()).isZero();
        session.setMode(Mode.FULL);
        assertThat(session.cursor()).isEqualTo(fullCursor);
        session.jumpToSummarySentence(2);
        var chosen = session.summary().sentences().get(2);
        Cue cue = session.script().cues().get(session.cursor());
        assertThat(session.mode()).isEqualTo(Mode.FULL);
        assertThat(cue.paragraph()).isEqualTo(chosen.ref().paragraph());
        assertThat(cue.sentence()).isEqualTo(chosen.ref().sentence());
        waitUntil(() -> session.state() == Narrator.State.PLAYING);
    }

    @Test
    void saysWhereTheListenerIsWithoutMoving() throws InterruptedException {
        session(0);
        session.nextParagraph();
        int cursor = session.cursor();
        assertThat(session.announcePosition()).isEqualTo("You are at paragraph 1 of 17, sentence 1 of 2.");
        waitUntil(() -> !sink.writes().isEmpty());
        assertThat(session.cursor()).isEqualTo(cursor);
        assertThat(session.state()).isEqualTo(Narrator.State.STOPPED);
    }

    @Test
    void reachingTheEndStopsCleanly() throws InterruptedException {
        session(0);
        session.last();
        session.play();
        waitUntil(() -> session.state() == Narrator.State.STOPPED && !sink.writes().isEmpty());
        assertThat(session.cursor()).isEqualTo(session.script().size() - 1);
        assertThat(errors).isEmpty();
    }

    @Test
    void tellsTimeLeftAtTheCurrentRate() {
        session(0);
        int atDefault = session.position().secondsLeft();
        session.setRate(Narrator.DEFAULT_RATE * 2 > Narrator.MAX_RATE ? Narrator.MAX_RATE : Narrator.DEFAULT_RATE * 2);
        assertThat(session.position().secondsLeft()).isLessThan(atDefault);
        assertThat(session.setRate(1000)).isEqualTo(Narrator.MAX_RATE);
    }

    @Test
    void timeLeftAtTheStartIsHowLongTheArticleTakesToSay() {
        session(0);
        int estimate = session.position().secondsLeft();
        // Say the whole article with the real voice at the default rate, gaps included, and count the audio.
        FreeTtsSynthesizer voice = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
        voice.setRate(Narrator.DEFAULT_RATE);
        long[] bytes = new long[1];
        DiscardSink counting = new DiscardSink() {
            @Override
            public boolean write(byte[] data, int offset, int length) {
                bytes[0] += length;
                return true;
            }
        };
        for (Cue cue : session.script().cues()) {
            if (!cue.utterance().speakable().isSilent()) {
                voice.speak(cue.utterance().spoken(), counting, 1);
                voice.silence(counting, Narrator.GAP_MILLIS);
            }
        }
        double seconds = bytes[0] / 32000.0;
        assertThat((double) estimate).isCloseTo(seconds, org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void survivesAThousandRandomCommandsFromTwoThreads() throws InterruptedException {
        session(20);
        Runnable mash = () -> {
            Random random = new Random(Thread.currentThread().getId() * 31);
            for (int i = 0; i < 500; i++) {
                switch (random.nextInt(12)) {
                    case 0 -> session.togglePlay();
                    case 1 -> session.stop();
                    case 2 -> session.nextSentence();
                    case 3 -> session.previousSentence();
                    case 4 -> session.nextParagraph();
                    case 5 -> session.previousParagraph();
                    case 6 -> session.first();
                    case 7 -> session.last();
                    case 8 -> session.toggleMode();
                    case 9 -> session.jumpToSummarySentence(random.nextInt(3));
                    case 10 -> session.setRate(80 + random.nextInt(220));
                    default -> session.position();
                }
                if (random.nextInt(5) == 0) {
                    // Let sound flow now and then, so commands land while audio is being written.
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Thread a = new Thread(mash);
        Thread b = new Thread(mash);
        a.start();
        b.start();
        a.join(30_000);
        b.join(30_000);
        assertThat(a.isAlive() || b.isAlive()).as("deadlock").isFalse();
        session.stop();
        assertThat(errors).isEmpty();
        assertThat(session.cursor()).isBetween(0, session.script().size() - 1);
        session.play();
        waitUntil(() -> !sink.writes().isEmpty());
        // Never two utterances sounding at once.
        assertThat(sink.maxSounding()).isEqualTo(1);
    }
}
