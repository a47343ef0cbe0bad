package org.lector.speech.freetts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lector.audio.DiscardSink;
import org.lector.audio.RecordingSink;
import org.lector.speech.Lexicon;
import org.lector.speech.SpeechNormalizer;
import org.lector.text.Article;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.InputFormat;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;

class VoiceTuningTest {

    /** The phones FreeTTS sends to the diphone database for a text. */
    @SuppressWarnings("unchecked")
    private static List<String> phonesOf(Voice voice, String text) {
        List<String> phones = new ArrayList<>();
        UtteranceProcessor collect = utterance -> {
            for (Item segment = utterance.getRelation("Segment").getHead(); segment != null;
                    segment = segment.getNext()) {
                phones.add(segment.getFeatures().getString("name"));
            }
        };
        voice.getUtteranceProcessors().add(collect);
        try {
            new FreeTtsSynthesizer(voice).speak(text, new DiscardSink(), 1);
        } finally {
            voice.getUtteranceProcessors().remove(collect);
        }
        return phones;
    }

    @Test
    void kevin16KeepsTheAhVowel() {
        Voice voice = VoiceCatalog.allocate(VoiceTuning.KEVIN16);
        // "much" and "but" are m-ah-ch and b-ah-t in the CMU dictionary.
        assertThat(phonesOf(voice, "But much more")).containsSubsequence("b", "ah", "t", "m", "ah", "ch");
    }

    @Test
    void eightKilohertzKevinIsLeftAsFreeTtsMadeIt() {
        // Lector leaves the 8 kHz voice (listed, not the default) as FreeTTS made it.
        Voice voice = VoiceCatalog.allocate("kevin");
        assertThat(phonesOf(voice, "But much more")).doesNotContain("ah").contains("aa");
    }

    @Test
    void saysContractionsAsTheCmuDictionaryDoes() {
        Voice voice = VoiceCatalog.allocate(VoiceTuning.KEVIN16);
        // FreeTTS alone: "d aa n t", "k ow l d n t", "sh ow l d n t", "y er".
        assertThat(phonesOf(voice, "I don't know.")).containsSubsequence("d", "ow", "n", "t");
        assertThat(phonesOf(voice, "They couldn't go.")).containsSubsequence("k", "uh", "d", "ax", "n", "t");
        assertThat(phonesOf(voice, "They shouldn't, and you're right.")).containsSubsequence("sh", "uh", "d", "ax", "n", "t", "y", "uh", "r");
    }

    @Test
    void takesCmuStressMarksWithoutLosingTheSentence() {
        Voice voice = VoiceCatalog.allocate(VoiceTuning.KEVIN16);
        // FreeTTS reads "ow0" as a phone of that name, fails, and drops the whole sentence.
        assertThat(FreeTtsSynthesizer.addPronunciation(voice, "zloty", List.of("z", "l", "ao1", "t", "iy0"))).isTrue();
        assertThat(phonesOf(voice, "It cost a zloty.")).containsSubsequence("z", "l", "ao", "t", "iy");
    }

    @Test
    void refusesPhonesTheVoiceLacks() {
        Voice voice = VoiceCatalog.allocate(VoiceTuning.KEVIN16);
        assertThat(FreeTtsSynthesizer.addPronunciation(voice, "qat", List.of("q", "aa1", "t"))).isFalse();
        assertThat(phonesOf(voice, "Some qat.")).isNotEmpty();
    }

    @Test
    void correctionsFileHasNoBadLines() throws IOException {
        List<String> problems = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("kevin-corrections.txt")) {
            Lexicon.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), problems::add);
        }
        assertThat(problems).isEmpty();
        assertThat(VoiceTuning.CORRECTIONS.entries()).hasSizeGreaterThan(10).allMatch(Lexicon.Entry::hasPhones);
    }

    @Test
    void saysBritishSpellingsAsTheirAmericanTwins() {
        Voice voice = VoiceCatalog.allocate(VoiceTuning.KEVIN16);
        List<String> british = phonesOf(voice, "The Labour favourite analysed the programme.");
        List<String> american = phonesOf(voice, "The Labor favorite analyzed the program.");
        assertThat(british).isEqualTo(american);
    }

    @Test
    void kevin16SpeaksOnFlitesPitch() {
        Voice voice = VoiceCatalog.allocate(VoiceTuning.KEVIN16);
        assertThat(voice.getPitch()).isEqualTo(105f);
        assertThat(voice.getPitchRange()).isEqualTo(14f);
    }

    private static List<String> sentencesOf(String resource) throws IOException {
        try (InputStream in = VoiceTuningTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Article article = new ArticlePipeline().process(new ArticleSource(resource, text, InputFormat.PLAIN));
            List<String> sentences = new ArrayList<>();
            for (Paragraph paragraph : article.paragraphs()) {
                for (Sentence sentence : paragraph.sentences()) {
                    sentences.add(sentence.text());
                }
            }
            return sentences;
        }
    }

    /** Articles the rate was not measured on. */
    @ParameterizedTest
    @ValueSource(ints = {120, 175, 250})
    void speaksAtTheRateAskedInDisplayWordsAMinute(int wordsPerMinute) throws IOException {
        List<String> sentences = new ArrayList<>();
        sentences.addAll(sentencesOf("/bbc-news-summary/article/politics/001.txt"));
        sentences.addAll(sentencesOf("/bbc-news-summary/article/tech/003.txt"));
        FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
        SpeechNormalizer normalizer = new SpeechNormalizer();
        synthesizer.setRate(wordsPerMinute);
        RecordingSink sink = new RecordingSink(0);
        long words = 0;
        for (String sentence : sentences) {
            words += sentence.split("\\s+").length;
            sink.begin();
            synthesizer.speak(normalizer.normalize(sentence).text(), sink, 1);
        }
        double seconds = sink.bytesOf(-1) / 32000.0;
        assertThat(words * 60 / seconds).isCloseTo(wordsPerMinute, within(wordsPerMinute * 0.1));
    }
}
