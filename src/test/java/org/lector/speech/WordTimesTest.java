package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.audio.RecordingSink;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.text.Span;

class WordTimesTest {

    private static FreeTtsSynthesizer synthesizer;

    @BeforeAll
    static void allocate() {
        synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
    }

    private static List<WordTime> times(String spoken, int rate, RecordingSink sink) {
        synthesizer.setRate(rate);
        sink.begin();
        synthesizer.speak(spoken, sink, 1.0);
        return synthesizer.wordTimes();
    }

    @Test
    void timesEveryWordInOrderWithinTheAudio() {
        Speakable speakable = new SpeechNormalizer().normalize("It cost $100 million in the U.S. today.");
        RecordingSink sink = new RecordingSink(0);
        List<WordTime> times = times(speakable.text(), 150, sink);
        assertThat(times).extracting(WordTime::spokenWord).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i).startMillis()).isGreaterThanOrEqualTo(times.get(i - 1).endMillis());
        }
        long audioMillis = sink.bytesOf(-1) * 1000 / 32000;
        assertThat(times.get(times.size() - 1).endMillis()).isLessThanOrEqualTo((int) audioMillis);
    }

    @Test
    void mapsSpokenWordsBackToTheirDisplayWords() {
        String display = "It cost $100 million in the U.S. today.";
        Speakable speakable = new SpeechNormalizer().normalize(display);
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < speakable.spokenWords().size(); i++) {
            shown.add(speakable.displayOf(i).map(span -> span.of(display)).orElse("?"));
        }
        assertThat(shown).containsExactly("It", "cost", "$100 million", "$100 million", "$100 million",
                "$100 million", "in", "the", "U.S.", "U.S.", "today");
    }

    @Test
    void fasterSpeechHasEarlierWords() {
        String spoken = "The quick brown fox jumps over the lazy dog near the river bank";
        int slow = times(spoken, 120, new RecordingSink(0)).get(11).startMillis();
        int fast = times(spoken, 240, new RecordingSink(0)).get(11).startMillis();
        assertThat(fast).isLessThan(slow * 2 / 3);
    }

    @Test
    void keepsTimingAcrossTheChunksOfARunOnSentence() {
        String spoken = "word ".repeat(300).strip();
        List<WordTime> times = times(spoken, 200, new RecordingSink(0));
        assertThat(times).hasSize(300);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i).startMillis()).isGreaterThanOrEqualTo(times.get(i - 1).startMillis());
        }
        assertThat(times.get(299).startMillis()).isGreaterThan(times.get(0).startMillis() + 30_000);
    }

    @Test
    void narratorTellsTheWordBeingPlayed() throws InterruptedException {
        RecordingSink sink = new RecordingSink(1);
        String display = "The quick brown fox jumps over the lazy dog near the river bank.";
        try (Narrator narrator = new Narrator(synthesizer, sink, new Narrator.Listener() { })) {
            narrator.setRate(150);
            narrator.setUtterances(List.of(new Utterance(display, new SpeechNormalizer().normalize(display))));
            narrator.play();
            java.util.Set<Integer> seen = new java.util.TreeSet<>();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (narrator.state() != Narrator.State.STOPPED && System.nanoTime() < deadline) {
                narrator.wordNow().ifPresent(word -> seen.add(word[1]));
                Thread.sleep(10);
            }
            // Every word is seen, in step with the samples played, not all at once.
            assertThat(seen).containsAll(List.of(0, 3, 6, 9, 12));
        }
    }

    @Test
    void spokenWordsAreTheLetterRunsOfTheText() {
        Speakable speakable = new SpeechNormalizer().normalize("It's the U.S., now!");
        assertThat(speakable.spokenWords()).extracting(span -> span.of(speakable.text()))
                .containsExactly("It's", "the", "U", "S", "now");
        assertThat(speakable.displayOf(99)).isEmpty();
        assertThat(speakable.displayOf(2)).contains(new Span(9, 13));
    }
}
